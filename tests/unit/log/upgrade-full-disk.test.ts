import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogStorageError } from '../../../utils/log/storage-errors';
import { openLogStore } from '../../../utils/log/store';
import { oldEntries, perEntryDatabase } from './per-entry-db';

// Moving an older per-entry log into pages needs about the log's size again. When the browser refuses that
// write, the upgrade is rolled back whole: the journalist is told in plain words, and the old log is kept.

function storedEntries(factory: IDBFactory): Promise<{ version: number; stores: string[]; count: number }> {
  const request = factory.open('pressclip-log');
  return new Promise((resolve, reject) => {
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const stores = [...db.objectStoreNames];
      if (!stores.includes('entries')) return void (db.close(), resolve({ version: db.version, stores, count: 0 }));
      const count = db.transaction('entries').objectStore('entries').count();
      count.onsuccess = () => {
        db.close();
        resolve({ version: db.version, stores, count: count.result });
      };
    };
  });
}

afterEach(() => vi.restoreAllMocks());

describe('upgrading an older log on a full disk', () => {
  it('says so in words a journalist can act on, and keeps the old log as it was', async () => {
    const factory = new IDBFactory();
    const entries = oldEntries(250);
    await perEntryDatabase(factory, 2, entries);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'pages') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });

    const failed = await openLogStore(factory).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(LogStorageError);
    expect((failed as Error).message).toMatch(/^Could not open the inquiry log: .*Nothing was changed\. Your log is kept as it was\. Free some disk space/);
    expect(await storedEntries(factory)).toEqual({ version: 2, stores: ['entries'], count: 250 });

    // With room again, the same log upgrades and every entry is there.
    vi.restoreAllMocks();
    const store = await openLogStore(factory);
    expect((await store.allEntries()).map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
    store.close();
  });
});
