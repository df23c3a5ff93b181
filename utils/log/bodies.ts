import type { IDBPDatabase } from 'idb';
import type { StoredBody } from '../body/schema';
import { bodyQueryPrefixes } from '../body/terms';
import { BODIES, BODY_TERMS, type LogDb } from './open-db';
import { TERMS_INDEX } from './body-terms';

// Reading the bodies store (a release's kept text per entry id): one body for the detail view, the ids that have
// one (an import keeps a body the log already has unless the file's entry is newer), and search through the word
// index (body-terms.ts). Writes happen in the log store's own transactions, with the entry they belong to.

export interface BodyReader {
  getBody(id: string): Promise<StoredBody | null>;
  bodyIds(): Promise<Set<string>>;
  // Ids (ascending) of the entries whose release text has, for every word of `terms`, a word starting with it
  // (case and accents folded as in the log page's search): one key-range read of the word index per query word,
  // the answers intersected. No text is read.
  searchBodies(terms: readonly string[], limit?: number): Promise<string[]>;
}

// Every index key starting with `prefix`: IndexedDB compares strings by UTF-16 code unit, and no code unit sorts
// after U+FFFF.
function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

// Index keys read first for each query word. A word with fewer than `probe` is complete; a broader one ("rail", in
// every text) is not read in full when the complete words leave at most `verifyAt` candidates: their records are
// read instead and tested for the word, a request per candidate rather than a key per text holding the word.
export const SEARCH_TUNING = { probe: 2000, verifyAt: 200 };

export function readBodies(db: IDBPDatabase<LogDb>, { probe, verifyAt } = SEARCH_TUNING): BodyReader {
  return {
    async getBody(id) {
      return (await db.get(BODIES, id)) ?? null;
    },
    async bodyIds() {
      return new Set(await db.getAllKeys(BODIES));
    },
    async searchBodies(terms, limit = 5000) {
      const prefixes = bodyQueryPrefixes(terms);
      if (prefixes.length === 0) return [];
      const tx = db.transaction(BODY_TERMS, 'readonly');
      const index = tx.store.index(TERMS_INDEX);
      // The primary keys (entry ids) under each prefix; an entry with several words under one prefix comes once
      // per word, hence the sets.
      const probed = await Promise.all(prefixes.map((prefix) => index.getAllKeys(prefixRange(prefix), probe)));
      const complete = probed.flatMap((keys) => (keys.length < probe ? [new Set(keys)] : []));
      const broad = prefixes.filter((_, i) => probed[i]!.length >= probe);
      let ids: string[];
      if (complete.length > 0) {
        complete.sort((a, b) => a.size - b.size);
        const [fewest, ...others] = complete;
        ids = [...fewest!].filter((id) => others.every((set) => set.has(id)));
      } else {
        ids = [...new Set(await index.getAllKeys(prefixRange(broad.shift()!)))];
      }
      if (broad.length > 0 && ids.length <= verifyAt) {
        const records = await Promise.all(ids.map((id) => tx.store.get(id)));
        ids = ids.filter((_, i) => broad.every((prefix) => records[i]?.terms.some((term) => term.startsWith(prefix))));
      } else {
        for (const prefix of broad) {
          const holding = new Set(await index.getAllKeys(prefixRange(prefix)));
          ids = ids.filter((id) => holding.has(id));
        }
      }
      return ids.sort().slice(0, limit);
    },
  };
}
