import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authorName } from '../../../utils/log/attribution';
import { openLogStore, type LogStore } from '../../../utils/log/store';
import { createTriageHandlers } from '../../../utils/triage/handlers';
import { createHoldHandlers } from '../../../utils/log/hold-handlers';
import { holderOf } from '../../../utils/log/assignment';
import { writeStamp } from '../../../utils/log/write-stamp';
import { mergeEntry } from '../../../utils/sync/merge-entry';
import { secondRequestWarning } from '../../../utils/interview/earlier-request';
import type { LogEntry } from '../../../utils/schema/entry';
import { sampleFields } from '../log/sample';
import { sampleEntry } from '../sync/sample-entry';

let store: LogStore;
let me: string | null;
let clock: number;
const sender = { sender: {} };

beforeEach(async () => {
  clock = Date.parse('2026-03-03T10:00:00.000Z');
  me = 'Anna Berg';
  store = await openLogStore(new IDBFactory(), { now: () => new Date((clock += 1000)), newId: () => 'e-1', author: async () => me });
});
afterEach(() => store.close());

describe('who made a change', () => {
  it('the name in Settings, else the newsroom-log user name, else nobody', () => {
    expect(authorName('  Anna Berg ', 'anna')).toBe('Anna Berg');
    expect(authorName('', 'anna')).toBe('anna');
    expect(authorName(' ', '')).toBeNull();
  });

  it('save, edit and delete are stamped with the journalist, and so is each status change', async () => {
    const { entry } = await store.save(sampleFields());
    expect(entry.changedBy).toBe('Anna Berg');
    expect(entry.history).toEqual([expect.objectContaining({ to: 'new', by: 'Anna Berg' })]);
    expect(await store.get(entry.id)).toEqual(entry);
    me = 'Ben';
    const edited = await store.update(entry.id, { ...sampleFields(), status: 'to-contact', notes: 'Ben calls' }, entry.updatedAt);
    expect(edited.changedBy).toBe('Ben');
    // The earlier change keeps its author; the new one names Ben.
    expect(edited.history.map((change) => change.by)).toEqual(['Anna Berg', 'Ben']);
    me = null;
    await store.remove(entry.id);
    // Nobody named in this browser: the tombstone does not pass off Ben's name as its author.
    const deleted = (await store.allEntries())[0]!;
    expect(deleted.deletedAt).not.toBeNull();
    expect(deleted.changedBy).toBeUndefined();
  });

  it('a version replaced by an edit keeps its author in the revision', async () => {
    const { entry } = await store.save(sampleFields());
    me = 'Ben';
    // Anna's version was read, then changed under her: Ben's save overwrites it and keeps it as a revision.
    await store.update(entry.id, { ...sampleFields(), notes: 'one' }, entry.updatedAt);
    me = 'Carl';
    const latest = await store.update(entry.id, { ...sampleFields(), notes: 'two' }, entry.updatedAt);
    expect(latest.revisions.at(-1)).toMatchObject({ reason: 'Overwritten by a concurrent edit', by: 'Ben' });
  });

  it('the triage messages stamp the journalist and answer with the stamped entry', async () => {
    const { entry } = await store.save(sampleFields());
    me = 'Ben';
    const triage = createTriageHandlers({ log: async () => store, now: () => new Date((clock += 1000)) });
    const { entry: changed } = await triage['log:set-status']({ id: entry.id, status: 'to-contact', override: null }, sender);
    expect(changed?.changedBy).toBe('Ben');
    expect(changed?.history.at(-1)?.by).toBe('Ben');
    const request = { at: new Date((clock += 1000)).toISOString(), contactName: 'Jane Roe', email: 'press@acme.example', subject: 'S', body: 'B', handler: 'mailto' as const, kind: 'request' as const };
    const { entry: requested } = await triage['log:record-request']({ id: entry.id, request, followUpAt: null }, sender);
    expect(requested.requests.at(-1)?.by).toBe('Ben');
    // So the warning before a second request names the colleague who sent the first.
    expect(secondRequestWarning(requested.requests.at(-1)!, () => '10:04')).toBe(
      'An interview request to Jane Roe (press@acme.example) about this release was already sent on 10:04, by Ben. Send another one?',
    );
  });

  it('entries written by sync or import keep the author they came with', async () => {
    const colleague = sampleEntry({ id: 'x-1', changedBy: 'Dora', history: [{ at: '2026-03-03T09:00:00.000Z', from: null, to: 'new', override: null, by: 'Dora' }] });
    await store.applyBatch([colleague]);
    expect(await store.get('x-1')).toEqual(colleague);
  });

  it('the version that lost a sync merge is kept with its author', () => {
    const base = sampleEntry();
    const anna: LogEntry = { ...base, notes: 'Anna: call at 3', updatedAt: '2026-03-03T10:00:00.000Z', changedBy: 'Anna' };
    const ben: LogEntry = { ...base, notes: 'Ben: embargo until Friday', updatedAt: '2026-03-03T10:01:00.000Z', changedBy: 'Ben' };
    for (const merged of [mergeEntry(anna, ben), mergeEntry(ben, anna)]) {
      expect(merged.conflict).toBe(true);
      expect(merged.entry.changedBy).toBe('Ben');
      expect(merged.entry.revisions).toEqual([expect.objectContaining({ by: 'Anna', fields: expect.objectContaining({ notes: 'Anna: call at 3' }) })]);
    }
    // Same version, different authors (two browsers wrote the same text in the same millisecond): still symmetric.
    const twinA: LogEntry = { ...base, updatedAt: '2026-03-03T10:02:00.000Z', changedBy: 'Anna' };
    const twinB: LogEntry = { ...twinA, changedBy: 'Ben' };
    expect(mergeEntry(twinA, twinB).entry).toEqual(mergeEntry(twinB, twinA).entry);
  });
});

describe('a claim made while a sync round merges', () => {
  it('is not overwritten by the round’s write (the batch basis sees the claim although updatedAt did not move)', async () => {
    const { entry } = await store.save(sampleFields());
    // The round read the log here…
    const readAt = writeStamp(entry);
    const fromServer: LogEntry = { ...entry, notes: 'from a colleague', updatedAt: '2026-03-03T11:00:00.000Z', changedBy: 'Ben' };
    // …the journalist claims the entry…
    const hold = createHoldHandlers({ log: async () => store, author: async () => me, now: () => new Date((clock += 1000)) });
    const claimed = await hold['log:hold']({ id: entry.id, action: { kind: 'claim' }, expectedAt: null, force: false }, sender);
    expect(claimed.refused).toBeNull();
    expect(claimed.entry!.updatedAt).toBe(entry.updatedAt);
    // …and the round writes what it merged from the copy it read.
    await store.applyBatch([mergeEntry(entry, fromServer).entry], { basis: { readAt: () => readAt, rebase: (stored, ours) => mergeEntry(stored, ours).entry } });
    const stored = (await store.get(entry.id))!;
    expect(stored.notes).toBe('from a colleague');
    expect(holderOf(stored)).toBe('Anna Berg');
  });

  it('log:hold refuses a take-over and sends back the entry as it is, so the page can say who holds it', async () => {
    const { entry } = await store.save(sampleFields());
    const hold = createHoldHandlers({ log: async () => store, author: async () => me, now: () => new Date((clock += 1000)) });
    await hold['log:hold']({ id: entry.id, action: { kind: 'claim' }, expectedAt: null, force: false }, sender);
    me = 'Ben';
    const refused = await hold['log:hold']({ id: entry.id, action: { kind: 'claim' }, expectedAt: null, force: false }, sender);
    expect(refused.refused).toMatch(/^Anna Berg is contacting this press officer since/);
    expect(holderOf(refused.entry!)).toBe('Anna Berg');
    const forced = await hold['log:hold']({ id: entry.id, action: { kind: 'claim' }, expectedAt: null, force: true }, sender);
    expect(holderOf(forced.entry!)).toBe('Ben');
    expect(await hold['log:author']({}, sender)).toEqual({ author: 'Ben' });
  });
});
