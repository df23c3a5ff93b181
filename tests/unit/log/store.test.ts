import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BATCH_READS_ALL_FROM, openLogStore, type LogStore } from '../../../utils/log/store';
import type { LogEntry } from '../../../utils/schema/entry';
import { LogExportSchema } from '../../../utils/schema/log-export';
import { sampleFields } from './sample';

let store: LogStore;
let clock: number;

beforeEach(async () => {
  clock = Date.parse('2026-03-03T10:00:00.000Z');
  let n = 0;
  // A fresh database per test, and a clock that moves one second per call.
  store = await openLogStore(new IDBFactory(), {
    now: () => new Date((clock += 1000)),
    newId: () => `entry-${++n}`,
  });
});
afterEach(() => store.close());

describe('log store', () => {
  it('saves an entry and reads it back', async () => {
    const { entry, created } = await store.save(sampleFields());
    expect(created).toBe(true);
    expect(await store.get(entry.id)).toEqual(entry);
    expect(entry.history[0]?.to).toBe('new');
  });

  it('saving the same URL again updates the entry instead of adding one', async () => {
    const first = await store.save(sampleFields());
    const second = await store.save(sampleFields({ headline: 'Corrected' }));
    expect(second.created).toBe(false);
    expect(second.entry.id).toBe(first.entry.id);
    const all = await store.list();
    expect(all).toHaveLength(1);
    expect(all[0]?.record.headline).toBe('Corrected');
  });

  it('saving a page whose canonical URL matches a saved entry updates that entry', async () => {
    const first = await store.save(sampleFields({ url: 'https://wire.example/r/1', canonicalUrl: 'https://wire.example/r/1' }));
    const syndicated = await store.save(
      sampleFields({ url: 'https://partner.example/copy?utm=x', canonicalUrl: 'https://wire.example/r/1' }),
    );
    expect(syndicated.entry.id).toBe(first.entry.id);
    expect(await store.list()).toHaveLength(1);
    expect(await store.findByUrl('https://wire.example/r/1')).not.toBeNull();
  });

  it('lists newest first and leaves tombstones out', async () => {
    const a = await store.save(sampleFields({ url: 'https://x.example/a' }));
    const b = await store.save(sampleFields({ url: 'https://x.example/b' }));
    const c = await store.save(sampleFields({ url: 'https://x.example/c' }));
    expect((await store.list()).map((e) => e.id)).toEqual([c.entry.id, b.entry.id, a.entry.id]);
    await store.update(a.entry.id, sampleFields({ url: 'https://x.example/a' }, { notes: 'touched' }), a.entry.updatedAt);
    await store.remove(b.entry.id);
    expect((await store.list()).map((e) => e.id)).toEqual([a.entry.id, c.entry.id]);
    const tomb = await store.get(b.entry.id);
    expect(tomb?.deletedAt).not.toBeNull();
    expect(await store.findByUrl('https://x.example/b')).toBeNull();
  });

  it('a stale update wins and pushes the overwritten version to revisions', async () => {
    const { entry } = await store.save(sampleFields());
    const byLogPage = await store.update(entry.id, sampleFields({}, { notes: 'log page' }), entry.updatedAt);
    expect(byLogPage.revisions).toHaveLength(0);
    const byPopup = await store.update(entry.id, sampleFields({}, { notes: 'popup' }), entry.updatedAt);
    expect(byPopup.notes).toBe('popup');
    expect(byPopup.revisions).toHaveLength(1);
    expect(byPopup.revisions[0]?.fields.notes).toBe('log page');
    expect(byPopup.revisions[0]?.updatedAt).toBe(byLogPage.updatedAt);
  });

  it('refuses to update a missing or deleted entry', async () => {
    await expect(store.update('nope', sampleFields(), null)).rejects.toThrow(/No log entry/);
    const { entry } = await store.save(sampleFields());
    await store.remove(entry.id);
    await expect(store.update(entry.id, sampleFields(), null)).rejects.toThrow(/No log entry/);
  });

  it('rejects invalid fields without writing', async () => {
    await expect(
      store.save({ ...sampleFields(), record: { ...sampleFields().record, contacts: [{ emails: ['x'] }] } }),
    ).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('exports a document that validates, tombstones included', async () => {
    const a = await store.save(sampleFields({ url: 'https://x.example/a' }));
    await store.save(sampleFields({ url: 'https://x.example/b' }));
    await store.remove(a.entry.id);
    const doc = await store.exportDocument();
    expect(LogExportSchema.safeParse(doc).success).toBe(true);
    expect(doc.entries).toHaveLength(2);
    expect(doc.entries.find((e) => e.id === a.entry.id)?.deletedAt).not.toBeNull();
  });

  it('applyBatch writes all entries in one go', async () => {
    const { entry } = await store.save(sampleFields());
    const exported = await store.exportDocument();
    const copy = { ...entry, id: 'imported-1', record: { ...entry.record, url: 'https://x.example/imported' } };
    await store.applyBatch([...exported.entries, copy]);
    expect((await store.list()).map((e) => e.id).sort()).toEqual([entry.id, 'imported-1'].sort());
  });

  it('applyBatch with one invalid entry changes nothing', async () => {
    const { entry } = await store.save(sampleFields());
    const changed = { ...entry, notes: 'changed by import' };
    const fresh = { ...entry, id: 'imported-2', record: { ...entry.record, url: 'https://x.example/new' } };
    const broken = { ...entry, id: 'imported-3', createdAt: 'yesterday' };
    await expect(store.applyBatch([changed, fresh, broken])).rejects.toThrow(/Entry 2/);
    expect(await store.list()).toEqual([entry]);
  });
});

// A batch merged from entries read earlier (an import, a sync round) against entries written meanwhile: a small
// batch reads each entry back, a large one reads the log's keys once and reads back only the stored ones.
describe.each([
  ['a small batch', 3],
  ['a large batch', BATCH_READS_ALL_FROM + 5],
])('applyBatch with a basis, %s', (_, size) => {
  it('rebases what changed or appeared since the read, and puts the rest as given', async () => {
    const { entry } = await store.save(sampleFields());
    const readAt = new Map([[entry.id, entry.updatedAt]]);
    // Edited after the batch was computed from `entry`.
    const edited = await store.update(entry.id, sampleFields({}, { notes: 'typed meanwhile' }), entry.updatedAt);
    // An id the batch did not see in the log, written meanwhile (another merge).
    const appeared: LogEntry = { ...entry, id: 'appeared', notes: 'written meanwhile', record: { ...entry.record, url: 'https://x.example/appeared' } };
    await store.applyBatch([appeared]);
    const fresh = Array.from({ length: size - 2 }, (_, i): LogEntry => ({ ...entry, id: `fresh-${i}`, record: { ...entry.record, url: `https://x.example/f/${i}` } }));
    const ours = { ...entry, notes: 'from the file' };
    const theirs = { ...appeared, notes: 'from the file too' };
    const rebased: string[] = [];
    await store.applyBatch([ours, theirs, ...fresh], {
      basis: {
        readAt: (id) => readAt.get(id),
        rebase: (stored, mine) => {
          rebased.push(`${stored.id}:${stored.notes}+${mine.notes}`);
          return { ...mine, notes: `${stored.notes} / ${mine.notes}` };
        },
      },
    });
    expect(rebased.sort()).toEqual(['appeared:written meanwhile+from the file too', `${entry.id}:${edited.notes}+from the file`]);
    expect((await store.get(entry.id))?.notes).toBe('typed meanwhile / from the file');
    expect((await store.get('appeared'))?.notes).toBe('written meanwhile / from the file too');
    expect(await store.get(`fresh-${size - 3}`)).toEqual(fresh[size - 3]);
    expect(await store.allEntries()).toHaveLength(size);
  });
});

describe('opening the log', () => {
  it('repairs a database that a version-less reader created empty', async () => {
    const factory = new IDBFactory();
    // What `openDB(name)` without a version does on a fresh install: an empty version-1 database.
    const empty = factory.open('pressclip-log');
    await new Promise((resolve) => (empty.onsuccess = resolve));
    empty.result.close();

    const repaired = await openLogStore(factory);
    const { entry } = await repaired.save(sampleFields());
    expect(await repaired.get(entry.id)).toEqual(entry);
    repaired.close();

    const reopened = await openLogStore(factory);
    expect((await reopened.list()).map((e) => e.id)).toEqual([entry.id]);
    reopened.close();
  });
});
