// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLogStore, type LogStore } from '../../../../utils/log/store';
import { createDeskHandlers } from '../../../../entrypoints/background/desk-handlers';
import { describeDeskStatus } from '../../../../utils/sync/couch/desk-status-text';
import { EMPTY_DESK_SETTINGS, type DeskSettings } from '../../../../storage/desk-storage';
import type { FetchLike } from '../../../../utils/sync/companion-target';
import { item } from './stored-item';
import { EMPTY_SYNC_STATE, type SyncState } from '../../../../utils/sync/sync-once';
import { startCouch, type RunningCouch } from '../../../couch/pouchdb-server';
import { sampleFields } from '../../log/sample';

// CouchDB's cookie session instead of basic auth, against pouchdb-server: the password signs in once and is never
// stored; the browser's cookie jar (here a small one doing what the browser does: keep AuthSession from
// Set-Cookie, send it with requests made with credentials) carries the session; when it ends, changes wait.

let couch: RunningCouch;
const ctx = { sender: {} };

function profile(name: string) {
  const jar = new Map<string, string>();
  const sent: Array<{ method: string; path: string; authorization: boolean; cookie: boolean }> = [];
  const browserFetch: FetchLike = async (url, init) => {
    const headers = { ...init.headers };
    const cookie = [...jar].map(([key, value]) => `${key}=${value}`).join('; ');
    if (init.credentials === 'include' && cookie) headers.Cookie = cookie;
    sent.push({ method: init.method, path: new URL(url).pathname, authorization: 'Authorization' in headers, cookie: 'Cookie' in headers });
    const response = await fetch(url, { method: init.method, headers, body: init.body, signal: init.signal });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [key, ...value] = pair!.split('=');
      if (value.join('=') === '') jar.delete(key!.trim());
      else jar.set(key!.trim(), value.join('='));
    }
    return response;
  };
  const settings = item<DeskSettings>(EMPTY_DESK_SETTINGS);
  const state = item<SyncState>(EMPTY_SYNC_STATE);
  const logPromise: Promise<LogStore> = openLogStore(new IDBFactory(), { name });
  const handlers = createDeskHandlers({
    log: () => logPromise,
    fetch: browserFetch,
    settings,
    state,
    newId: () => crypto.randomUUID(),
    hasPermission: async (pattern) => pattern === 'http://127.0.0.1/*',
  });
  return { handlers, settings, state, log: () => logPromise, jar, sent };
}

beforeAll(async () => {
  couch = await startCouch();
  await couch.addUser('anna', 'anna-pw');
  await couch.createDatabase('desk-session', ['anna']);
}, 60_000);

afterAll(async () => {
  await couch?.close();
});

describe('newsroom log with a CouchDB cookie session', () => {
  it('signs in, keeps no password, syncs on the cookie alone; a session that ended keeps the changes until signing in again', async () => {
    const anna = profile('anna-session');
    const request = { serverUrl: couch.base, database: 'desk-session', user: 'anna', auth: 'session' as const };

    const wrong = await anna.handlers['desk:save']({ ...request, password: 'typo' }, ctx);
    expect(wrong.result).toMatchObject({ ok: false, problem: 'unauthorized', message: 'Wrong user name or password: the server refused "anna" (401).' });
    expect(anna.settings.value.enabled).toBe(false);

    const saved = await anna.handlers['desk:save']({ ...request, password: 'anna-pw' }, ctx);
    expect(saved.result.ok).toBe(true);
    expect(saved.status).toMatchObject({ enabled: true, state: 'ready', auth: 'session', hasPassword: false });
    expect(anna.settings.value).toMatchObject({ auth: 'session', password: '' });
    expect(JSON.stringify(anna.settings.value)).not.toContain('anna-pw');
    expect(anna.jar.has('AuthSession')).toBe(true);

    const { entry } = await (await anna.log()).save(sampleFields({ headline: 'Sent on the session cookie' }));
    const round = await anna.handlers['desk:sync-now']({}, ctx);
    expect(round.report).toMatchObject({ pushed: 1, error: null });
    expect((await couch.admin('GET', `/desk-session/${entry.id}`)).status).toBe(200);
    // After signing in, no request carried the password: the cookie went instead.
    const afterSignIn = anna.sent.slice(anna.sent.findLastIndex((call) => call.method === 'POST' && call.path === '/_session') + 1);
    expect(afterSignIn.length).toBeGreaterThan(0);
    expect(afterSignIn.every((call) => !call.authorization && call.cookie)).toBe(true);

    // The session ends (the server's timeout; here the cookie is gone): the change waits, the page says why.
    anna.jar.clear();
    await (await anna.log()).update(entry.id, { ...sampleFields({ headline: 'Sent on the session cookie' }), notes: 'after the session ended' }, entry.updatedAt);
    const refused = await anna.handlers['desk:sync-now']({}, ctx);
    expect(refused.report.error).toMatch(/session for "anna" ended or was refused \(401\)/);
    expect(anna.state.value.outbox).toHaveLength(1);
    const status = await anna.handlers['desk:status']({}, ctx);
    expect(status.state).toBe('unpaired');
    expect(describeDeskStatus(status, (iso) => iso).connection).toBe(
      'Newsroom log: the server\'s session for anna ended; changes wait here. Sign in again in Settings → Newsroom log.',
    );

    // Signing in again keeps the outbox (same desk) and drains it.
    await anna.handlers['desk:save']({ ...request, password: 'anna-pw' }, ctx);
    const drained = await anna.handlers['desk:sync-now']({}, ctx);
    expect(drained.report.error).toBeNull();
    expect(anna.state.value.outbox).toHaveLength(0);
    expect(((await couch.admin('GET', `/desk-session/${entry.id}`)).json as { notes: string }).notes).toBe('after the session ended');

    // Disconnecting ends the server's session too.
    await anna.handlers['desk:disconnect']({}, ctx);
    expect(anna.sent.at(-1)).toMatchObject({ method: 'DELETE', path: '/_session' });
    expect(anna.jar.has('AuthSession')).toBe(false);
  });
});
