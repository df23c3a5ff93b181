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

// Groups of likely duplicates across the whole log, for the "possible duplicates" view. Candidate pairs come from
// shared keys (URL, release id, rare headline words), so the log is not compared pair by pair.
export function duplicateGroups(entries: readonly LogEntry[]): string[][] {
  const live = entries.filter((e) => e.deletedAt === null);
  const prints = live.map((e) => fingerprint(e.record));
  const buckets = new Map<string, number[]>();
  const put = (key: string, i: number) => {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  };
  prints.forEach((p, i) => {
    for (const url of p.urls) put(`u:${url}`, i);
    for (const id of p.ids) put(`i:${id}`, i);
    for (const word of p.headline) put(`w:${word}`, i);
  });
  const parent = live.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const compared = new Set<string>();
  // Words shared by very many entries ("announces", "2026") identify nothing; skip those buckets.
  const maxBucket = Math.max(50, Math.ceil(Math.sqrt(live.length)));
  for (const [key, bucket] of buckets) {
    if (bucket.length < 2 || (key.startsWith('w:') && bucket.length > maxBucket)) continue;
    for (let x = 0; x < bucket.length; x += 1) {
      for (let y = x + 1; y < bucket.length; y += 1) {
        const a = bucket[x]!;
        const b = bucket[y]!;
        const pair = a < b ? `${a},${b}` : `${b},${a}`;
        if (compared.has(pair) || find(a) === find(b)) continue;
        compared.add(pair);
        if (compareRecords(prints[a]!, prints[b]!)) parent[find(a)] = find(b);
      }
    }
  }
  const groups = new Map<number, string[]>();
  live.forEach((entry, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(entry.id);
    else groups.set(root, [entry.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
