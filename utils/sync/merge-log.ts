import type { LogEntry } from '../schema/entry';
import { mergeEntry, normalizeLists } from './merge-entry';
import { pageKey } from './page-key';
import { sameJson } from './stable-json';
import { versionTag } from './version-tag';

// Merging two whole logs (this browser's and a file's, or the companion's). Entries meet by id;
// an entry the other side does not know by id meets a live entry of the same page (two browsers
// that clipped the same release separately). Such a pair keeps the smaller id, and the other id
// becomes a tombstone, so the browser still holding it learns where it went. Every choice is
// made the same way whichever side is "local", so two browsers syncing converge.

export type MergeOutcome = 'new' | 'updated' | 'unchanged' | 'conflict';

export interface LogMerge {
  // Every entry of the merged log, by id.
  merged: Map<string, LogEntry>;
  // What happened to each incoming entry, by its id.
  outcomes: Map<string, MergeOutcome>;
  // The entries whose merged version differs from the local one: what to write locally.
  changed: LogEntry[];
}

function indexById(entries: readonly LogEntry[]): Map<string, LogEntry> {
  const byId = new Map<string, LogEntry>();
  for (const entry of entries) {
    const known = byId.get(entry.id);
    byId.set(entry.id, known ? mergeEntry(known, entry).entry : entry);
  }
  return byId;
}

// Live entries that the other side does not know by id, grouped by page, each group sorted by id.
function pageCandidates(side: Map<string, LogEntry>, other: Map<string, LogEntry>): Map<string, LogEntry[]> {
  const byPage = new Map<string, LogEntry[]>();
  for (const entry of side.values()) {
    if (entry.deletedAt !== null || other.has(entry.id)) continue;
    const key = pageKey(entry);
    const group = byPage.get(key) ?? [];
    group.push(entry);
    byPage.set(key, group);
  }
  for (const group of byPage.values()) group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byPage;
}

// The version an absorbed id leaves behind: the same entry, deleted at the moment it last changed,
// and built on the live version (so a browser still holding that one takes the tombstone quietly).
function absorbedTombstone(entry: LogEntry): LogEntry {
  if (entry.deletedAt !== null) return normalizeLists(entry);
  return normalizeLists({ ...entry, deletedAt: entry.updatedAt, supersedes: [...(entry.supersedes ?? []), versionTag(entry)] });
}

export function mergeLogs(localEntries: readonly LogEntry[], incomingEntries: readonly LogEntry[]): LogMerge {
  const local = indexById(localEntries);
  const incoming = indexById(incomingEntries);
  const merged = new Map<string, LogEntry>();
  const outcomes = new Map<string, MergeOutcome>();
  const conflicts = new Set<string>();

  const localPages = pageCandidates(local, incoming);
  // With no live local entry the file lacks, nothing pairs by page: the file's page keys (a URL parse each,
  // half a second for an import of 100,000 entries into an empty log) are not needed.
  const incomingPages = localPages.size === 0 ? new Map<string, LogEntry[]>() : pageCandidates(incoming, local);
  // Incoming id -> local id it is paired with by page.
  const pagePairs = new Map<string, string>();
  for (const [key, incomingGroup] of incomingPages) {
    const localGroup = localPages.get(key) ?? [];
    const n = Math.min(localGroup.length, incomingGroup.length);
    for (let i = 0; i < n; i++) pagePairs.set(incomingGroup[i]!.id, localGroup[i]!.id);
  }
  const pairedLocal = new Set(pagePairs.values());

  for (const [id, entry] of local) {
    if (pairedLocal.has(id)) continue;
    const other = incoming.get(id);
    if (!other) {
      merged.set(id, entry);
      continue;
    }
    const result = mergeEntry(entry, other);
    merged.set(id, result.entry);
    if (result.conflict) conflicts.add(id);
  }
  for (const [id, entry] of incoming) {
    if (local.has(id)) continue;
    const localId = pagePairs.get(id);
    if (localId === undefined) {
      merged.set(id, entry);
      outcomes.set(id, 'new');
      continue;
    }
    const mine = local.get(localId)!;
    const keep = id < localId ? id : localId;
    const drop = keep === id ? localId : id;
    const result = mergeEntry({ ...mine, id: keep }, { ...entry, id: keep });
    merged.set(keep, result.entry);
    merged.set(drop, absorbedTombstone(keep === id ? mine : entry));
    if (result.conflict) conflicts.add(id);
    outcomes.set(id, result.conflict ? 'conflict' : 'updated');
  }
  // Each merged entry is compared with the local one once (a merge that kept the local object changed
  // nothing, an id the log lacks is new): at 100,000 entries every extra comparison costs seconds.
  const changed: LogEntry[] = [];
  const changedIds = new Set<string>();
  for (const [id, entry] of merged) {
    const mine = local.get(id);
    if (mine === entry || (mine !== undefined && sameJson(entry, mine))) continue;
    changed.push(entry);
    changedIds.add(id);
  }
  for (const id of incoming.keys()) {
    if (outcomes.has(id)) continue;
    if (conflicts.has(id)) outcomes.set(id, 'conflict');
    else outcomes.set(id, changedIds.has(id) ? 'updated' : 'unchanged');
  }
  return { merged, outcomes, changed };
}
