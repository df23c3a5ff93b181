import type { IDBPDatabase } from 'idb';
import type { StoredBody } from '../body/schema';
import { BODIES, type LogDb } from './open-db';

// Reading the bodies store (a release's kept text per entry id): one body for the detail view, the ids that have
// one (an import keeps a body the log already has unless the file's entry is newer), and a scan for search.
// Writes happen in the log store's own transactions, with the entry they belong to.

export interface BodyReader {
  getBody(id: string): Promise<StoredBody | null>;
  bodyIds(): Promise<Set<string>>;
  // Ids of the entries whose release text holds every one of `terms` (lower-case substrings), read in runs of
  // SCAN_RUN bodies (one request per run: a cursor's request per body cost ~0.4 ms each in Chrome, 2–6 s a query
  // at 10,000 entries), so at most one run is in memory.
  searchBodies(terms: readonly string[], limit?: number): Promise<string[]>;
}

const SCAN_RUN = 500;

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
      let after: string | null = null;
      while (ids.length < limit) {
        const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
        const run: StoredBody[] = await db.getAll(BODIES, range, SCAN_RUN);
        for (const body of run) {
          const text = body.text.toLowerCase();
          if (terms.every((term) => text.includes(term))) ids.push(body.id);
        }
        if (run.length < SCAN_RUN) break;
        after = run[run.length - 1]!.id;
      }
      return ids.slice(0, limit);
    },
  };
}
