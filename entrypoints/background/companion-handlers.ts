import { markStage } from '../../utils/log/stage-time';
import type { LogStore } from '../../utils/log/store';
import type { Handlers } from '../../utils/messaging/receive';
import { companionTarget, pairWithCompanion, type FetchLike } from '../../utils/sync/companion-target';
import { confirmImport, confirmRead } from '../../utils/sync/confirm-import';
import { createImportStaging } from '../../utils/sync/import-staging';
import { openBlobUrl, readImportFile, type OpenFile } from '../../utils/sync/read-import-file';
import { previewRead, readExportEntries, type ExportRead, type ImportResult } from '../../utils/sync/import-preview';
import { restoreRevision } from '../../utils/sync/restore-revision';
import type { ImportSummary } from '../../utils/sync/messages';
import { syncOnce, withoutOutbox, type SyncState } from '../../utils/sync/sync-once';
import type { CompanionSettings } from '../../storage/sync-storage';
import type { SyncTarget } from '../../utils/sync/target';
import { drainWhenReady } from '../../utils/sync/drain-when-ready';
import { keepBodyProblems, keptBodyProblems } from '../../utils/sync/body-problems';

// The background's handlers for import and sync. Storage, fetch and ids come in through `deps`,
// so the same code runs against fakes in tests. Imports and sync rounds run one at a time.

export type SyncMessage =
  | 'log:import-preview'
  | 'log:import-apply'
  | 'log:import-discard'
  | 'log:restore-revision'
  | 'sync:status'
  | 'sync:pair'
  | 'sync:now';

export interface StoredItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface SyncDeps {
  log: () => Promise<LogStore>;
  fetch: FetchLike;
  settings: StoredItem<CompanionSettings>;
  state: StoredItem<SyncState>;
  newId: () => string;
  now?: () => Date;
  // Tests swap the companion for a fake target.
  target?: (settings: CompanionSettings) => SyncTarget;
  // How the background opens a file the log page chose (a blob: URL); tests pass their own.
  openFile?: OpenFile;
}

function summarize(result: ImportResult): ImportSummary {
  if (!result.ok) return result;
  const { fromVersion, counts, invalid, toWrite } = result;
  return { ok: true, fromVersion, counts, invalid, writes: toWrite.length };
}

export function createSyncHandlers(deps: SyncDeps): Pick<Handlers<object>, SyncMessage> {
  const now = deps.now ?? (() => new Date());
  const targetFor = deps.target ?? ((settings: CompanionSettings) => companionTarget({ fetch: deps.fetch, port: settings.port, token: settings.token }));
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  function syncRound() {
    return oneAtATime(async () => {
      const settings = await deps.settings.getValue();
      const { state, report } = await syncOnce(await deps.log(), targetFor(settings), await deps.state.getValue(), deps.newId);
      await deps.state.setValue(state).catch(() => deps.state.setValue(withoutOutbox(state)));
      const at = now().toISOString();
      if (!report.error || report.written > 0 || report.bodyProblems.length > 0) {
        await deps.settings.setValue({
          ...settings,
          lastSyncAt: report.error ? settings.lastSyncAt : at,
          lastWrittenAt: report.written > 0 ? at : (settings.lastWrittenAt ?? null),
          ...keepBodyProblems(settings, report.bodyProblems, at),
        });
      }
      return { report: { ...report, error: report.error?.message ?? null } };
    });
  }

  // The file the last preview read, with its validated entries: the apply that confirms it sends the same
  // text, and reuses them instead of parsing and validating it again. Only the latest file is kept.
  let lastRead: { text: string; read: ExportRead } | null = null;
  function readFile(text: string): ExportRead {
    if (lastRead?.text === text) return lastRead.read;
    let read: ExportRead;
    try {
      read = readExportEntries(text);
    } catch (error) {
      read = { ok: false, reason: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` };
    }
    lastRead = { text, read };
    return read;
  }

  // A file previewed by its blob: URL, read and validated once, kept until apply or discard.
  const staging = createImportStaging(deps.newId);

  const drain = drainWhenReady(syncRound);
  async function status() {
    const settings = await deps.settings.getValue();
    const state = await deps.state.getValue();
    // Not paired: nothing is set up, so nothing is contacted (not even 127.0.0.1).
    const target =
      settings.token === null
        ? { state: 'unpaired' as const, detail: 'PressClip is not paired with a local log file.' }
        : await targetFor(settings).status();
    // The companion is back and changes wait: send them now rather than at the next alarm (up to 30 s).
    drain(target.state === 'ready', state.outbox.length);
    return {
      ...target,
      port: settings.port,
      paired: settings.token !== null,
      pending: state.outbox.length,
      lastSyncAt: settings.lastSyncAt,
      lastWrittenAt: settings.lastWrittenAt ?? null,
      ...keptBodyProblems(settings),
    };
  }

  return {
    async 'log:import-preview'(request, { sender }) {
      // The log is read (by IndexedDB, in the browser's own process) while the file is parsed and validated
      // here: at 100,000 entries each takes seconds. A refused file answers without waiting for it.
      const start = performance.now();
      const local = (await deps.log()).allEntries().finally(() => markStage('preview:read-log', start));
      local.catch(() => undefined);
      const read = 'text' in request ? readFile(request.text) : await readImportFile(request.file, sender.url, deps.openFile ?? openBlobUrl);
      if (!read.ok) return { preview: read };
      const stored = await local;
      const merging = performance.now();
      const preview = summarize(previewRead(read, stored));
      markStage('preview:merge', merging);
      return preview.ok && 'file' in request ? { preview, session: staging.stage(read) } : { preview };
    },

    async 'log:import-apply'(request) {
      return oneAtATime(async () => {
        if ('session' in request) {
          const read = staging.get(request.session);
          staging.discard(request.session);
          return { result: summarize(await confirmRead(await deps.log(), read)) };
        }
        const read = readFile(request.text);
        lastRead = null;
        return { result: summarize(await confirmImport(request.text, await deps.log(), undefined, read)) };
      });
    },

    async 'log:import-discard'({ session }) {
      staging.discard(session);
      return {};
    },

    async 'log:restore-revision'({ id, revisionUpdatedAt, revisionSavedAt }) {
      return oneAtATime(async () => {
        const store = await deps.log();
        const entry = await store.get(id);
        if (!entry) throw new Error(`No log entry with id "${id}".`);
        const result = restoreRevision(entry, revisionUpdatedAt, revisionSavedAt, now());
        if (!result.ok) throw new Error(result.reason);
        await store.applyBatch([result.entry], { local: true });
        return { entry: (await store.get(id)) ?? result.entry };
      });
    },

    async 'sync:status'() {
      return status();
    },

    async 'sync:pair'({ code, port }) {
      const settings = await deps.settings.getValue();
      const usePort = port ?? settings.port;
      const token = await pairWithCompanion(deps.fetch, code, usePort);
      // A new pairing may mean a different file: start the exchange from scratch. The state is reset
      // first: storing the token wakes the background's first round, which must not see the old cursor.
      await oneAtATime(() => deps.state.setValue({ cursor: null, outbox: [], exchanged: [] }));
      await deps.settings.setValue({ ...settings, port: usePort, token, bodyProblems: [], bodyProblemsAt: null });
      return status();
    },

    async 'sync:now'() {
      return syncRound();
    },
  };
}
