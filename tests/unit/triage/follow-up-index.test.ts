import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLogStore } from '../../../utils/log/store';
import { DB_VERSION } from '../../../utils/log/open-db';
import type { LogEntry } from '../../../utils/schema/entry';
import { makeEntry } from './make-entry';
import { perEntryDatabase } from '../log/per-entry-db';

// The reminders read only entries with a follow-up, through the store's followUpAt index. Databases made by
// earlier versions have no such index: opening them must add it and fill it from the entries already stored.

const entries: LogEntry[] = [
  makeEntry('due', { status: 'requested', followUpAt: '2026-03-05T09:00:00.000Z', record: { url: 'https://a.example/1' } }),
  makeEntry('none', { status: 'requested', followUpAt: null, record: { url: 'https://a.example/2' } }),
  makeEntry('gone', { status: 'requested', followUpAt: '2026-03-04T09:00:00.000Z', deletedAt: '2026-03-02T09:00:00.000Z', record: { url: 'https://a.example/3' } }),
  makeEntry('later', { status: 'new', followUpAt: '2026-03-09T09:00:00.000Z', record: { url: 'https://a.example/4' } }),
];

async function indexesOf(factory: IDBFactory): Promise<{ version: number; indexes: string[] }> {
  const request = factory.open('pressclip-log');
  const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
  // Version 3 keeps the log in pages (utils/log/log-pages.ts); the per-entry store is gone.
  const indexes = [...db.transaction('pages').objectStore('pages').indexNames].sort();
  const version = db.version;
  db.close();
  return { version, indexes };
}

const PAGE_INDEXES = ['canonicalUrls', 'followUps', 'ids', 'newest', 'urls'];

const ids = (list: LogEntry[]) => list.map((e) => e.id).sort();

describe('the followUpAt index', () => {
  it('is added to a version-1 database, filled from the stored entries, and the entries are kept', async () => {
    const factory = new IDBFactory();
    await perEntryDatabase(factory, 1, entries);
    const store = await openLogStore(factory);
    expect(ids(await store.listFollowUps())).toEqual(['due', 'later']);
    expect(ids(await store.list())).toEqual(['due', 'later', 'none']);
    store.close();
    expect(await indexesOf(factory)).toEqual({ version: DB_VERSION, indexes: PAGE_INDEXES });
  });

  it('is added to a database an older PressClip repaired to version 2 without it', async () => {
    // The old repair of an empty database created by a version-less reader left version 2 with the old indexes.
    const factory = new IDBFactory();
    await perEntryDatabase(factory, 2, entries, { followUpIndex: false });
    const store = await openLogStore(factory);
    expect(ids(await store.listFollowUps())).toEqual(['due', 'later']);
    store.close();
    expect(await indexesOf(factory)).toEqual({ version: DB_VERSION, indexes: PAGE_INDEXES });
    // Complete now: opening again upgrades nothing.
    (await openLogStore(factory)).close();
    expect((await indexesOf(factory)).version).toBe(DB_VERSION);
  });

  it('follows writes: a follow-up set, cleared, and an entry deleted', async () => {
    const store = await openLogStore(new IDBFactory());
    await store.applyBatch(entries);
    expect(ids(await store.listFollowUps())).toEqual(['due', 'later']);
    const none = (await store.get('none'))!;
    await store.applyBatch([{ ...none, followUpAt: '2026-03-06T09:00:00.000Z' }]);
    const later = (await store.get('later'))!;
    await store.applyBatch([{ ...later, followUpAt: null }]);
    await store.remove('due');
    expect(ids(await store.listFollowUps())).toEqual(['none']);
    store.close();
  });
});
