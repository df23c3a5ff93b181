// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLogStore, type LogStore } from '../../../../utils/log/store';
import type { LogEntry } from '../../../../utils/schema/entry';
import { createDatabase, testConnection } from '../../../../utils/sync/couch/connection-test';
import { couchTarget, type CouchOptions } from '../../../../utils/sync/couch/couch-target';
import type { InvalidDoc } from '../../../../utils/sync/couch/entry-document';
import { CONFLICT_REASON } from '../../../../utils/sync/merge-entry';
import { drainOutbox } from '../../../../utils/sync/outbox';
import { EMPTY_SYNC_STATE, syncOnce, type SyncState } from '../../../../utils/sync/sync-once';
import { SyncTargetError } from '../../../../utils/sync/target';
import { versionTag } from '../../../../utils/sync/version-tag';
import { ADMIN, freePort, startCouch, type RunningCouch } from '../../../couch/pouchdb-server';
import { sampleEntry } from '../sample-entry';

// The CouchDB target against a real CouchDB-protocol server (pouchdb-server, in memory, on 127.0.0.1).

let couch: RunningCouch;
let counter = 0;
const newId = () => `change-${++counter}`;
const fetchFn: CouchOptions['fetch'] = (url, init) => fetch(url, init);

function options(database: string, overrides: Partial<CouchOptions> = {}): CouchOptions {
  return { fetch: fetchFn, base: couch.base, database, user: 'anna', password: 'anna-pw', ...overrides };
}

async function serverDoc(database: string, id: string, query = '') {
  return (await couch.admin('GET', `/${database}/${encodeURIComponent(id)}${query}`)).json as Record<string, unknown> & { _rev: string; _conflicts?: string[] };
}

beforeAll(async () => {
  couch = await startCouch();
  await couch.addUser('anna', 'anna-pw');
  await couch.addUser('ben', 'ben-pw');
  await couch.addUser('outsider', 'outsider-pw');
}, 60_000);

afterAll(async () => {
  await couch?.close();
});

describe('couchTarget (pouchdb-server)', () => {
  it('pushes entries as documents (_id = entry id, schemaVersion inside) and pulls them from _changes with a seq cursor', async () => {
    await couch.createDatabase('desk-push', ['anna', 'ben']);
    const anna = couchTarget(options('desk-push'));
    const entry = sampleEntry({ id: 'e-push' });
    await anna.push([{ changeId: 'c1', entry }]);
    const doc = await serverDoc('desk-push', 'e-push');
    expect(doc).toMatchObject({ _id: 'e-push', schemaVersion: 1, id: 'e-push', notes: '' });

    const ben = couchTarget(options('desk-push', { user: 'ben', password: 'ben-pw' }));
    const first = await ben.pull(null);
    expect(first.entries).toEqual([entry]);
    const again = await ben.pull(first.cursor);
    expect(again.entries).toEqual([]);
  });

  it('a push built on an older revision is merged into the server version, not refused and not overwriting it', async () => {
    await couch.createDatabase('desk-stale', ['anna', 'ben']);
    const anna = couchTarget(options('desk-stale'));
    const ben = couchTarget(options('desk-stale', { user: 'ben', password: 'ben-pw' }));
    const base = sampleEntry({ id: 'e-stale' });
    await anna.push([{ changeId: 'c1', entry: base }]);
    // Both edit the same version concurrently; Ben's is later.
    const annas: LogEntry = { ...base, notes: 'Anna called Jane', updatedAt: '2026-03-03T10:00:00.000Z' };
    const bens: LogEntry = { ...base, notes: 'Ben e-mailed Jane', updatedAt: '2026-03-03T10:05:00.000Z' };
    await ben.push([{ changeId: 'b1', entry: bens }]);
    await anna.push([{ changeId: 'a1', entry: annas }]);
    const doc = (await ben.pull(null)).entries.find((e) => e.id === 'e-stale')!;
    expect(doc.notes).toBe('Ben e-mailed Jane');
    expect(doc.revisions.map((r) => [r.reason, r.fields.notes])).toContainEqual([CONFLICT_REASON, 'Anna called Jane']);
  });

  it('two browsers share a desk through syncOnce: a save in one appears in the other, a deletion travels as a tombstone', async () => {
    await couch.createDatabase('desk-two', ['anna', 'ben']);
    const annaLog: LogStore = await openLogStore(new IDBFactory(), { name: 'anna' });
    const benLog: LogStore = await openLogStore(new IDBFactory(), { name: 'ben' });
    const annaTarget = couchTarget(options('desk-two'));
    const benTarget = couchTarget(options('desk-two', { user: 'ben', password: 'ben-pw' }));
    let annaState: SyncState = EMPTY_SYNC_STATE;
    let benState: SyncState = EMPTY_SYNC_STATE;

    const { entry } = await annaLog.save(sampleEntry({ id: 'ignored' }));
    ({ state: annaState } = await syncOnce(annaLog, annaTarget, annaState, newId));
    const round = await syncOnce(benLog, benTarget, benState, newId);
    benState = round.state;
    expect(round.report).toMatchObject({ error: null, written: 1 });
    expect((await benLog.get(entry.id))?.record.headline).toBe(entry.record.headline);

    await benLog.remove(entry.id);
    ({ state: benState } = await syncOnce(benLog, benTarget, benState, newId));
    const doc = await serverDoc('desk-two', entry.id);
    expect(doc.deletedAt).not.toBeNull();
    ({ state: annaState } = await syncOnce(annaLog, annaTarget, annaState, newId));
    expect((await annaLog.get(entry.id))?.deletedAt).not.toBeNull();
    expect(annaState.outbox).toEqual([]);
  });

  it('conflicting revisions (as replication between servers leaves them) are merged, the losers deleted and kept restorable', async () => {
    await couch.createDatabase('desk-conflict', ['anna']);
    const base = sampleEntry({ id: 'e-conflict' });
    const one: LogEntry = { ...base, notes: 'Version from server A', updatedAt: '2026-03-03T11:00:00.000Z' };
    const two: LogEntry = { ...base, notes: 'Version from server B', updatedAt: '2026-03-03T11:30:00.000Z' };
    // new_edits=false writes revisions as replication does, so both stay as conflicting leaves.
    await couch.admin('POST', '/desk-conflict/_bulk_docs', {
      new_edits: false,
      docs: [
        { ...one, _id: one.id, _rev: '1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
        { ...two, _id: two.id, _rev: '1-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' },
      ],
    });
    expect((await serverDoc('desk-conflict', 'e-conflict', '?conflicts=true'))._conflicts).toHaveLength(1);

    const target = couchTarget(options('desk-conflict'));
    const { entries } = await target.pull(null);
    expect(entries).toHaveLength(1);
    const merged = entries[0]!;
    expect(merged.notes).toBe('Version from server B');
    const kept = merged.revisions.find((r) => r.reason === CONFLICT_REASON);
    expect(kept?.fields.notes).toBe('Version from server A');
    const after = await serverDoc('desk-conflict', 'e-conflict', '?conflicts=true');
    expect(after._conflicts ?? []).toEqual([]);
    expect(after.notes).toBe('Version from server B');
    expect((after.revisions as LogEntry['revisions']).some((r) => r.fields.notes === 'Version from server A')).toBe(true);
  });

  it('skips and reports a document that is not a valid entry, and never writes it into the log', async () => {
    await couch.createDatabase('desk-hostile', ['anna']);
    const good = sampleEntry({ id: 'e-good' });
    await couch.admin('POST', '/desk-hostile/_bulk_docs', {
      docs: [
        { _id: 'e-bad', id: 'e-bad', schemaVersion: 1, record: { headline: '<img src=x onerror=alert(1)>' } },
        { _id: 'e-mismatch', ...sampleEntry({ id: 'e-other' }) },
        { _id: '_design/desk', views: {} },
        { ...good, _id: good.id },
      ],
    });
    const invalid: InvalidDoc[] = [];
    const log = await openLogStore(new IDBFactory(), { name: 'hostile' });
    const round = await syncOnce(log, couchTarget(options('desk-hostile', { onInvalid: (item) => invalid.push(item) })), EMPTY_SYNC_STATE, newId);
    expect(round.report.error).toBeNull();
    expect((await log.exportDocument()).entries.map((e) => e.id)).toEqual(['e-good']);
    expect(invalid.map((i) => i.id).sort()).toEqual(['e-bad', 'e-mismatch']);
    expect(invalid.find((i) => i.id === 'e-bad')?.reason).toMatch(/not a PressClip entry/);
    // A local entry with the id of an unreadable server document is not pushed over it.
    const drained = await drainOutbox([{ changeId: 'x', entry: sampleEntry({ id: 'e-bad' }) }], couchTarget(options('desk-hostile')));
    expect(drained.rejected.map((c) => c.entry.id)).toEqual(['e-bad']);
    expect((await serverDoc('desk-hostile', 'e-bad')).record).toEqual({ headline: '<img src=x onerror=alert(1)>' });
  });

  it('a wrong password is a 401 ("unpaired"): the changes stay in the outbox', async () => {
    await couch.createDatabase('desk-401', ['anna']);
    const wrong = couchTarget(options('desk-401', { password: 'nope' }));
    const change = { changeId: 'c401', entry: sampleEntry({ id: 'e-401' }) };
    const drained = await drainOutbox([change], wrong);
    expect(drained.outbox).toEqual([change]);
    expect(drained.error).toBeInstanceOf(SyncTargetError);
    expect((drained.error as SyncTargetError).state).toBe('unpaired');
    expect(drained.error?.message).toMatch(/refused the user name or password/);
    expect(await wrong.status()).toMatchObject({ state: 'unpaired' });
    // The right password later: the same outbox drains.
    const again = await drainOutbox(drained.outbox, couchTarget(options('desk-401')));
    expect(again).toMatchObject({ pushed: 1, error: null });
  });

  it('keeps the lineage so the next version is "newer", not a conflict', async () => {
    await couch.createDatabase('desk-lineage', ['anna']);
    const target = couchTarget(options('desk-lineage'));
    const first = sampleEntry({ id: 'e-line' });
    await target.push([{ changeId: '1', entry: first }]);
    const second: LogEntry = { ...first, notes: 'later', updatedAt: '2026-03-03T12:00:00.000Z', supersedes: [versionTag(first)] };
    await target.push([{ changeId: '2', entry: second }]);
    const [pulled] = (await target.pull(null)).entries;
    expect(pulled?.notes).toBe('later');
    expect(pulled?.revisions.filter((r) => r.reason === CONFLICT_REASON)).toEqual([]);
  });
});

describe('testConnection (pouchdb-server)', () => {
  const test = (database: string, user: string, password: string, base = couch.base) => testConnection({ fetch: fetchFn, base, database, user, password });

  it('names each problem exactly', async () => {
    await couch.createDatabase('desk-members', ['anna']);
    expect(await test('desk-members', 'anna', 'anna-pw')).toMatchObject({ ok: true, problem: null });
    expect(await test('desk-members', 'anna', 'wrong')).toMatchObject({ ok: false, problem: 'unauthorized', message: 'Wrong user name or password: the server refused "anna" (401).' });
    expect(await test('desk-members', 'outsider', 'outsider-pw')).toMatchObject({ ok: false, problem: 'forbidden' });
    expect(await test('no-such-desk', 'anna', 'anna-pw')).toMatchObject({ ok: false, problem: 'missing', canCreate: false });
    const closed = `http://127.0.0.1:${await freePort()}`;
    expect(await test('desk-members', 'anna', 'anna-pw', closed)).toMatchObject({ ok: false, problem: 'unreachable' });
  });

  it('offers to create a missing database only to a server admin, and creating it works', async () => {
    const missing = await test('desk-new', ADMIN.user, ADMIN.password);
    expect(missing).toMatchObject({ ok: false, problem: 'missing', canCreate: true });
    await createDatabase({ fetch: fetchFn, base: couch.base, database: 'desk-new', user: ADMIN.user, password: ADMIN.password });
    expect(await test('desk-new', ADMIN.user, ADMIN.password)).toMatchObject({ ok: true });
  });
});
