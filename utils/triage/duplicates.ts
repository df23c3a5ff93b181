import type { LogEntry } from '../schema/entry';
import type { PressRelease } from '../schema/record';
import { normaliseUrl, releaseIds } from './release-ids';
import { wordTokens } from './tokens';

// The same release syndicated on a wire, the issuer's newsroom and an aggregator should become one log entry.
// Evidence, strongest first: the same page (URL or canonical URL), the same wire release id, and text
// similarity — headline word overlap (Jaccard) and lede overlap (word 3-shingles), which survive the small
// edits aggregators make ("(PRNewswire) —" prefixes, trimmed subtitles, changed punctuation).

export interface DuplicateMatch {
  id: string;
  score: number;
  reasons: string[];
}

export const HEADLINE_THRESHOLD = 0.75;
export const LEDE_THRESHOLD = 0.5;

// Short words carry no identity in a headline ("to", "de", "la") but dominate Jaccard on short titles.
function headlineSet(text: string | null): Set<string> {
  return new Set(wordTokens(text ?? '').filter((t) => t.length > 2 || /\d/.test(t)));
}

function shingleSet(text: string | null, size = 3): Set<string> {
  const words = wordTokens(text ?? '');
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i += 1) out.add(words.slice(i, i + size).join(' '));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function urlKeys(record: Pick<PressRelease, 'url' | 'canonicalUrl'>): Set<string> {
  return new Set([normaliseUrl(record.url), normaliseUrl(record.canonicalUrl)].filter((k): k is string => k !== null));
}

function idKeys(record: Pick<PressRelease, 'url' | 'canonicalUrl'>): Set<string> {
  return new Set([...releaseIds(record.url), ...releaseIds(record.canonicalUrl)]);
}

// What we precompute per entry so comparing one record against a large log stays cheap.
interface Fingerprint {
  urls: Set<string>;
  ids: Set<string>;
  headline: Set<string>;
  lede: Set<string>;
  issuer: string | null;
}

function fingerprint(record: PressRelease): Fingerprint {
  return {
    urls: urlKeys(record),
    ids: idKeys(record),
    headline: headlineSet(record.headline),
    lede: shingleSet(record.summary),
    issuer: record.issuer ? record.issuer.trim().toLowerCase() : null,
  };
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

export function compareRecords(a: Fingerprint, b: Fingerprint): Omit<DuplicateMatch, 'id'> | null {
  if (overlaps(a.urls, b.urls)) return { score: 1, reasons: ['Same page (URL or canonical URL)'] };
  if (overlaps(a.ids, b.ids)) return { score: 0.98, reasons: [`Same wire release id (${[...a.ids].find((id) => b.ids.has(id))})`] };
  const headline = jaccard(a.headline, b.headline);
  const lede = jaccard(a.lede, b.lede);
  // Different issuers publishing the same words is rare but real (joint releases); require more text then.
  const sameIssuer = a.issuer !== null && a.issuer === b.issuer;
  const reasons: string[] = [];
  if (headline >= HEADLINE_THRESHOLD) reasons.push(`Headlines ${Math.round(headline * 100)}% alike`);
  if (lede >= LEDE_THRESHOLD) reasons.push(`Ledes ${Math.round(lede * 100)}% alike`);
  const textDuplicate =
    (headline >= HEADLINE_THRESHOLD && (lede >= 0.3 || sameIssuer || a.lede.size === 0 || b.lede.size === 0)) ||
    (lede >= LEDE_THRESHOLD && (headline >= 0.4 || sameIssuer)) ||
    headline >= 0.95;
  if (!textDuplicate) return null;
  if (sameIssuer) reasons.push('Same issuer');
  return { score: Math.min(0.95, Math.max(headline, lede)), reasons };
}

// Entries of the log that look like the same release as `record`, best first.
export function findDuplicates(
  record: PressRelease,
  entries: readonly LogEntry[],
  options: { excludeId?: string; limit?: number } = {},
): DuplicateMatch[] {
  const target = fingerprint(record);
  const matches: DuplicateMatch[] = [];
  for (const entry of entries) {
    if (entry.deletedAt !== null || entry.id === options.excludeId) continue;
    const match = compareRecords(target, fingerprint(entry.record));
    if (match) matches.push({ id: entry.id, ...match });
  }
  matches.sort((a, b) => b.score - a.score);
  return matches.slice(0, options.limit ?? 10);
}

// The log page's duplicate finder: candidates come from shared keys (page URL, wire release id, and headline
// words that are not everywhere), so opening an entry in a 100,000-entry log compares it with a handful of entries
// instead of all of them. Fingerprints are computed on first use and cached. Known gap: a copy whose headline was
// rewritten (under 40 % of its rarer words shared) but whose lede is the same is found by findDuplicates() but not
// here.
const MAX_WORD_BUCKET = 500;

export class DuplicateIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly records = new Map<string, PressRelease>();
  private readonly prints = new Map<string, Fingerprint>();

  constructor(entries: Iterable<LogEntry> = []) {
    for (const entry of entries) this.add(entry);
  }

  private static keys(record: PressRelease): string[] {
    const keys: string[] = [];
    for (const url of urlKeys(record)) keys.push(`u:${url}`);
    for (const id of idKeys(record)) keys.push(`i:${id}`);
    for (const word of headlineSet(record.headline)) keys.push(`w:${word}`);
    return keys;
  }

  add(entry: LogEntry): void {
    this.remove(entry.id);
    if (entry.deletedAt !== null) return;
    this.records.set(entry.id, entry.record);
    for (const key of DuplicateIndex.keys(entry.record)) {
      const bucket = this.byKey.get(key);
      if (bucket) bucket.push(entry.id);
      else this.byKey.set(key, [entry.id]);
    }
  }

  // Stale ids left in key buckets are skipped on lookup (they are no longer in `records`, or point at a record
  // whose keys changed, which the comparison then rejects).
  remove(id: string): void {
    this.records.delete(id);
    this.prints.delete(id);
  }

  private print(id: string): Fingerprint | null {
    const record = this.records.get(id);
    if (!record) return null;
    let print = this.prints.get(id);
    if (!print) {
      print = fingerprint(record);
      this.prints.set(id, print);
    }
    return print;
  }

  private candidates(record: PressRelease): Set<string> {
    const out = new Set<string>();
    const words = new Map<string, number>();
    const headlineSize = headlineSet(record.headline).size;
    for (const key of DuplicateIndex.keys(record)) {
      const bucket = this.byKey.get(key);
      if (!bucket) continue;
      if (key.startsWith('u:') || key.startsWith('i:')) for (const id of bucket) out.add(id);
      else if (bucket.length <= MAX_WORD_BUCKET) {
        for (const id of bucket) words.set(id, (words.get(id) ?? 0) + 1);
      }
    }
    // A headline that is at least 40 % alike shares at least that share of its (rarer) words.
    const needed = Math.max(1, Math.floor(headlineSize * 0.4));
    for (const [id, shared] of words) if (shared >= needed) out.add(id);
    return out;
  }

  find(record: PressRelease, options: { excludeId?: string; limit?: number } = {}): DuplicateMatch[] {
    const target = fingerprint(record);
    const matches: DuplicateMatch[] = [];
    for (const id of this.candidates(record)) {
      if (id === options.excludeId) continue;
      const print = this.print(id);
      const match = print && compareRecords(target, print);
      if (match) matches.push({ id, ...match });
    }
    matches.sort((a, b) => b.score - a.score);
    return matches.slice(0, options.limit ?? 10);
  }

  // Groups of likely duplicates across the whole log, for the "possible duplicates" filter. `pause` is awaited
  // every `slice` entries so a page can stay responsive (and show progress) on a large log.
  async groupsInSlices(pause: (done: number) => Promise<void>, slice = 500): Promise<string[][]> {
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      let root = id;
      while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
      parent.set(id, root);
      return root;
    };
    const ids = [...this.records.keys()];
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i]!;
      const record = this.records.get(id);
      if (!record) continue;
      for (const match of this.find(record, { excludeId: id, limit: 50 })) {
        const a = find(id);
        const b = find(match.id);
        if (a !== b) parent.set(a, b);
      }
      if ((i + 1) % slice === 0) await pause((i + 1) / ids.length);
    }
    const groups = new Map<string, string[]>();
    for (const id of ids) {
      if (!this.records.has(id)) continue;
      const root = find(id);
      const group = groups.get(root);
      if (group) group.push(id);
      else groups.set(root, [id]);
    }
    return [...groups.values()].filter((g) => g.length > 1);
  }
}

export function duplicateGroups(entries: readonly LogEntry[]): Promise<string[][]> {
  return new DuplicateIndex(entries).groupsInSlices(async () => undefined);
}
