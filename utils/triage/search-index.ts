import type { LogEntry } from '../schema/entry';
import { searchTokens } from './tokens';

// Full-text search over the log that answers while the journalist types, also at 100,000 entries.
// An inverted index (token → entry numbers) plus a sorted token list: every query word matches as a prefix
// ("interv" finds "interview"), all words must match. Entries are numbered internally; an edited entry gets a
// new number and its old one is marked dead, which keeps updates O(entry size) instead of rebuilding.

export function searchableText(entry: LogEntry): string {
  const r = entry.record;
  const contacts = r.contacts.flatMap((c) => [c.name, c.role, c.organization, ...c.emails, ...c.phones]);
  return [r.headline, r.summary, r.issuer, r.datelinePlace, ...contacts, entry.notes, ...entry.tags]
    .filter((v): v is string => !!v)
    .join('\n');
}

export class SearchIndex {
  private readonly postings = new Map<string, number[]>();
  private sortedTokens: string[] | null = null;
  private ids: string[] = [];
  private alive: boolean[] = [];
  private readonly docOf = new Map<string, number>();
  private stamps = new Uint32Array(0);
  private stamp = 0;

  constructor(entries: Iterable<LogEntry> = []) {
    for (const entry of entries) this.add(entry);
  }

  get size(): number {
    return this.docOf.size;
  }

  add(entry: LogEntry): void {
    this.remove(entry.id);
    const doc = this.ids.length;
    this.ids.push(entry.id);
    this.alive.push(true);
    this.docOf.set(entry.id, doc);
    for (const token of searchTokens(searchableText(entry))) {
      let list = this.postings.get(token);
      if (!list) {
        list = [];
        this.postings.set(token, list);
        this.sortedTokens = null;
      }
      // Documents are added in increasing order, so a repeated word of this entry is always the last posting.
      if (list[list.length - 1] !== doc) list.push(doc);
    }
  }

  remove(id: string): void {
    const doc = this.docOf.get(id);
    if (doc === undefined) return;
    this.alive[doc] = false;
    this.docOf.delete(id);
  }

  private tokens(): string[] {
    this.sortedTokens ??= [...this.postings.keys()].sort();
    return this.sortedTokens;
  }

  // All posting lists of tokens starting with `prefix`, found by binary search in the sorted token list.
  private listsForPrefix(prefix: string): number[][] {
    const tokens = this.tokens();
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const lists: number[][] = [];
    for (let i = lo; i < tokens.length && tokens[i]!.startsWith(prefix); i += 1) lists.push(this.postings.get(tokens[i]!)!);
    return lists;
  }

  private nextStamp(): number {
    if (this.stamps.length < this.ids.length) {
      const grown = new Uint32Array(Math.max(this.ids.length, this.stamps.length * 2, 1024));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  // The ids of matching entries, or null for an empty query (meaning "no search filter").
  search(query: string): Set<string> | null {
    const terms = [...new Set(searchTokens(query))];
    if (terms.length === 0) return null;
    const groups = terms
      .map((term) => this.listsForPrefix(term))
      .map((lists) => ({ lists, total: lists.reduce((n, l) => n + l.length, 0) }))
      .sort((a, b) => a.total - b.total);
    const first = groups[0]!;
    if (first.total === 0) return new Set();
    // Start from the rarest word, then keep only entries every other word also marks.
    let current: number[] = [];
    let mark = this.nextStamp();
    for (const list of first.lists) {
      for (const doc of list) {
        if (this.stamps[doc] !== mark && this.alive[doc]) {
          this.stamps[doc] = mark;
          current.push(doc);
        }
      }
    }
    for (const group of groups.slice(1)) {
      mark = this.nextStamp();
      for (const list of group.lists) for (const doc of list) this.stamps[doc] = mark;
      current = current.filter((doc) => this.stamps[doc] === mark);
      if (current.length === 0) break;
    }
    return new Set(current.map((doc) => this.ids[doc]!));
  }
}
