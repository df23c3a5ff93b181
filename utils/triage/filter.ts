import { ENTRY_STATUSES, PRIORITIES, type EntryStatus, type LogEntry } from '../schema/entry';
import { embargoState } from './embargo';
import { isFollowUpDue } from './follow-up';
import { matchesHolder, type HolderFilter } from '../log/assignment';

// The log table's filters and sort orders, as plain functions over entries.

export interface TriageFilter {
  statuses?: ReadonlySet<EntryStatus>;
  tag?: string | null;
  issuer?: string | null;
  language?: string | null;
  embargoActive?: boolean;
  followUpDue?: boolean;
  // Mine / unassigned / everyone's on a shared desk (utils/log/assignment.ts); `me` is this journalist's name.
  holder?: { filter: HolderFilter; me: string | null };
  // Ids from the search index; null or undefined means "no search".
  matches?: ReadonlySet<string> | null;
}

// Languages are compared by their primary subtag: a filter for "de" shows "de-AT" too.
function primaryLanguage(tag: string | null): string | null {
  return tag ? (tag.toLowerCase().split('-')[0] ?? null) : null;
}

export function matchesFilter(entry: LogEntry, filter: TriageFilter, now: Date): boolean {
  if (entry.deletedAt !== null) return false;
  if (filter.matches && !filter.matches.has(entry.id)) return false;
  if (filter.statuses && filter.statuses.size > 0 && !filter.statuses.has(entry.status)) return false;
  if (filter.tag && !entry.tags.includes(filter.tag)) return false;
  if (filter.issuer && (entry.record.issuer ?? '').toLowerCase() !== filter.issuer.toLowerCase()) return false;
  if (filter.language && primaryLanguage(entry.record.language) !== primaryLanguage(filter.language)) return false;
  if (filter.embargoActive && embargoState(entry.record, now).kind !== 'active') return false;
  if (filter.followUpDue && !isFollowUpDue(entry, now)) return false;
  if (filter.holder && !matchesHolder(entry, filter.holder.filter, filter.holder.me)) return false;
  return true;
}

// Whether any filter besides the search matches is set: with none, the page shows its sorted list as it is
// instead of testing 100,000 entries against nothing.
export function filtersAnything(filter: TriageFilter): boolean {
  return (
    (!!filter.statuses && filter.statuses.size > 0) ||
    !!filter.tag ||
    !!filter.issuer ||
    !!filter.language ||
    !!filter.embargoActive ||
    !!filter.followUpDue ||
    (!!filter.holder && filter.holder.filter !== 'everyone')
  );
}

export function filterEntries(entries: readonly LogEntry[], filter: TriageFilter, now: Date): LogEntry[] {
  return entries.filter((entry) => matchesFilter(entry, filter, now));
}

export const SORT_KEYS = ['date', 'priority', 'deadline', 'status', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

// Sort values are computed once per entry, not in every comparison: this is what keeps a 100,000-row sort quick.
function sortValue(entry: LogEntry, key: SortKey): string | number {
  switch (key) {
    case 'date':
      return entry.record.releaseDate ?? entry.createdAt.slice(0, 10);
    case 'priority':
      return PRIORITIES.indexOf(entry.priority);
    case 'deadline':
      // Entries without a deadline go last when sorting by soonest deadline.
      return entry.deadline ?? '9999-12-31';
    case 'status':
      return ENTRY_STATUSES.indexOf(entry.status);
    case 'updated':
      return entry.updatedAt;
  }
}

function compareKeyed(a: { value: string | number; tie: string }, b: { value: string | number; tie: string }, direction: number): number {
  if (a.value !== b.value) return (a.value < b.value ? -1 : 1) * direction;
  // Ties: most recently touched first, whatever the direction.
  return a.tie < b.tie ? 1 : a.tie > b.tie ? -1 : 0;
}

export function sortEntries(entries: readonly LogEntry[], order: SortOrder): LogEntry[] {
  const keyed = entries.map((entry) => ({ entry, value: sortValue(entry, order.key), tie: entry.updatedAt }));
  const direction = order.descending ? -1 : 1;
  keyed.sort((a, b) => compareKeyed(a, b, direction));
  return keyed.map((k) => k.entry);
}

// Two lists in sortEntries' order as one (a linear merge): entries streaming in join the sorted log without a
// re-sort of everything read so far.
export function mergeSorted(sorted: readonly LogEntry[], incoming: readonly LogEntry[], order: SortOrder): LogEntry[] {
  const direction = order.descending ? -1 : 1;
  const key = (entry: LogEntry) => ({ entry, value: sortValue(entry, order.key), tie: entry.updatedAt });
  const b = incoming.map(key).sort((x, y) => compareKeyed(x, y, direction));
  const out: LogEntry[] = new Array<LogEntry>(sorted.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // The sorted side is keyed one entry at a time: no object per entry of the (large) sorted list.
  while (i < sorted.length && j < b.length) {
    const a = sorted[i]!;
    const aKey = { value: sortValue(a, order.key), tie: a.updatedAt };
    while (j < b.length && compareKeyed(b[j]!, aKey, direction) < 0) out[k++] = b[j++]!.entry;
    out[k++] = a;
    i += 1;
  }
  while (i < sorted.length) out[k++] = sorted[i++]!;
  while (j < b.length) out[k++] = b[j++]!.entry;
  return out;
}

// Where an entry belongs in a list already in sortEntries' order (after any equal entries), by binary search:
// a status change moves one row instead of re-sorting 100,000.
export function sortedPosition(sorted: readonly LogEntry[], entry: LogEntry, order: SortOrder): number {
  const direction = order.descending ? -1 : 1;
  const keyed = { value: sortValue(entry, order.key), tie: entry.updatedAt };
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const other = sorted[mid]!;
    if (compareKeyed({ value: sortValue(other, order.key), tie: other.updatedAt }, keyed, direction) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The values the filter menus offer, from what is actually in the log.
export function facetValues(entries: readonly LogEntry[]): { tags: string[]; issuers: string[]; languages: string[] } {
  const tags = new Set<string>();
  const issuers = new Set<string>();
  const languages = new Set<string>();
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    for (const tag of entry.tags) tags.add(tag);
    if (entry.record.issuer) issuers.add(entry.record.issuer);
    const lang = primaryLanguage(entry.record.language);
    if (lang) languages.add(lang);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return { tags: sorted(tags), issuers: sorted(issuers), languages: sorted(languages) };
}
