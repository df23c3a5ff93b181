// Bit sets of documents for the search index's broad terms, where a list of postings is the slow form:
//  - every one- and two-character ASCII prefix ("b", "ba"): the first keys of a query, which cover a large share
//    of all words (walking their postings took 38 ms for "b" and 34 ms for "ba" at 100,000 entries);
//  - every frequent token (held by at least FREQUENT documents: "press", a contact name on every entry), so a
//    query word covering such tokens ORs a few thousand 32-bit words instead of walking 100,000 postings, and a
//    candidate is tested with one bit read.
// About 12 KB per set at 100,000 documents; all sets share one width and grow together.

export const FREQUENT = 2048;

const TWO_CHAR_BASE = 128;
const SHORT_KEYS = TWO_CHAR_BASE + 128 * 128;

function shortKey(term: string): number {
  const first = term.charCodeAt(0);
  if (term.length === 1) return first < 128 ? first : -1;
  const second = term.charCodeAt(1);
  return first < 128 && second < 128 ? TWO_CHAR_BASE + first * 128 + second : -1;
}

export class DocBitSets {
  private readonly short: Array<Uint32Array | undefined> = new Array<Uint32Array | undefined>(SHORT_KEYS);
  private readonly frequent = new Map<number, Uint32Array>();
  // 32-bit words per set: room for 32 × this many documents.
  width = 256;

  // Records that doc holds word (folded), for the word's one- and two-character prefixes.
  markPrefixes(word: string, doc: number): void {
    if (word.length === 0) return;
    this.fit(doc);
    const first = word.charCodeAt(0);
    if (first >= 128) return;
    this.setBit(this.shortSet(first), doc);
    if (word.length < 2) return;
    const second = word.charCodeAt(1);
    if (second < 128) this.setBit(this.shortSet(TWO_CHAR_BASE + first * 128 + second), doc);
  }

  // The set of a one- or two-character term: empty when no document has it, null when the term is longer or not
  // ASCII (postings answer those).
  prefix(term: string): Uint32Array | null {
    if (term.length === 0 || term.length > 2) return null;
    const key = shortKey(term);
    if (key < 0) return null;
    return this.short[key] ?? new Uint32Array(0);
  }

  // A token's set once it is frequent.
  token(id: number): Uint32Array | undefined {
    return this.frequent.get(id);
  }

  // Makes a token frequent from its postings so far; later documents are added with markToken.
  promote(id: number, docs: readonly number[]): void {
    // Postings are ascending: the last one decides the width.
    if (docs.length > 0) this.fit(docs[docs.length - 1]!);
    const bits = new Uint32Array(this.width);
    for (const doc of docs) this.setBit(bits, doc);
    this.frequent.set(id, bits);
  }

  markToken(id: number, doc: number): void {
    this.fit(doc);
    this.setBit(this.frequent.get(id)!, doc);
  }

  private shortSet(key: number): Uint32Array {
    let bits = this.short[key];
    if (!bits) bits = this.short[key] = new Uint32Array(this.width);
    return bits;
  }

  private setBit(bits: Uint32Array, doc: number): void {
    bits[doc >>> 5]! |= 1 << (doc & 31);
  }

  private widen(old: Uint32Array): Uint32Array {
    const bits = new Uint32Array(this.width);
    bits.set(old);
    return bits;
  }

  private fit(doc: number): void {
    if (doc >>> 5 < this.width) return;
    this.width = Math.max(this.width * 2, (doc >>> 5) + 1);
    for (let key = 0; key < SHORT_KEYS; key += 1) {
      const old = this.short[key];
      if (old) this.short[key] = this.widen(old);
    }
    for (const [id, old] of this.frequent) this.frequent.set(id, this.widen(old));
  }
}
