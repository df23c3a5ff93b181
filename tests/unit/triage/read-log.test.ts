import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { readLog, readLogInBatches } from '../../../components/log-page/read-log';
import { newestFirst } from '../../../utils/log/log-pages';
import type { LogEntry } from '../../../utils/schema/entry';
import { openLogStore } from '../../../utils/log/store';
import { makeEntry, makeRecord } from './make-entry';

// The log page reads IndexedDB directly: on a fresh install it shows an empty log, and the background can still
// create and write the store afterwards.
describe('readLog', () => {
  it('on a fresh install returns nothing and leaves a database the store can write to', async () => {
    globalThis.indexedDB = new IDBFactory();
    expect(await readLog()).toEqual([]);
    const store = await openLogStore();
    const { entry } = await store.save({ record: makeRecord() });
    store.close();
    expect((await readLog()).map((e) => e.id)).toEqual([entry.id]);
  });

  it('leaves out tombstones', async () => {
    globalThis.indexedDB = new IDBFactory();
    const store = await openLogStore();
    await store.applyBatch([makeEntry('live'), makeEntry('gone', { deletedAt: '2026-03-02T00:00:00.000Z' })]);
    store.close();
    expect((await readLog()).map((e) => e.id)).toEqual(['live']);
  });

  it('sends the 300 most recently changed entries first, when many pages hold one recent edit among old entries', async () => {
    globalThis.indexedDB = new IDBFactory();
    const store = await openLogStore();
    // 6,000 entries: the first 3,000 from 2025 with every seventh edited in 2026, at a time that does not follow its
    // id, so the recent edits are spread over their pages; the rest untouched since 2024.
    const at = (year: number, day: number, minute: number) => new Date(Date.UTC(year, 0, day + 1, 0, minute)).toISOString();
    const entries = Array.from({ length: 6000 }, (_, i) => {
      const updatedAt = i >= 3000 ? at(2024, i % 300, i % 60) : i % 7 === 0 ? at(2026, (i * 37) % 200, i % 60) : at(2025, i % 300, i % 60);
      return makeEntry(`e${String(i).padStart(4, '0')}`, { updatedAt });
    });
    await store.applyBatch(entries);
    store.close();
    const batches: LogEntry[][] = [];
    await readLogInBatches((batch) => void batches.push(batch));
    // Found before every page was read (a complete read sends everything at once).
    expect(batches[0]).toHaveLength(300);
    expect(batches[0]!.map((e) => e.id)).toEqual([...entries].sort(newestFirst).slice(0, 300).map((e) => e.id));
    // The rest follow, and every entry arrives.
    expect(new Set(batches.flat().map((e) => e.id)).size).toBe(6000);
  });
});
