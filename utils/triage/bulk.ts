import type { EntryStatus, LogEntry } from '../schema/entry';
import { nextInstant } from '../log/timestamps';
import { changeStatus } from './workflow';

// Bulk changes from the multi-select: one status and/or tags added or removed for many entries at once.
// An entry the workflow refuses (filing under embargo without an override) is left unchanged and reported,
// the rest go through: one blocked story must not stop the journalist closing twenty others.

export interface BulkChange {
  status?: EntryStatus;
  addTags?: readonly string[];
  removeTags?: readonly string[];
  override?: string | null;
}

export interface BulkResult {
  changed: LogEntry[];
  refused: Array<{ id: string; reason: string }>;
}

function withTags(entry: LogEntry, change: BulkChange, now: Date): LogEntry {
  const remove = new Set(change.removeTags ?? []);
  const tags = [...new Set([...entry.tags.filter((t) => !remove.has(t)), ...(change.addTags ?? [])])].slice(0, 50);
  if (tags.length === entry.tags.length && tags.every((t, i) => t === entry.tags[i])) return entry;
  return { ...entry, tags, updatedAt: nextInstant(now, entry.updatedAt) };
}

export function applyBulk(entries: readonly LogEntry[], change: BulkChange, now: Date): BulkResult {
  const result: BulkResult = { changed: [], refused: [] };
  for (const original of entries) {
    let entry = original;
    if (change.status) {
      const outcome = changeStatus(entry, change.status, now, change.override ?? null);
      if (!outcome.ok) {
        result.refused.push({ id: entry.id, reason: outcome.reason });
        continue;
      }
      entry = outcome.entry;
    }
    entry = withTags(entry, change, now);
    if (entry !== original) result.changed.push(entry);
  }
  return result;
}
