import type { LogEntry } from '../schema/entry';

// The log is stored in pages of entries, not one record per entry: IndexedDB's cost is per request (~150 µs per
// put in Chromium, whatever the size), so 100,000 entries took ~17 s as 100,000 records with their four indexes
// and ~2.2 s as 1,000 pages (scripts/bench/log-import-idb-floor.ts). A page carries the ids and URLs of its
// entries as arrays, indexed multiEntry, so one entry is still found without reading the log.
// 100 entries (~150 KB) per page: an edit rewrites its whole page, which stays a few milliseconds.

export const PAGE_SIZE = 100;

export interface LogPage {
  key: number;
  entries: LogEntry[];
  ids: string[];
  urls: string[];
  // Entries whose page declared no canonical URL are not listed, as they were not in the old per-entry index.
  canonicalUrls: string[];
  // Ids of the entries with a follow-up set: the reminders read only the pages that have one.
  followUps: string[];
  // The latest updatedAt in the page: read in descending order of it, the pages give the most recently changed
  // entries first (the log page shows those at once), without an index row per entry.
  newest: string;
}

export function buildPage(key: number, entries: LogEntry[]): LogPage {
  const canonicalUrls: string[] = [];
  const followUps: string[] = [];
  let newest = '';
  for (const entry of entries) {
    if (entry.updatedAt > newest) newest = entry.updatedAt;
    if (entry.record.canonicalUrl !== null) canonicalUrls.push(entry.record.canonicalUrl);
    if (entry.followUpAt !== null) followUps.push(entry.id);
  }
  return { key, entries, ids: entries.map((e) => e.id), urls: entries.map((e) => e.record.url), canonicalUrls, followUps, newest };
}

// Entries appended after the page `lastKey` (null: the log has none): the last page is filled up first when
// given, then new pages follow.
export function appendToPages(last: LogPage | null, entries: readonly LogEntry[]): LogPage[] {
  const pages: LogPage[] = [];
  let rest = entries;
  let key = last?.key ?? 0;
  if (last && last.entries.length < PAGE_SIZE && rest.length > 0) {
    const room = PAGE_SIZE - last.entries.length;
    pages.push(buildPage(last.key, [...last.entries, ...rest.slice(0, room)]));
    rest = rest.slice(room);
  }
  for (let i = 0; i < rest.length; i += PAGE_SIZE) pages.push(buildPage(++key, rest.slice(i, i + PAGE_SIZE)));
  return pages;
}

const byId = (a: LogEntry, b: LogEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Most recently changed first; at the same instant the larger id first (the old updatedAt index read backwards).
export const newestFirst = (a: LogEntry, b: LogEntry) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

// Every entry in id order, as the per-entry store's getAll returned them.
export function entriesOf(pages: readonly LogPage[]): LogEntry[] {
  return pages.flatMap((page) => page.entries).sort(byId);
}
