// The word index's postings (database version 6): for each import batch or sync pull (a "block") and each bucket of
// words sharing their first BUCKET_CHARS characters, one record holding those words and, per word, the ids of the
// block's texts that have it. Version 5 kept one multiEntry index entry per distinct word per text (~250 per text):
// Chromium wrote them at ~15 µs each, so the index was ~70% of an import's time (64 s for 10,000 texts against 24 s
// without it). A batch of 2,000 texts has ~30,000 distinct words but only a few hundred buckets, and a record costs
// about what an index entry does in bulk, so the same index is written in a few hundred records per batch
// (docs/design.md, "The release text"). A query word reads the buckets its prefix covers, in every block. A text saved
// alone is indexed on its own record instead (body-terms.ts).

export const BODY_POSTINGS = 'bodyPostings';
export const BUCKET_CHARS = 3;

export interface PostingsRecord {
  prefix: string;
  block: string;
  terms: string[];
  // ids[k]: the block's texts that have terms[k].
  ids: string[][];
}

export function bucketOf(term: string): string {
  return term.slice(0, BUCKET_CHARS);
}

// The postings of one block's texts (each id once; its words distinct, as bodyTerms gives them).
export function buildPostings(block: string, texts: ReadonlyArray<{ id: string; terms: readonly string[] }>): PostingsRecord[] {
  const buckets = new Map<string, Map<string, string[]>>();
  for (const { id, terms } of texts) {
    for (const term of terms) {
      const prefix = bucketOf(term);
      let bucket = buckets.get(prefix);
      if (!bucket) buckets.set(prefix, (bucket = new Map()));
      const ids = bucket.get(term);
      if (ids) ids.push(id);
      else bucket.set(term, [id]);
    }
  }
  return [...buckets].map(([prefix, bucket]) => ({ prefix, block, terms: [...bucket.keys()], ids: [...bucket.values()] }));
}

// The record without `gone`'s ids (and without the words left with none); null when nothing is left.
export function withoutIds(record: PostingsRecord, gone: ReadonlySet<string>): PostingsRecord | null {
  const terms: string[] = [];
  const ids: string[][] = [];
  record.terms.forEach((term, k) => {
    const kept = record.ids[k]!.filter((id) => !gone.has(id));
    if (kept.length === 0) return;
    terms.push(term);
    ids.push(kept);
  });
  return terms.length === 0 ? null : { ...record, terms, ids };
}

// The records' keys a query word reads: every bucket whose prefix starts with the word's first BUCKET_CHARS
// characters ("t" reads "t", "th", "the", "tra", …; "rail" reads "rai"), in every block. Keys are [prefix, block];
// an array key [p] sorts before every [p, block], and IndexedDB compares strings by UTF-16 code unit, none after U+FFFF.
export function bucketRange(word: string): [lower: [string], upper: [string]] {
  const prefix = bucketOf(word);
  return [[prefix], [`${prefix}\uffff`]];
}

// The ids of `record` whose words start with `word`.
export function idsStartingWith(record: PostingsRecord, word: string, into: Set<string>): void {
  record.terms.forEach((term, k) => {
    if (term.startsWith(word)) for (const id of record.ids[k]!) into.add(id);
  });
}
