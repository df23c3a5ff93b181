import { bodyTerms } from '../body/terms';
import type { StoredBody } from '../body/schema';
import { BODY_POSTINGS, bucketOf, buildPostings, withoutIds, type PostingsRecord } from './body-postings';

// The word index of the release texts: per body, its entry id and the distinct words of its text (utils/body/terms.ts),
// and where a query finds them: the block of postings they were written in with the rest of an import batch
// (body-postings.ts), or, for a text saved alone, the record's own multiEntry index. The record is what a search tests
// a broad word on and what a replaced or deleted text's postings are found by. A save, an import or a deletion writes
// them in the transaction of the body they belong to (store.ts, rewriteWords below).

export const BODY_TERMS = 'bodyTerms';

export interface BodyTermsRecord {
  id: string;
  terms: string[];
  // The block of postings holding the words (an import batch's, a sync round's); absent for a text saved alone.
  block?: string;
  // A text saved alone: its words again, indexed (FRESH_INDEX, multiEntry) instead of written into postings.
  fresh?: string[];
}

export const FRESH_INDEX = 'fresh';

export function termsRecord(body: Pick<StoredBody, 'id' | 'text'>): BodyTermsRecord {
  return { id: body.id, terms: bodyTerms(body.text) };
}

// A block per import batch or sync pull: random, so two never share a record key.
export const newBlock = (): string => crypto.randomUUID();

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

// Up to this many texts a write indexes each text's words on its own record (`fresh`, a multiEntry index: ~250 index
// entries, ~4 ms for one text); more (an import batch, a sync round's pull) get a block of postings. Postings for a
// single save cost a read and a write of ~200 bucket records: 102 ms a save against 13–20 ms, and a block per save
// made a log of single clips read a record per text for a word of middling spread (212 ms instead of 9 ms at 5,000
// texts; docs/measuring.md).
const SMALL_WRITE = 20;

// Inside a readwrite transaction over BODY_TERMS and BODY_POSTINGS: the words of `write` replace whatever those ids
// had, and `remove`'s words go (an id in both is removed). Only IDB requests are awaited, so the transaction stays
// active and the words are written or dropped with the rest of it. A replaced or removed text that was in a block
// has its buckets written again without its id (found by its block); one indexed on its own record needs nothing
// more than the record's replacement or deletion.
export async function rewriteWords(tx: IDBTransaction, write: ReadonlyArray<Pick<StoredBody, 'id' | 'text'>>, remove: readonly string[]): Promise<void> {
  const termsStore = tx.objectStore(BODY_TERMS);
  const postings = tx.objectStore(BODY_POSTINGS);
  const removed = new Set(remove);
  const written = new Map<string, Pick<StoredBody, 'id' | 'text'>>();
  for (const body of write) if (!removed.has(body.id)) written.set(body.id, body);
  const touched = [...removed, ...written.keys()];
  if (touched.length === 0) return;
  // A large batch asks once which ids have words, instead of once per id.
  const stored = touched.length > 50 ? new Set((await request(termsStore.getAllKeys())) as string[]) : null;
  const old = await Promise.all(touched.filter((id) => stored?.has(id) ?? true).map((id) => request(termsStore.get(id) as IDBRequest<BodyTermsRecord | undefined>)));
  const gone = new Map<string, { key: [string, string]; ids: Set<string> }>();
  for (const record of old) {
    if (record?.block === undefined) continue;
    for (const prefix of new Set(record.terms.map(bucketOf))) {
      const name = `${prefix}\u0000${record.block}`;
      const entry = gone.get(name) ?? { key: [prefix, record.block] as [string, string], ids: new Set<string>() };
      entry.ids.add(record.id);
      gone.set(name, entry);
    }
  }
  for (const id of removed) termsStore.delete(id);
  if (written.size > 0 && written.size <= SMALL_WRITE) {
    for (const body of written.values()) {
      const record = termsRecord(body);
      termsStore.put({ ...record, fresh: record.terms });
    }
  } else if (written.size > 0) {
    const block = newBlock();
    const records = [...written.values()].map((body) => ({ ...termsRecord(body), block }));
    for (const record of records) termsStore.put(record);
    for (const record of buildPostings(block, records)) postings.put(record);
  }
  const list = [...gone.values()];
  const buckets = await Promise.all(list.map(({ key }) => request(postings.get(key) as IDBRequest<PostingsRecord | undefined>)));
  list.forEach(({ key, ids }, i) => {
    const bucket = buckets[i];
    const kept = bucket ? withoutIds(bucket, ids) : null;
    if (kept) postings.put(kept);
    else postings.delete(key);
  });
}

// Texts read per request while an upgrade builds the index, and the block they are written in: a run at a time, so
// a 100,000-entry log never has all its texts in memory at once.
const BUILD_RUN = 1000;

// Inside the upgrade's versionchange transaction: the postings store, and the terms store where missing; then every
// stored text's words, from version 5's terms records (their multiEntry index dropped) or, coming from version 4,
// from the bodies. Only IDB requests and their callbacks run, so the transaction stays active and the build is all
// or nothing with the rest of the upgrade.
export function createWordIndex(db: IDBDatabase, upgrade: IDBTransaction | null, bodiesStore: string, hadBodies: boolean): void {
  const hadTerms = db.objectStoreNames.contains(BODY_TERMS);
  const postings = db.createObjectStore(BODY_POSTINGS, { keyPath: ['prefix', 'block'] });
  const termsStore = hadTerms ? upgrade?.objectStore(BODY_TERMS) : db.createObjectStore(BODY_TERMS, { keyPath: 'id' });
  if (!termsStore || !upgrade) return;
  // Version 5's index of every word of every text: the postings replace it, and only texts saved alone are indexed.
  if (termsStore.indexNames.contains('terms')) termsStore.deleteIndex('terms');
  termsStore.createIndex(FRESH_INDEX, FRESH_INDEX, { multiEntry: true });
  if (!hadTerms && !hadBodies) return;
  const source = hadTerms ? termsStore : upgrade.objectStore(bodiesStore);
  const readRun = (after: string | null) => {
    const run = source.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), BUILD_RUN);
    run.onsuccess = () => {
      const found = run.result as Array<BodyTermsRecord | StoredBody>;
      const block = newBlock();
      const records = found.map((item) => ({ ...('terms' in item ? { id: item.id, terms: item.terms } : termsRecord(item)), block }));
      for (const record of records) termsStore.put(record);
      for (const record of buildPostings(block, records)) postings.put(record);
      if (found.length === BUILD_RUN) readRun(found[found.length - 1]!.id);
    };
  };
  readRun(null);
}
