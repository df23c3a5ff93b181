import type { IDBPDatabase } from 'idb';
import type { StoredBody } from '../body/schema';
import { BODIES, type LogDb } from './open-db';

// Reading the bodies store (a release's kept text per entry id): one body for the detail view, the ids that have
// one (an import keeps a body the log already has unless the file's entry is newer), and a scan for search.
// Writes happen in the log store's own transactions, with the entry they belong to.

export interface BodyReader {
  getBody(id: string): Promise<StoredBody | null>;
  bodyIds(): Promise<Set<string>>;
  // Ids of the entries whose release text holds every one of `terms` (lower-case substrings), in one cursor pass
  // that holds one body at a time.
  searchBodies(terms: readonly string[], limit?: number): Promise<string[]>;
}

export function readBodies(db: IDBPDatabase<LogDb>): BodyReader {
  return {
    async getBody(id) {
      return (await db.get(BODIES, id)) ?? null;
    },
    async bodyIds() {
      return new Set(await db.getAllKeys(BODIES));
    },
    async searchBodies(terms, limit = 5000) {
      const ids: string[] = [];
      if (terms.length === 0) return ids;
      let cursor = await db.transaction(BODIES, 'readonly').store.openCursor();
      while (cursor && ids.length < limit) {
        const text = cursor.value.text.toLowerCase();
        if (terms.every((term) => text.includes(term))) ids.push(cursor.value.id);
        cursor = await cursor.continue();
      }
      return ids;
    },
  };
}
