import type { LogStore } from '../log/store';

// The log store as the background hands it out: after every write that succeeded (save, edit,
// delete, status change, merge, import, restore, a clip from the context menu) it tells sync that
// something changed here. Sync's own writes of pulled entries pass through too; the round they
// trigger finds nothing new to send and writes nothing, so it stops there.
export function notifyingStore(store: LogStore, changed: () => void): LogStore {
  const after =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await write(...args);
      changed();
      return result;
    };
  return {
    save: after(store.save.bind(store)),
    get: store.get.bind(store),
    getBody: store.getBody.bind(store),
    bodyIds: store.bodyIds.bind(store),
    searchBodies: store.searchBodies.bind(store),
    findByUrl: store.findByUrl.bind(store),
    list: store.list.bind(store),
    listFollowUps: store.listFollowUps.bind(store),
    update: after(store.update.bind(store)),
    remove: after(store.remove.bind(store)),
    exportDocument: store.exportDocument.bind(store),
    allEntries: store.allEntries.bind(store),
    applyBatch: after(store.applyBatch.bind(store)),
    close: store.close.bind(store),
  };
}
