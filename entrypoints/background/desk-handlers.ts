import type { Handlers } from '../../utils/messaging/receive';
import type { StoredItem, SyncDeps } from './companion-handlers';
import { syncOnce, withoutOutbox } from '../../utils/sync/sync-once';
import { SyncTargetError, type SyncTarget, type TargetStatus } from '../../utils/sync/target';
import { createDatabase, testConnection, type ConnectionResult } from '../../utils/sync/couch/connection-test';
import { couchTarget } from '../../utils/sync/couch/couch-target';
import { signIn, signOut } from '../../utils/sync/couch/session-auth';
import type { DeskConnectionRequest, DeskStatus } from '../../utils/sync/couch/desk-messages';
import type { DeskSettings } from '../../storage/desk-storage';
import type { InvalidDoc } from '../../utils/sync/couch/entry-document';
import { databaseNameProblem, parseServerUrl } from '../../utils/sync/couch/server-url';
import { drainWhenReady } from '../../utils/sync/drain-when-ready';
import { keepBodyProblems, keptBodyProblems } from '../../utils/sync/body-problems';

// The background's handlers for the newsroom log (CouchDB). Storage, fetch, the host-permission check and
// ids come in through `deps`, so they run against fakes and pouchdb-server in tests. Nothing contacts the
// server before the journalist pressed "Test connection" (which asked for the origin's permission), and
// sync runs only once a tested connection was saved. Rounds run one at a time.

export type DeskMessage = 'desk:status' | 'desk:test' | 'desk:save' | 'desk:create-database' | 'desk:sync-now' | 'desk:disconnect';

export interface DeskDeps extends Pick<SyncDeps, 'log' | 'fetch' | 'newId' | 'now' | 'state'> {
  settings: StoredItem<DeskSettings>;
  // Whether the browser granted the host permission for this origin pattern (https://host/*).
  hasPermission: (originPattern: string) => Promise<boolean>;
  target?: (settings: DeskSettings, onInvalid: (invalid: InvalidDoc) => void) => SyncTarget;
}

const MAX_INVALID_SHOWN = 100;

type Checked = { ok: true; base: string; originPattern: string } | { ok: false; result: ConnectionResult };

function refuse(message: string): ConnectionResult {
  return { ok: false, problem: 'error', message, canCreate: false };
}

export function createDeskHandlers(deps: DeskDeps): Pick<Handlers<object>, DeskMessage> {
  const now = deps.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const targetFor =
    deps.target ??
    ((settings: DeskSettings, onInvalid: (invalid: InvalidDoc) => void) => {
      const url = parseServerUrl(settings.serverUrl);
      if (!url.ok) throw new SyncTargetError('error', url.reason);
      return couchTarget({ fetch: deps.fetch, base: url.base, database: settings.database, user: settings.user, password: settings.password, session: settings.auth === 'session', onInvalid });
    });

  async function check(request: DeskConnectionRequest): Promise<Checked> {
    const url = parseServerUrl(request.serverUrl);
    if (!url.ok) return { ok: false, result: refuse(url.reason) };
    const nameProblem = databaseNameProblem(request.database);
    if (nameProblem) return { ok: false, result: refuse(nameProblem) };
    if (!(await deps.hasPermission(url.originPattern))) {
      return { ok: false, result: refuse(`PressClip may not contact ${url.origin} yet: allow it when the browser asks (press Test connection again).`) };
    }
    return { ok: true, base: url.base, originPattern: url.originPattern };
  }

  // The password typed, or the stored one when the field was left empty for the same server and user.
  async function credentials(request: DeskConnectionRequest): Promise<string> {
    if (request.password !== '') return request.password;
    const stored = await deps.settings.getValue();
    const url = parseServerUrl(request.serverUrl);
    return url.ok && stored.serverUrl === url.base && stored.user === request.user ? stored.password : '';
  }

  async function test(request: DeskConnectionRequest): Promise<ConnectionResult> {
    const checked = await check(request);
    if (!checked.ok) return checked.result;
    if (request.auth === 'session') {
      // A password typed signs in (the browser keeps the cookie); none typed tests the session it has.
      if (request.password !== '') {
        const signedIn = await signInFor(checked.base, request);
        if (signedIn) return signedIn;
      }
      return testConnection({ fetch: deps.fetch, base: checked.base, database: request.database, user: request.user, password: '', session: true });
    }
    return testConnection({ fetch: deps.fetch, base: checked.base, database: request.database, user: request.user, password: await credentials(request) });
  }

  // Null when signed in; else what the connection test would say about the server or the password.
  async function signInFor(base: string, request: DeskConnectionRequest): Promise<ConnectionResult | null> {
    try {
      await signIn({ fetch: deps.fetch, base, user: request.user }, request.password);
      return null;
    } catch (error) {
      if (error instanceof SyncTargetError && error.state === 'unpaired') {
        return { ok: false, problem: 'unauthorized', message: `Wrong user name or password: the server refused "${request.user}" (401).`, canCreate: false };
      }
      // Unreachable, or no CouchDB there: the full test names it.
      return testConnection({ fetch: deps.fetch, base, database: request.database, user: request.user, password: request.password });
    }
  }

  async function targetStatus(settings: DeskSettings): Promise<TargetStatus> {
    if (!settings.enabled) return { state: 'unpaired', detail: 'The newsroom log is not set up.' };
    const url = parseServerUrl(settings.serverUrl);
    if (!url.ok) return { state: 'error', detail: url.reason };
    if (!(await deps.hasPermission(url.originPattern))) {
      return { state: 'error', detail: `PressClip may no longer contact ${url.origin}; press Test connection in Settings → Newsroom log.` };
    }
    return targetFor(settings, () => undefined).status();
  }

  function syncRound() {
    return oneAtATime(async () => {
      const settings = await deps.settings.getValue();
      if (!settings.enabled) {
        return { report: { pushed: 0, pulled: 0, written: 0, conflicts: 0, rejected: 0, bodyProblems: [], error: 'The newsroom log is not set up.' } };
      }
      const invalid: InvalidDoc[] = [];
      const target = targetFor(settings, (item) => invalid.push(item));
      const { state, report } = await syncOnce(await deps.log(), target, await deps.state.getValue(), deps.newId);
      await deps.state.setValue(state).catch(() => deps.state.setValue(withoutOutbox(state)));
      const at = now().toISOString();
      const latest = await deps.settings.getValue();
      // The journalist may have disconnected or changed the server during the round.
      if (latest.serverUrl === settings.serverUrl && latest.database === settings.database) {
        await deps.settings.setValue({
          ...latest,
          lastSyncAt: report.error ? latest.lastSyncAt : at,
          lastWrittenAt: report.written > 0 ? at : latest.lastWrittenAt,
          invalid: report.error ? latest.invalid : invalid.slice(0, MAX_INVALID_SHOWN),
          ...keepBodyProblems(latest, report.bodyProblems, at),
        });
      }
      return { report: { ...report, error: report.error?.message ?? null } };
    });
  }

  const drain = drainWhenReady(syncRound);
  async function status(): Promise<DeskStatus> {
    const settings = await deps.settings.getValue();
    const state = await deps.state.getValue();
    const target = await targetStatus(settings);
    // The server is back (or accepts the password again) and changes wait: send them now.
    drain(target.state === 'ready', state.outbox.length);
    return {
      configured: settings.serverUrl !== '',
      enabled: settings.enabled,
      serverUrl: settings.serverUrl,
      database: settings.database,
      user: settings.user,
      hasPassword: settings.password !== '',
      auth: settings.auth ?? 'basic',
      state: target.state,
      detail: target.detail,
      pending: state.outbox.length,
      lastSyncAt: settings.lastSyncAt,
      lastWrittenAt: settings.lastWrittenAt,
      invalid: settings.invalid.slice(0, MAX_INVALID_SHOWN),
      ...keptBodyProblems(settings),
    };
  }

  return {
    async 'desk:status'() {
      return status();
    },

    async 'desk:test'(request) {
      return test(request);
    },

    async 'desk:save'(request) {
      const result = await test(request);
      // With a session the password was used to sign in, and is not kept.
      const password = request.auth === 'session' ? '' : await credentials(request);
      await oneAtATime(async () => {
        const stored = await deps.settings.getValue();
        const url = parseServerUrl(request.serverUrl);
        const sameDatabase = url.ok && stored.serverUrl === url.base && stored.database === request.database;
        // Another database is another desk: start the exchange from scratch. The same one (a new password
        // after a 401) keeps the outbox, so nothing waiting is lost.
        if (!url.ok || !result.ok) return;
        if (!sameDatabase) await deps.state.setValue({ cursor: null, outbox: [], exchanged: [] });
        await deps.settings.setValue({
          ...(sameDatabase ? stored : { lastSyncAt: null, lastWrittenAt: null, invalid: [], bodyProblems: [], bodyProblemsAt: null }),
          serverUrl: url.base,
          database: request.database,
          user: request.user,
          password,
          auth: request.auth ?? 'basic',
          enabled: true,
        });
      });
      return { result, status: await status() };
    },

    async 'desk:create-database'(request) {
      const checked = await check(request);
      if (!checked.ok) return checked.result;
      const before = await test(request);
      if (before.problem !== 'missing' || !before.canCreate) return before;
      const session = request.auth === 'session';
      await createDatabase({ fetch: deps.fetch, base: checked.base, database: request.database, user: request.user, password: session ? '' : await credentials(request), session });
      return test(request);
    },

    async 'desk:sync-now'() {
      return syncRound();
    },

    async 'desk:disconnect'() {
      await oneAtATime(async () => {
        const stored = await deps.settings.getValue();
        const url = parseServerUrl(stored.serverUrl);
        // End the server's session too, so the cookie left in this browser opens nothing.
        if (stored.auth === 'session' && url.ok && (await deps.hasPermission(url.originPattern))) {
          await signOut({ fetch: deps.fetch, base: url.base, user: stored.user }).catch(() => undefined);
        }
        // The password is forgotten; the outbox stays, in case the journalist connects to the same desk again.
        await deps.settings.setValue({ ...stored, password: '', enabled: false });
      });
      return status();
    },
  };
}
