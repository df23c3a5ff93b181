import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { readLog } from '../../../components/log-page/read-log';
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
});
