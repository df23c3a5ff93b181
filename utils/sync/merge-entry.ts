import type { EntryFields, LogEntry, Revision } from '../schema/entry';
import { compareInstants, earlierInstant } from './instants';
import { sameJson, stableStringify } from './stable-json';
import { versionTag } from './version-tag';
import { MAX_ASSIGNMENTS } from '../log/assignment';

// Merging two copies of the same entry (same id) from two browsers, or from a browser and a file.
// The rules, all symmetric so both sides reach the same result whatever order they sync in:
// - if one copy was built on the other (its `supersedes` lists the other's version tag), it wins;
// - else both changed since they last met: the newer change wins (updatedAt, or deletedAt for a
//   tombstone) and the other version is kept in `revisions`, so the journalist can restore it;
// - a tombstone is a change like any other: it beats older edits and loses to newer ones;
// - status history, interview requests, revisions, lineage and claims/assignments are unions;
// - "changed by" goes with the winning version.

export const MAX_HISTORY = 1000;
export const MAX_REQUESTS = 500;
export const MAX_REVISIONS = 50;
export const MAX_SUPERSEDES = 100;
export const CONFLICT_REASON = 'Concurrent version kept by sync (the other side changed it too)';

export function fieldsOf(entry: LogEntry): EntryFields {
  const { record, status, priority, deadline, followUpAt, tags, notes } = entry;
  return { record, status, priority, deadline, followUpAt, tags, notes };
}

// When the entry last changed: an edit or its deletion, whichever came later.
export function changeStamp(entry: LogEntry): string {
  return entry.deletedAt !== null && compareInstants(entry.deletedAt, entry.updatedAt) > 0
    ? entry.deletedAt
    : entry.updatedAt;
}

function descendsFrom(child: LogEntry, ancestor: LogEntry): boolean {
  const tag = versionTag(ancestor);
  return versionTag(child) !== tag && (child.supersedes ?? []).includes(tag);
}

// Total order on versions: causality first, then the newer change; at a tie the tombstone wins
// (a deletion stamped at the same instant as an edit saw that edit), then the text decides.
function winnerFirst(a: LogEntry, b: LogEntry): [LogEntry, LogEntry, boolean] {
  const aOnB = descendsFrom(a, b);
  const bOnA = descendsFrom(b, a);
  if (aOnB !== bOnA) return aOnB ? [a, b, false] : [b, a, false];
  const byStamp = compareInstants(changeStamp(a), changeStamp(b));
  if (byStamp !== 0) return byStamp > 0 ? [a, b, true] : [b, a, true];
  const aDeleted = a.deletedAt !== null;
  if (aDeleted !== (b.deletedAt !== null)) return aDeleted ? [a, b, true] : [b, a, true];
  // Only what defines a version decides, not the lists a merge grows, so the pick survives merging.
  const versionText = (e: LogEntry) => stableStringify([fieldsOf(e), e.deletedAt, e.changedBy ?? null]);
  return versionText(a) >= versionText(b) ? [a, b, true] : [b, a, true];
}

// A union that both sides compute identically: a multiset union (an item listed twice on one side
// stays twice, like two identical follow-ups sent on purpose), ordered by a key then by text,
// keeping the newest `max`.
function unionBy<T>(lists: T[][], key: (item: T) => string, max: number): T[] {
  const best = new Map<string, { item: T; count: number }>();
  for (const list of lists) {
    const counts = new Map<string, { item: T; count: number }>();
    for (const item of list) {
      const text = stableStringify(item);
      const seen = counts.get(text);
      counts.set(text, { item, count: (seen?.count ?? 0) + 1 });
    }
    for (const [text, tally] of counts) {
      if ((best.get(text)?.count ?? 0) < tally.count) best.set(text, tally);
    }
  }
  const sorted = [...best.entries()].sort(
    ([ta, a], [tb, b]) => compareInstants(key(a.item), key(b.item)) || (ta < tb ? -1 : ta > tb ? 1 : 0),
  );
  const all = sorted.flatMap(([, tally]) => Array.from({ length: tally.count }, () => tally.item));
  return all.slice(Math.max(0, all.length - max));
}

// Tags start with their instant, so they order by it.
function unionTags(lists: string[][]): string[] {
  const distinct = [...new Set(lists.flat())];
  return unionBy([distinct], (tag) => tag.split('#')[0]!, MAX_SUPERSEDES);
}

// Revisions as a set of distinct field versions: one per content (the latest-stamped), none equal to
// the entry's current fields (restoring it would change nothing). Whether a version first met an
// equal copy or a different one must not decide whether it is kept, or merges would depend on order.
function unionRevisions(lists: Revision[][], current: EntryFields): Revision[] {
  const currentText = stableStringify(current);
  const byFields = new Map<string, Revision>();
  for (const list of lists) {
    for (const revision of list) {
      const text = stableStringify(revision.fields);
      if (text === currentText) continue;
      const known = byFields.get(text);
      const later = known === undefined || compareInstants(revision.updatedAt, known.updatedAt) > 0 ||
        (revision.updatedAt === known.updatedAt && stableStringify(revision) > stableStringify(known));
      if (later) byFields.set(text, revision);
    }
  }
  return unionBy([[...byFields.values()]], (revision) => revision.updatedAt, MAX_REVISIONS);
}

export interface EntryMerge {
  entry: LogEntry;
  // True when the two copies had diverged and the losing version went into `revisions`.
  conflict: boolean;
}

// The entry with its lists in merge order, as any merge involving it would write them.
export function normalizeLists(entry: LogEntry): LogEntry {
  const normal: LogEntry = {
    ...entry,
    history: unionBy([entry.history], (change) => change.at, MAX_HISTORY),
    requests: unionBy([entry.requests], (request) => request.at, MAX_REQUESTS),
    revisions: unionRevisions([entry.revisions], fieldsOf(entry)),
  };
  if (entry.supersedes !== undefined) normal.supersedes = unionTags([entry.supersedes]);
  if (entry.assignments !== undefined) normal.assignments = unionBy([entry.assignments], (event) => event.at, MAX_ASSIGNMENTS);
  return normal;
}

export function mergeEntry(a: LogEntry, b: LogEntry): EntryMerge {
  if (sameJson(a, b)) return { entry: a, conflict: false };
  const [winner, loser, concurrent] = winnerFirst(a, b);
  const conflict = concurrent && !sameJson(fieldsOf(winner), fieldsOf(loser));
  const lost: Revision[] = conflict
    ? [{ savedAt: loser.updatedAt, reason: CONFLICT_REASON, fields: fieldsOf(loser), updatedAt: loser.updatedAt, ...(loser.changedBy === undefined ? {} : { by: loser.changedBy }) }]
    : [];
  // The result carries the loser (as its fields or as a revision), so it counts as built on it.
  const loserTag = versionTag(loser);
  const supersedes = unionTags([winner.supersedes ?? [], loser.supersedes ?? [], loserTag === versionTag(winner) ? [] : [loserTag]]);
  const entry: LogEntry = {
    ...fieldsOf(winner),
    schemaVersion: winner.schemaVersion,
    id: winner.id,
    createdAt: earlierInstant(a.createdAt, b.createdAt),
    updatedAt: winner.updatedAt,
    deletedAt: winner.deletedAt,
    history: unionBy([a.history, b.history], (change) => change.at, MAX_HISTORY),
    requests: unionBy([a.requests, b.requests], (request) => request.at, MAX_REQUESTS),
    revisions: unionRevisions([a.revisions, b.revisions, lost], fieldsOf(winner)),
  };
  if (supersedes.length > 0) entry.supersedes = supersedes;
  // Where the release came from does not change with edits; either copy that knows it tells.
  const source = winner.source ?? loser.source;
  if (source !== undefined) entry.source = source;
  if (winner.changedBy !== undefined) entry.changedBy = winner.changedBy;
  // Claims and assignments are events, not a version: both sides' are kept (utils/log/assignment.ts).
  const assignments = unionBy([a.assignments ?? [], b.assignments ?? []], (event) => event.at, MAX_ASSIGNMENTS);
  if (assignments.length > 0) entry.assignments = assignments;
  return { entry, conflict };
}
