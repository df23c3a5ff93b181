// Which documents hold a word starting with each one- or two-character ASCII prefix, as bit sets.
//
// The first keys of a search are the expensive ones for an inverted index: "b" covers a tenth of all words, so
// answering it means walking hundreds of thousands of postings (38 ms for "b" and 34 ms for "ba" at 100,000
// entries in the bench, the slowest keys of a query). With a bit set per short prefix, kept up to date as entries
// are indexed, those keys read 100,000 bits instead (a few hundred microseconds), and a short word later in a
// query ("acme b") is one bit test per candidate. About 12 KB per prefix present at 100,000 entries.

const TWO_CHAR_BASE = 128;
const KEYS = TWO_CHAR_BASE + 128 * 128;

function keyOf(word: string): number {
  const first = word.charCodeAt(0);
  if (word.length === 1) return first < 128 ? first : -1;
  const second = word.charCodeAt(1);
  return first < 128 && second < 128 ? TWO_CHAR_BASE + first * 128 + second : -1;
}

export class ShortPrefixBits {
  private readonly sets: Array<Uint32Array | undefined> = new Array<Uint32Array | undefined>(KEYS);
  // 32-bit words per set: room for 32 × this many documents.
  private width = 256;

  // Records that doc holds word (already folded).
  mark(word: string, doc: number): void {
    if (word.length === 0) return;
    if (doc >>> 5 >= this.width) this.grow(doc);
    const first = word.charCodeAt(0);
    if (first >= 128) return;
    this.set(first, doc);
    if (word.length < 2) return;
    const second = word.charCodeAt(1);
    if (second < 128) this.set(TWO_CHAR_BASE + first * 128 + second, doc);
  }

  // The bit set of a one- or two-character term: an empty set when no document has it, null when the term is
  // longer or not ASCII (the posting lists answer those).
  lookup(term: string): Uint32Array | null {
    if (term.length === 0 || term.length > 2) return null;
    const key = keyOf(term);
    if (key < 0) return null;
    return this.sets[key] ?? new Uint32Array(0);
  }

  private set(key: number, doc: number): void {
    if (key < 0) return;
    let bits = this.sets[key];
    if (!bits) bits = this.sets[key] = new Uint32Array(this.width);
    bits[doc >>> 5]! |= 1 << (doc & 31);
  }

  private grow(doc: number): void {
    this.width = Math.max(this.width * 2, (doc >>> 5) + 1);
    for (let key = 0; key < KEYS; key += 1) {
      const old = this.sets[key];
      if (!old) continue;
      const bits = new Uint32Array(this.width);
      bits.set(old);
      this.sets[key] = bits;
    }
  }
}
