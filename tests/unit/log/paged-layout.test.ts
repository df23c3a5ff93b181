import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../../utils/log/log-pages';
import { openLogStore } from '../../../utils/log/store';
import type { LogEntry } from '../../../utils/schema/entry';
import { sampleEntry } from '../sync/sample-entry';
import { oldEntries, perEntryDatabase } from './per-entry-db';

// The log in pages (utils/log/log-pages.ts, database version 3) and the upgrade from the per-entry store of
// versions 1 and 2: every entry is kept as it was, and every way of reading the log answers as before.

async function layoutOf(factory: IDBFactory): Promise<{ version: number; stores: string[]; pages: number }> {
  const request = factory.open('pressclip-log');
  const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
  const count = db.transaction('pages').objectStore('pages').count();
  const pages = await new Promise<number>((resolve) => (count.onsuccess = () => resolve(count.result)));
  const layout = { version: db.version, stores: [...db.objectStoreNames].sort(), pages };
  db.close();
  return layout;
}

const byId = (list: LogEntry[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe.each([1, 2, 3] as const)('upgrading a version-%i per-entry database to pages', (version) => {
  it('keeps every entry and answers every read as the per-entry store did', async () => {
    const factory = new IDBFactory();
    const entries = oldEntries(2 * PAGE_SIZE + 17);
    await perEntryDatabase(factory, version, entries);
    const store = await openLogStore(factory);
    expect(await store.allEntries()).toEqual(byId(entries));
    expect(await store.get('old-0042')).toEqual(entries.find((e) => e.id === 'old-0042'));
    const live = entries.filter((e) => e.deletedAt === null);
    expect((await store.list()).map((e) => e.id)).toEqual([...live].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)).map((e) => e.id));
    expect((await store.listFollowUps()).map((e) => e.id).sort()).toEqual(live.filter((e) => e.followUpAt !== null).map((e) => e.id).sort());
    expect((await store.findByUrl('https://wire.example/r/120'))?.id).toBe('old-0120');
    expect((await store.findByUrl('https://elsewhere.example/x', 'https://canonical.example/120'))?.id).toBe('old-0120');
    expect(await store.findByUrl('https://wire.example/r/3')).toBeNull();
    store.close();
    const upgraded = 6;
    expect(await layoutOf(factory)).toEqual({ version: upgraded, stores: ['bodies', 'bodyPostings', 'bodyTerms', 'pages'], pages: 3 });
    // Opening again changes nothing.
    (await openLogStore(factory)).close();
    expect((await layoutOf(factory)).version).toBe(upgraded);
  });
});

describe('the paged log', () => {
  it('appends new entries to the last page, then opens a new one; edits stay in their page', async () => {
    const factory = new IDBFactory();
    const store = await openLogStore(factory, { newId: () => 'saved-1' });
    const entries = oldEntries(PAGE_SIZE - 1);
    await store.applyBatch(entries);
    expect((await layoutOf(factory)).pages).toBe(1);
    const { entry } = await store.save({ ...sampleEntry(), record: { ...sampleEntry().record, url: 'https://new.example/1' } });
    expect(entry.id).toBe('saved-1');
    expect((await layoutOf(factory)).pages).toBe(1);
    await store.applyBatch([{ ...entries[5]!, id: 'one-more', record: { ...entries[5]!.record, url: 'https://new.example/2' } }]);
    expect((await layoutOf(factory)).pages).toBe(2);
    const edited = await store.update('old-0005', { ...sampleEntry(), notes: 'edited', record: entries.find((e) => e.id === 'old-0005')!.record }, null);
    await store.remove('one-more');
    expect(await store.get('old-0005')).toEqual(edited);
    expect((await store.get('one-more'))?.deletedAt).not.toBeNull();
    expect((await layoutOf(factory)).pages).toBe(2);
    expect(await store.allEntries()).toHaveLength(PAGE_SIZE + 1);
    store.close();
  });

  it('a batch that names an id twice stores it once, the later version', async () => {
    const store = await openLogStore(new IDBFactory());
    const a = sampleEntry({ id: 'twice', notes: 'first' });
    await store.applyBatch([a, { ...a, notes: 'second' }]);
    expect((await store.allEntries()).map((e) => [e.id, e.notes])).toEqual([['twice', 'second']]);
    store.close();
  });
});
