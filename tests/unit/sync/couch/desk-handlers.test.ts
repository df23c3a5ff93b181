// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLogStore, type LogStore } from '../../../../utils/log/store';
import { createDeskHandlers } from '../../../../entrypoints/background/desk-handlers';
import { EMPTY_DESK_SETTINGS, type DeskSettings } from '../../../../storage/desk-storage';
import { item } from './stored-item';
import { EMPTY_SYNC_STATE, type SyncState } from '../../../../utils/sync/sync-once';
import { startCouch, type RunningCouch } from '../../../couch/pouchdb-server';
import { sampleFields } from '../../log/sample';

// The background's newsroom-log handlers with real storage fakes, fake-indexeddb and pouchdb-server.

let couch: RunningCouch;
const ctx = { sender: {} };

function browserProfile(name: string, granted: string[] = ['http://127.0.0.1/*']) {
  const settings = item<DeskSettings>(EMPTY_DESK_SETTINGS);
  const state = item<SyncState>(EMPTY_SYNC_STATE);
  const logPromise: Promise<LogStore> = openLogStore(new IDBFactory(), { name });
  const contacted: string[] = [];
  const handlers = createDeskHandlers({
    log: () => logPromise,
    fetch: (url, init) => {
      contacted.push(url);
      return fetch(url, init);
    },
    settings,
    state,
    newId: () => crypto.randomUUID(),
    hasPermission: async (pattern) => granted.includes(pattern),
  });
  return { handlers, settings, state, log: () => logPromise, contacted };
}

beforeAll(async () => {
  couch = await startCouch();
  await couch.addUser('anna', 'anna-pw');
  await couch.addUser('ben', 'ben-pw');
  await couch.createDatabase('desk-politics', ['anna', 'ben']);
}, 60_000);

afterAll(async () => {
  await couch?.close();
});

describe('newsroom-log handlers', () => {
  it('refuses plain http to another machine, and contacts nothing without the host permission', async () => {
    const profile = browserProfile('refusals', []);
    const request = { serverUrl: 'http://couch.example.org', database: 'desk-politics', user: 'anna', password: 'x', auth: 'basic' as const };
    expect((await profile.handlers['desk:test'](request, ctx)).message).toMatch(/Only https:\/\//);
    const noPermission = await profile.handlers['desk:save']({ ...request, serverUrl: couch.base }, ctx);
    expect(noPermission.result.message).toMatch(/may not contact http:\/\/127\.0\.0\.1/);
    expect(noPermission.status.enabled).toBe(false);
    expect(profile.contacted).toEqual([]);
  });

  it('saves a tested connection, syncs an entry to a colleague, and never returns the password', async () => {
    const anna = browserProfile('anna');
    const ben = browserProfile('ben');
    const saved = await anna.handlers['desk:save']({ serverUrl: `${couch.base}/`, database: 'desk-politics', user: 'anna', password: 'anna-pw', auth: 'basic' }, ctx);
    expect(saved.result.ok).toBe(true);
    expect(saved.status).toMatchObject({ enabled: true, state: 'ready', hasPassword: true, serverUrl: couch.base });
    expect(JSON.stringify(saved)).not.toContain('anna-pw');
    await ben.handlers['desk:save']({ serverUrl: couch.base, database: 'desk-politics', user: 'ben', password: 'ben-pw', auth: 'basic' }, ctx);

    const { entry } = await (await anna.log()).save(sampleFields({ headline: 'Shared with the desk' }));
    expect((await anna.handlers['desk:sync-now']({}, ctx)).report.error).toBeNull();
    expect((await ben.handlers['desk:sync-now']({}, ctx)).report).toMatchObject({ error: null, written: 1 });
    expect((await (await ben.log()).get(entry.id))?.record.headline).toBe('Shared with the desk');
  });

  it('a wrong password: changes wait, the status says so, and a corrected password keeps and drains them', async () => {
    const anna = browserProfile('anna-401');
    await anna.handlers['desk:save']({ serverUrl: couch.base, database: 'desk-politics', user: 'anna', password: 'anna-pw', auth: 'basic' }, ctx);
    await anna.handlers['desk:sync-now']({}, ctx);
    // The server's admin changed Anna's password mid-session.
    const userDoc = (await couch.admin('GET', '/_users/org.couchdb.user:anna')).json as { _rev: string };
    await couch.admin('PUT', '/_users/org.couchdb.user:anna', { _rev: userDoc._rev, name: 'anna', password: 'new-pw', roles: [], type: 'user' });
    await (await anna.log()).save(sampleFields({ headline: 'Written during the 401', url: 'https://wire.example/401' }));
    const round = await anna.handlers['desk:sync-now']({}, ctx);
    expect(round.report.error).toMatch(/refused the user name or password/);
    const status = await anna.handlers['desk:status']({}, ctx);
    expect(status).toMatchObject({ state: 'unpaired', pending: 1 });
    // A wrong new password is not saved and loses nothing.
    const wrong = await anna.handlers['desk:save']({ serverUrl: couch.base, database: 'desk-politics', user: 'anna', password: 'typo', auth: 'basic' }, ctx);
    expect(wrong.result).toMatchObject({ ok: false, problem: 'unauthorized' });
    expect(anna.state.value.outbox).toHaveLength(1);
    const fixed = await anna.handlers['desk:save']({ serverUrl: couch.base, database: 'desk-politics', user: 'anna', password: 'new-pw', auth: 'basic' }, ctx);
    expect(fixed.result.ok).toBe(true);
    // Saving asked for the status, which found the server ready with changes waiting and drained them.
    expect((await anna.handlers['desk:sync-now']({}, ctx)).report.error).toBeNull();
    expect(anna.state.value.outbox).toEqual([]);
    const all = (await couch.admin('GET', '/desk-politics/_all_docs?include_docs=true')).json as { rows: { doc: { record: { headline: string } } }[] };
    expect(all.rows.map((row) => row.doc.record.headline)).toContain('Written during the 401');
  });
});
