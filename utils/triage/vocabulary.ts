// The search index's word list: every distinct token gets a number, and the tokens are kept in sorted order so
// that all words starting with a typed prefix are one binary search away ("mil" → miller, milan, milk…).
//
// Tokens are looked up by a range of the entry's text (an open-addressing hash table over character codes, the
// hash computed while scanning for word boundaries), so the millions of repeated words in a large log never become
// strings of their own; only a new word is copied out. Measured on the bench's 100,000-entry log (9.4 million
// tokens, 305,000 distinct) in Node on a busy 2-core machine: tokenising to strings then a Map, 4.4 s; this, ~1 s.
//
// Words arrive while the index is built in slices and while the journalist types. Keeping one array sorted on
// every insert would move hundreds of thousands of entries per new word; new words wait in an unsorted list
// instead, which a prefix look-up scans as well, and are merged into the sorted one (one linear pass) once that
// list reaches a quarter of the sorted one, so merging costs O(n log n) over a whole build. Merging after every
// build slice instead was the largest single cost of building the index (0.8 s of 1.5 s at 30,000 entries).

import { isAscii, isAsciiWordCode, searchTokens } from './tokens';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

function sameRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i += 1) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

export class Vocabulary {
  readonly words: string[] = [];
  // Pairs (word id + 1, hash) per slot, 0 = empty; kept at most half full. The hash sits beside the id so that a
  // probe reads one place in memory before comparing characters.
  private table = new Int32Array(2 << 12);
  private sorted: number[] = [];
  private pending: number[] = [];

  get size(): number {
    return this.words.length;
  }

  // Calls visit with the number of every search token of text (utils/triage/tokens.ts searchTokens), in order.
  internWords(text: string, visit: (id: number) => void): void {
    // One scan decides the path: plain ASCII only needs lower case (fold() would test for non-ASCII again).
    if (!isAscii(text)) {
      for (const token of searchTokens(text)) visit(this.intern(token));
      return;
    }
    const folded = text.toLowerCase();
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= folded.length; i += 1) {
      const c = i < folded.length ? folded.charCodeAt(i) : 32;
      if (isAsciiWordCode(c)) {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ c, FNV_PRIME);
      } else if (start >= 0) {
        visit(this.lookup(folded, start, i, hash));
        start = -1;
      }
    }
  }

  intern(word: string): number {
    return this.lookup(word, 0, word.length, hashRange(word, 0, word.length));
  }

  // The number of the word text[start, end) with the given hash, adding it when new.
  private lookup(text: string, start: number, end: number, hash: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let at = hash & mask;
    for (;;) {
      const held = table[at << 1]!;
      if (held === 0) break;
      if (table[(at << 1) + 1] === hash && sameRange(this.words[held - 1]!, text, start, end)) return held - 1;
      at = (at + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(start === 0 && end === text.length ? text : text.slice(start, end));
    this.pending.push(id);
    table[at << 1] = id + 1;
    table[(at << 1) + 1] = hash;
    if (this.words.length * 4 > table.length) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let slot = 0; slot < old.length; slot += 2) {
      if (old[slot] === 0) continue;
      let at = old[slot + 1]! & mask;
      while (table[at << 1] !== 0) at = (at + 1) & mask;
      table[at << 1] = old[slot]!;
      table[(at << 1) + 1] = old[slot + 1]!;
    }
    this.table = table;
  }

  // Between build slices: merges the waiting words once they are many (see above); never on a keystroke.
  settle(): void {
    if (this.pending.length > Math.max(4096, this.sorted.length >> 2)) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const words = this.words;
    const fresh = this.pending.sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
    const old = this.sorted;
    const merged: number[] = new Array<number>(old.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < fresh.length) merged[k++] = words[old[i]!]! < words[fresh[j]!]! ? old[i++]! : fresh[j++]!;
    while (i < old.length) merged[k++] = old[i++]!;
    while (j < fresh.length) merged[k++] = fresh[j++]!;
    this.sorted = merged;
    this.pending = [];
  }

  // Calls visit with the number of every word that starts with prefix.
  withPrefix(prefix: string, visit: (id: number) => void): void {
    // Words added without a settle() in between (an index built outside the page's slices) are merged first.
    if (this.pending.length > Math.max(4096, this.sorted.length >> 2)) this.flush();
    const { sorted, words } = this;
    for (const id of this.pending) if (words[id]!.startsWith(prefix)) visit(id);
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[sorted[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let at = lo; at < sorted.length; at += 1) {
      const id = sorted[at]!;
      if (!words[id]!.startsWith(prefix)) break;
      visit(id);
    }
  }
}
