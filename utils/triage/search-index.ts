import type { LogEntry } from '../schema/entry';
import { searchTokens } from './tokens';
import { DocBitSets, FREQUENT } from './doc-bit-sets';
import { Vocabulary } from './vocabulary';

// Word-start search over the log that answers while the journalist types, also at 100,000 entries.
// A query matches an entry when every query word starts a word of the entry's headline, summary, issuer, dateline,
// contacts (names, roles, organisations, emails, phones), notes or tags, case and accents folded: "mil" finds
// Miller but not "family", "mül" finds Müller, "eva.schulz@mue" finds eva.schulz@mueller.example.
//
// An inverted index: each distinct token (utils/triage/vocabulary.ts, sorted for prefix look-ups) has the list of
// documents holding it. A keystroke looks up the words its prefix covers and intersects their lists, cheapest term
// first, instead of scanning every entry's text (the scan this replaces cost 30–95 ms a key at 100,000 entries).
// Broad terms are answered from bit sets of documents instead (utils/triage/doc-bit-sets.ts): one- and two-
// character prefixes, and frequent tokens within a longer prefix.
// Typing forward narrows: when every word of the previous query is the prefix of a word of the new one, only the
// previous matches are candidates.
//
// Entries are addressed by a slot: a small number per entry id, stable across edits, so the page can keep the
// slots of its sorted rows and test a match with one array read instead of a Set of 100,000 id strings. An edit
// adds the entry again as a new document and retires the old one (its postings are skipped, not rewritten).

// Calls visit with every searchable field of an entry; fields are tokenised one by one (no joined copy of the
// whole entry, which at 100,000 entries was 50 MB of short-lived strings for the garbage collector).
export function forEachSearchableField(entry: LogEntry, visit: (text: string) => void): void {
  const r = entry.record;
  for (const text of [r.headline, r.summary, r.issuer, r.datelinePlace, entry.notes]) if (text) visit(text);
  for (const c of r.contacts) {
    for (const text of [c.name, c.role, c.organization]) if (text) visit(text);
    for (const text of c.emails) visit(text);
    for (const text of c.phones) visit(text);
  }
  for (const tag of entry.tags) visit(tag);
}

export interface SearchMatches {
  // bits[slot] is 1 for every matching entry (slots from SearchIndex.slotOf); slots added later read as undefined.
  readonly bits: Uint8Array;
  readonly count: number;
}

// The words of a query as index terms. A term that is the prefix of another adds nothing ("acm acme": any entry
// with a word starting "acme" has one starting "acm"), so it is dropped.
export function queryTerms(query: string): string[] {
  const unique = [...new Set(searchTokens(query))];
  return unique.filter((term) => !unique.some((other) => other !== term && other.startsWith(term)));
}

// How a query term is answered: the posting lists of the rare words it starts, the bit sets of the frequent ones
// (or of a short prefix), and an estimate of how many documents that is.
interface Plan {
  lists: number[][];
  sets: Uint32Array[];
  cost: number;
}

// An answer so far: a list of documents (selective queries) or a bit set of them (broad ones).
type Found = { docs: number[]; bits?: undefined } | { bits: Uint32Array; docs?: undefined };

export class SearchIndex {
  private readonly vocab = new Vocabulary();
  private readonly sets = new DocBitSets();
  // Token id → the documents holding it, ascending (documents are numbered in the order they were added).
  private readonly postings: number[][] = [];
  private readonly docSlot: number[] = [];
  // Slot → its live document, or -1 when the entry is not (or no longer) indexed.
  private readonly slotDoc: number[] = [];
  private readonly slotIds: string[] = [];
  private readonly slots = new Map<string, number>();
  private live = 0;
  // Scratch for intersections: stamp[doc] === generation marks a document seen in the current pass.
  private stamp = new Int32Array(1024);
  private generation = 0;
  // The last query and its matching documents, for narrowing while the journalist types on.
  private last: { terms: string[]; found: Found } | null = null;

  constructor(entries: Iterable<LogEntry> = []) {
    for (const entry of entries) this.add(entry);
  }

  // Entries indexed now.
  get size(): number {
    return this.live;
  }

  // The slot of an entry id, reserved on first use (an entry not indexed yet never matches).
  slotOf(id: string): number {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.slotIds.length;
      this.slots.set(id, slot);
      this.slotIds.push(id);
      this.slotDoc.push(-1);
    }
    return slot;
  }

  has(id: string): boolean {
    const slot = this.slots.get(id);
    return slot !== undefined && this.slotDoc[slot]! >= 0;
  }

  add(entry: LogEntry): void {
    const slot = this.slotOf(entry.id);
    if (this.slotDoc[slot]! < 0) this.live += 1;
    const doc = this.docSlot.length;
    this.docSlot.push(slot);
    this.slotDoc[slot] = doc;
    const onToken = (id: number) => {
      const list = this.postings[id];
      if (list === undefined) this.postings[id] = [doc];
      // Documents arrive in ascending order, so a token repeated within one entry is the list's last element.
      else if (list[list.length - 1] !== doc) {
        list.push(doc);
        if (list.length > FREQUENT) this.sets.markToken(id, doc);
        else if (list.length === FREQUENT) this.sets.promote(id, list);
      } else return;
      this.sets.markPrefixes(this.vocab.words[id]!, doc);
    };
    forEachSearchableField(entry, (text) => this.vocab.internWords(text, onToken));
    this.last = null;
  }

  // Work to do between slices of a build rather than on the next keystroke.
  settle(): void {
    this.vocab.settle();
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined || this.slotDoc[slot]! < 0) return;
    this.slotDoc[slot] = -1;
    this.live -= 1;
    this.last = null;
  }

  private isLive(doc: number): boolean {
    return this.slotDoc[this.docSlot[doc]!] === doc;
  }

  private nextGeneration(): number {
    if (this.stamp.length < this.docSlot.length) {
      const grown = new Int32Array(Math.max(this.docSlot.length, this.stamp.length * 2));
      grown.set(this.stamp);
      this.stamp = grown;
    }
    this.generation += 1;
    return this.generation;
  }

  // What answers a term: its short prefix's bit set, or the postings of the rare tokens it starts and the bit
  // sets of the frequent ones.
  private planFor(term: string): Plan {
    const short = this.sets.prefix(term);
    if (short) return { lists: [], sets: [short], cost: Number.MAX_SAFE_INTEGER };
    const plan: Plan = { lists: [], sets: [], cost: 0 };
    this.vocab.withPrefix(term, (id) => {
      const list = this.postings[id]!;
      const set = this.sets.token(id);
      if (set) plan.sets.push(set);
      else plan.lists.push(list);
      plan.cost += list.length;
    });
    return plan;
  }

  // Calls visit with every live document whose bit is set.
  private forEachDoc(bits: Uint32Array, visit: (doc: number) => void): void {
    for (let w = 0; w < bits.length; w += 1) {
      let word = bits[w]!;
      while (word !== 0) {
        const low = word & -word;
        const doc = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
        if (this.isLive(doc)) visit(doc);
      }
    }
  }

  // Every document of a plan as a bit set: its sets ORed, its postings set bit by bit.
  private planBits(plan: Plan): Uint32Array {
    const bits = new Uint32Array(this.sets.width);
    for (const set of plan.sets) for (let w = 0; w < set.length; w += 1) bits[w]! |= set[w]!;
    for (const list of plan.lists) for (const doc of list) bits[doc >>> 5]! |= 1 << (doc & 31);
    return bits;
  }

  // The live documents of a plan as a list (a selective plan: postings only).
  private planDocs(plan: Plan): number[] {
    const gen = this.nextGeneration();
    const stamp = this.stamp;
    const docs: number[] = [];
    for (const list of plan.lists) {
      for (const doc of list) {
        if (stamp[doc] === gen) continue;
        stamp[doc] = gen;
        if (this.isLive(doc)) docs.push(doc);
      }
    }
    return docs;
  }

  // The candidates that a plan also matches.
  private keep(docs: readonly number[], plan: Plan): number[] {
    const gen = this.nextGeneration();
    const stamp = this.stamp;
    for (const list of plan.lists) for (const doc of list) stamp[doc] = gen;
    const sets = plan.sets;
    return docs.filter((doc) => {
      if (stamp[doc] === gen) return true;
      for (const set of sets) if (((set[doc >>> 5] ?? 0) >>> (doc & 31)) & 1) return true;
      return false;
    });
  }

  // The previous answer is a superset of this query's when every previous term starts some term of this one
  // ("rot" → "rotter", "acme" → "acme plant"); the index must not have changed since.
  private candidates(terms: readonly string[]): Found | null {
    const last = this.last;
    if (!last) return null;
    return last.terms.every((old) => terms.some((term) => term.startsWith(old))) ? last.found : null;
  }

  // The matching documents of a query; null for an empty query (nothing filtered out). Terms go cheapest first;
  // a broad answer stays a bit set (ANDed word by word), a selective one a list (filtered by each further term).
  private answer(query: string): Found | null {
    const terms = queryTerms(query);
    if (terms.length === 0) return null;
    const plans = terms.map((term) => this.planFor(term)).sort((a, b) => a.cost - b.cost);
    let found = this.candidates(terms);
    for (const plan of plans) {
      if (found === null) {
        found = plan.sets.length > 0 ? { bits: this.planBits(plan) } : { docs: this.planDocs(plan) };
      } else if (found.docs) {
        if (found.docs.length === 0) break;
        found = { docs: this.keep(found.docs, plan) };
      } else {
        const mine = this.planBits(plan);
        const bits = new Uint32Array(mine.length);
        for (let w = 0; w < bits.length; w += 1) bits[w] = mine[w]! & (found.bits[w] ?? 0);
        found = { bits };
      }
    }
    this.last = { terms, found: found! };
    return found;
  }

  private forEachFound(found: Found, visit: (doc: number) => void): void {
    if (found.docs) found.docs.forEach((doc) => visit(doc));
    else this.forEachDoc(found.bits, visit);
  }

  search(query: string): SearchMatches | null {
    const found = this.answer(query);
    if (found === null) return null;
    const bits = new Uint8Array(this.slotIds.length);
    let count = 0;
    this.forEachFound(found, (doc) => {
      bits[this.docSlot[doc]!] = 1;
      count += 1;
    });
    return { bits, count };
  }

  // The ids of the matching entries, or null for an empty query (for tests and callers without slots).
  matchingIds(query: string): string[] | null {
    const found = this.answer(query);
    if (found === null) return null;
    const ids: string[] = [];
    this.forEachFound(found, (doc) => void ids.push(this.slotIds[this.docSlot[doc]!]!));
    return ids;
  }
}
