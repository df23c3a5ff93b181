import type { LogEntry } from '../utils/schema/entry';
import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION, type CompanionState, type LogExport } from '../utils/schema/log-export';
import { mergeLogs } from '../utils/sync/merge-log';
import type { Change } from '../utils/sync/protocol';

// The companion's log as data: applying a batch of changes and answering "what changed since N".
// No files here (log-file.ts does those), so it tests as plain functions.

// Enough to recognise any retry of a recent push; an older id replayed is still harmless, because
// applying the same entry version again merges to the same log.
export const MAX_APPLIED_IDS = 10_000;

export function emptyLog(now: string): LogExport {
  return { format: LOG_EXPORT_FORMAT, version: LOG_EXPORT_VERSION, exportedAt: now, entries: [], companion: emptyState() };
}

function emptyState(): CompanionState {
  return { seq: 0, entrySeq: [], appliedChangeIds: [] };
}

export interface Applied {
  doc: LogExport;
  applied: number;
  duplicates: number;
  // Whether the log itself changed (and so must be written).
  changed: boolean;
}

export function applyChanges(doc: LogExport, changes: readonly Change[], now: string): Applied {
  const state = doc.companion ?? emptyState();
  const seen = new Set(state.appliedChangeIds);
  const fresh: Change[] = [];
  for (const change of changes) {
    if (seen.has(change.changeId)) continue;
    seen.add(change.changeId);
    fresh.push(change);
  }
  const duplicates = changes.length - fresh.length;
  if (fresh.length === 0) return { doc, applied: 0, duplicates, changed: false };

  const merge = mergeLogs(doc.entries, fresh.map((change) => change.entry));
  const entrySeq = new Map(state.entrySeq);
  let seq = state.seq;
  for (const entry of merge.changed) entrySeq.set(entry.id, ++seq);
  const entries: LogEntry[] = [...merge.merged.values()];
  // Entries added to the file by hand have no counter yet; give them one so they stop counting as new.
  for (const entry of entries) if (!entrySeq.has(entry.id)) entrySeq.set(entry.id, ++seq);
  const appliedChangeIds = [...state.appliedChangeIds, ...fresh.map((change) => change.changeId)].slice(-MAX_APPLIED_IDS);
  return {
    doc: {
      ...doc,
      exportedAt: merge.changed.length > 0 ? now : doc.exportedAt,
      entries,
      companion: { seq, entrySeq: [...entrySeq], appliedChangeIds },
    },
    applied: fresh.length,
    duplicates,
    changed: true,
  };
}

// Entries changed after cursor `since` (all of them for null); the cursor to ask with next time.
// An entry the file gained by a hand edit has no counter yet and counts as changed.
export function changesSince(doc: LogExport, since: number | null): { cursor: number; entries: LogEntry[] } {
  const state = doc.companion ?? emptyState();
  const entrySeq = new Map(state.entrySeq);
  const entries = doc.entries.filter((entry) => since === null || (entrySeq.get(entry.id) ?? Number.POSITIVE_INFINITY) > since);
  return { cursor: state.seq, entries };
}
