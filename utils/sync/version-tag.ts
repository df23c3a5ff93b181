import type { LogEntry } from '../schema/entry';
import { fingerprint as fnv1a } from './fingerprint';
import { stableStringify } from './stable-json';

// Naming versions of an entry. updatedAt alone is not enough: two browsers can write different
// versions stamped with the same millisecond, and calling them the same version would drop one.

// The whole entry, lists included: has anything about it changed?
export function contentHash(entry: LogEntry): string {
  return fnv1a(stableStringify(entry));
}

// One version of what the journalist edits: "2026-03-03T10:00:00.000Z#2bq.1x0k3pz".
// Merges ask for the same entry's tag many times; entries are never mutated in place, so cache it.
const tags = new WeakMap<LogEntry, string>();

export function versionTag(entry: LogEntry): string {
  const known = tags.get(entry);
  if (known !== undefined) return known;
  const { record, status, priority, deadline, followUpAt, tags: labels, notes, deletedAt } = entry;
  const tag = `${entry.updatedAt}#${fnv1a(stableStringify([record, status, priority, deadline, followUpAt, labels, notes, deletedAt]))}`;
  tags.set(entry, tag);
  return tag;
}
