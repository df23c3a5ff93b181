import type { LogEntry } from '../schema/entry';
import { mergeEntry, normalizeLists } from './merge-entry';
import { pageKey } from './page-key';
import { sameJson } from './stable-json';
import { versionTag } from './version-tag';

// Merging two whole logs (this browser's and a file's, or the companion's). Entries meet by id;
// then live entries of one page (two browsers that clipped the same release separately) join into
// the one with the smallest id, and each other id becomes a tombstone, so the browser still holding
// it learns where it went. The join looks at every live entry of a page the merge touched, not only
// at the pairs it saw arrive: a sync pull carries only what changed on the other side, and pairing
// within that alone let two browsers join different pairs and never agree. Every choice is made the
// same way whichever side is "local", so two browsers syncing converge.

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

// Live entries, grouped by page, of the pages in `touched` (each group sorted by id).
function samePageGroups(merged: Map<string, LogEntry>, touched: Set<string>): LogEntry[][] {
  const byPage = new Map<string, LogEntry[]>();
  for (const entry of merged.values()) {
    if (entry.deletedAt !== null) continue;
    const key = pageKey(entry);
    if (!touched.has(key)) continue;
    const group = byPage.get(key) ?? [];
    group.push(entry);
    byPage.set(key, group);
  }
  const groups = [...byPage.values()].filter((group) => group.length > 1);
  for (const group of groups) group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return groups;
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

  for (const [id, entry] of local) {
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
    merged.set(id, entry);
    outcomes.set(id, 'new');
  }

  // Only a page with a live entry that one side lacked (or held in another version) can have gained a
  // second one. With one side empty nothing joins: the page keys (a URL parse each) of an import of
  // 100,000 entries into an empty log would cost half a second, and an empty side brings no new pair.
  const touched = new Set<string>();
  if (local.size > 0 && incoming.size > 0) {
    for (const [id, entry] of merged) {
      const same = incoming.has(id) && entry === local.get(id);
      if (entry.deletedAt === null && !same) touched.add(pageKey(entry));
    }
  }
  for (const group of touched.size > 0 ? samePageGroups(merged, touched) : []) {
    const keep = group[0]!.id;
    let joined = group[0]!;
    let conflict = false;
    for (const entry of group.slice(1)) {
      const result = mergeEntry(joined, { ...entry, id: keep });
      joined = result.entry;
      conflict ||= result.conflict;
      merged.set(entry.id, absorbedTombstone(entry));
    }
    merged.set(keep, joined);
    for (const { id } of group) {
      if (outcomes.get(id) === 'new') outcomes.set(id, conflict ? 'conflict' : 'updated');
      else if (conflict && incoming.has(id)) conflicts.add(id);
    }
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
