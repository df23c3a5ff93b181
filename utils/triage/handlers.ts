import type { LogEntry } from '../schema/entry';
import type { LogStore } from '../log/store';
import type { Handlers } from '../messaging/receive';
import { applyInterviewRequest } from '../interview/request';
import { applyBulk } from './bulk';
import { mergeEntries } from './merge';
import { changeStatus } from './workflow';

// The background's handlers for the triage desk's messages. Each reads the entries it needs, applies a pure rule
// from utils/triage or utils/interview, and writes the result back through the store's atomic batch write.
// No browser API here: the caller passes the store and a hook to run after follow-up dates may have changed.

export type TriageMessage = 'log:set-status' | 'log:bulk-update' | 'log:record-request' | 'log:merge';

export interface TriageDeps {
  log: () => Promise<LogStore>;
  now?: () => Date;
  // Recompute follow-up alarms and badge; errors there must not fail the edit that triggered it.
  followUpsChanged?: () => Promise<void>;
}

// The entry as the store wrote it (stamped with who changed it), for the page to show.
async function asWritten(store: LogStore, entry: LogEntry): Promise<LogEntry> {
  return (await store.get(entry.id)) ?? entry;
}

async function live(store: LogStore, id: string): Promise<LogEntry> {
  const entry = await store.get(id);
  if (!entry || entry.deletedAt !== null) throw new Error(`No log entry with id "${id}".`);
  return entry;
}

export function createTriageHandlers(deps: TriageDeps): Pick<Handlers<object>, TriageMessage> {
  const now = deps.now ?? (() => new Date());
  const changed = async () => {
    await deps.followUpsChanged?.().catch(() => undefined);
  };

  return {
    async 'log:set-status'({ id, status, override }) {
      const store = await deps.log();
      const result = changeStatus(await live(store, id), status, now(), override);
      if (!result.ok) return { entry: null, refused: result.reason };
      if (result.changed) {
        await store.applyBatch([result.entry], { local: true });
        await changed();
        return { entry: await asWritten(store, result.entry), refused: null };
      }
      return { entry: result.entry, refused: null };
    },

    async 'log:bulk-update'({ ids, status, addTags, removeTags, override }) {
      const store = await deps.log();
      const entries: LogEntry[] = [];
      for (const id of new Set(ids)) {
        const entry = await store.get(id);
        if (entry && entry.deletedAt === null) entries.push(entry);
      }
      const result = applyBulk(entries, { status, addTags, removeTags, override }, now());
      if (result.changed.length > 0) {
        await store.applyBatch(result.changed, { local: true });
        await changed();
      }
      return { entries: result.changed, refused: result.refused };
    },

    async 'log:record-request'({ id, request, followUpAt }) {
      const store = await deps.log();
      const entry = applyInterviewRequest(await live(store, id), { request, followUpAt }, now());
      await store.applyBatch([entry], { local: true });
      await changed();
      return { entry: await asWritten(store, entry) };
    },

    async 'log:merge'({ survivorId, duplicateId }) {
      if (survivorId === duplicateId) throw new Error('An entry cannot be merged into itself.');
      const store = await deps.log();
      const result = mergeEntries(await live(store, survivorId), await live(store, duplicateId), now());
      await store.applyBatch([result.survivor, result.duplicate], { local: true });
      await changed();
      return { entry: await asWritten(store, result.survivor) };
    },
  };
}
