import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LogBlockedError } from '../../../utils/log/open-db';
import { openLogStore } from '../../../utils/log/store';
import { oldEntries, perEntryDatabase } from './per-entry-db';

// An upgrade must never wait silently: every connection PressClip holds lets go when another context asks for
// a newer version, and a connection that does not (an older PressClip's page still open after an update) is
// reported instead of leaving the log hung; the upgrade then completes once that page closes, losing nothing.

function rawOpen(factory: IDBFactory, version?: number): Promise<IDBDatabase> {
  const request = version === undefined ? factory.open('pressclip-log') : factory.open('pressclip-log', version);
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawDelete(factory: IDBFactory): Promise<'deleted' | 'blocked'> {
  const request = factory.deleteDatabase('pressclip-log');
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve('deleted');
    request.onblocked = () => resolve('blocked');
    request.onerror = () => reject(request.error);
  });
}

describe('the log store and other connections', () => {
  it('lets go of the database when another context deletes or upgrades it, and says so', async () => {
    const factory = new IDBFactory();
    // Opened once before: the second open keeps its first connection (the database is complete), which must
    // let go just as a connection that upgraded it does.
    (await openLogStore(factory)).close();
    let letGo = 0;
    const store = await openLogStore(factory, { onLetGo: () => letGo++ });
    await store.applyBatch(oldEntries(5));
    expect(await rawDelete(factory)).toBe('deleted');
    expect(letGo).toBe(1);
    // The owner opens a new store: the log is empty (deleted), and the new store works.
    const again = await openLogStore(factory);
    expect(await again.allEntries()).toEqual([]);
    const upgrade = rawOpen(factory, 7);
    expect((await upgrade).version).toBe(7);
    (await upgrade).close();
    again.close();
  });

  it('reports an upgrade blocked by a connection that never closes, then upgrades once it does', async () => {
    const factory = new IDBFactory();
    const entries = oldEntries(250);
    await perEntryDatabase(factory, 2, entries);
    // An older PressClip's log page: a version-2 connection without a versionchange handler.
    const oldPage = await rawOpen(factory);
    expect(oldPage.version).toBe(2);
    const opening = openLogStore(factory);
    await expect(opening).rejects.toBeInstanceOf(LogBlockedError);
    await expect(opening).rejects.toThrow(/Close the other PressClip tabs/);
    // A second open, queued behind the blocked one, gets no event of its own: it is reported all the same.
    await expect(openLogStore(factory)).rejects.toThrow(/busy.*close the other PressClip tabs/);
    oldPage.close();
    const store = await openLogStore(factory);
    expect(await store.allEntries()).toEqual([...entries].sort((a, b) => (a.id < b.id ? -1 : 1)));
    store.close();
    const after = await rawOpen(factory);
    expect({ version: after.version, stores: [...after.objectStoreNames] }).toEqual({ version: 6, stores: ['bodies', 'bodyPostings', 'bodyTerms', 'pages'] });
    after.close();
  }, 15_000);
});
