import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { StoredBody } from '../body/schema';
import { bodyQueryPrefixes } from '../body/terms';
import { BODIES, BODY_POSTINGS, BODY_TERMS, type LogDb } from './open-db';
import { bucketRange, idsStartingWith } from './body-postings';
import { FRESH_INDEX } from './body-terms';

// Reading the bodies store (a release's kept text per entry id): one body for the detail view, the ids that have
// one (an import keeps a body the log already has unless the file's entry is newer), and search through the word
// index (body-terms.ts). Writes happen in the log store's own transactions, with the entry they belong to.

// The ids whose release text matches a query, and whether that is every one: a query of broad words only is
// answered from a bounded part of the index (below), so it is fast at any log size but may be a part of the
// matches; the log page then says so and asks for another word.
export interface BodySearchAnswer {
  ids: string[];
  complete: boolean;
}

export interface BodyReader {
  getBody(id: string): Promise<StoredBody | null>;
  bodyIds(): Promise<Set<string>>;
  // Ids (ascending) of the entries whose release text has, for every word of `terms`, a word starting with it
  // (case and accents folded as in the log page's search): key-range reads of the word index's postings, the
  // answers intersected. No text is read.
  searchBodies(terms: readonly string[], limit?: number): Promise<BodySearchAnswer>;
}

type Tx = IDBPTransaction<LogDb, ['bodyPostings', 'bodyTerms'], 'readonly'>;

// Every key of the fresh index (texts saved alone, body-terms.ts) starting with `prefix`: IndexedDB compares strings
// by UTF-16 code unit, and no code unit sorts after U+FFFF.
function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

// The ids of the texts having a word that starts with `word`: those saved alone from the fresh index's keys, then
// those of the blocks bucket record by bucket record (body-postings.ts), until there are `probe` of them; complete
// when everything was read first. The records are read in runs that double: a broad word has its probe's worth in the
// first record of an import's block of 2,000, a word of middling spread may need many blocks' records.
async function idsOf(tx: Tx, word: string, probe: number): Promise<{ ids: Set<string>; complete: boolean }> {
  const ids = new Set(await tx.objectStore(BODY_TERMS).index(FRESH_INDEX).getAllKeys(prefixRange(word), probe));
  if (ids.size >= probe) return { ids, complete: false };
  const postings = tx.objectStore(BODY_POSTINGS);
  const [lower, upper] = bucketRange(word);
  let from: IDBValidKey = lower;
  let open = false;
  for (let count = FIRST_RUN; ; count = Math.min(count * 2, LONGEST_RUN)) {
    const run = await postings.getAll(IDBKeyRange.bound(from, upper, open), count);
    for (const record of run) {
      idsStartingWith(record, word, ids);
      if (ids.size >= probe) return { ids: new Set([...ids].slice(0, probe)), complete: false };
    }
    if (run.length < count) return { ids, complete: true };
    const last = run[run.length - 1]!;
    from = [last.prefix, last.block];
    open = true;
  }
}

const FIRST_RUN = 8;
const LONGEST_RUN = 1024;

// Ids read for each query word. A word found in fewer than `probe` texts is complete and its set of ids exact;
// a broader one ("rail", in every text) is never read in full, since reading one key per text holding it took
// 0.4–2 s at 10,000 entries and grows with the log. Instead the exact words' candidates (or, when every word is
// broad, the first word's `probe` ids) are tested for the broad words on their terms records, at most `verifyAt`
// of them: the work is bounded whatever the log's size, and the answer is marked incomplete when ids were left
// unread or candidates untested. 500 and 50 rather than 2,000 and 200: at 30,000 entries a word in every text took
// 5.5 ms instead of 17 ms in the page, two such words 20 ms instead of 82 ms (docs/measuring.md).
export const SEARCH_TUNING = { probe: 500, verifyAt: 50 };

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
      if (prefixes.length === 0) return { ids: [], complete: true };
      // One snapshot for the whole query.
      const tx = db.transaction([BODY_POSTINGS, BODY_TERMS], 'readonly');
      // The ids under each word; an entry with several words under one prefix comes once.
      const probed = await Promise.all(prefixes.map((prefix) => idsOf(tx, prefix, probe)));
      const exact = probed.flatMap((found) => (found.complete ? [found.ids] : []));
      const broad = prefixes.filter((_, i) => !probed[i]!.complete);
      let ids: string[];
      let complete = true;
      if (exact.length > 0) {
        exact.sort((a, b) => a.size - b.size);
        const [fewest, ...others] = exact;
        ids = [...fewest!].filter((id) => others.every((set) => set.has(id)));
      } else {
        // Every word is broad: the first one's keys read so far stand for its matches.
        ids = [...probed[prefixes.indexOf(broad.shift()!)]!.ids];
        complete = false;
      }
      if (broad.length > 0) {
        if (ids.length > verifyAt) complete = false;
        const tested = ids.slice(0, verifyAt);
        const termsStore = tx.objectStore(BODY_TERMS);
        const records = await Promise.all(tested.map((id) => termsStore.get(id)));
        ids = tested.filter((_, i) => broad.every((prefix) => records[i]?.terms.some((term) => term.startsWith(prefix))));
      }
      ids.sort();
      return { ids: ids.slice(0, limit), complete: complete && ids.length <= limit };
    },
  };
}
