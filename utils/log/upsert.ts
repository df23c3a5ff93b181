import {
  EntryFieldsSchema,
  type EntryFields,
  type LogEntry,
  type Revision,
  type StatusChange,
} from '../schema/entry';
import type { SourceKind } from '../schema/source-kind';
import { nextInstant } from './timestamps';

// The rules for changing an existing entry, kept free of IndexedDB so they test as plain functions.

const MAX_REVISIONS = 50;

function fieldsOf(entry: LogEntry): EntryFields {
  const { record, status, priority, deadline, followUpAt, tags, notes } = entry;
  return { record, status, priority, deadline, followUpAt, tags, notes };
}

// Oldest revisions fall off first: the schema caps the list at 50.
export function withRevision(entry: LogEntry, reason: string, savedAt: string): Revision[] {
  const revision: Revision = { savedAt, reason, fields: fieldsOf(entry), updatedAt: entry.updatedAt };
  if (entry.changedBy !== undefined) revision.by = entry.changedBy;
  return [...entry.revisions, revision].slice(-MAX_REVISIONS);
}

function statusHistory(entry: LogEntry, to: EntryFields['status'], at: string): StatusChange[] {
  if (entry.status === to) return entry.history;
  return [...entry.history, { at, from: entry.status, to, override: null }];
}

// The same page (same URL or canonical URL) clipped again. The fresh record replaces the old one,
// but the journalist's triage (status, priority, deadline, notes, tags) stays: re-clipping a
// release that was already "requested" must not reset it to "new". The replaced record is kept
// as a revision. A tombstoned entry comes back to life under its old id, with a fresh history.
export function applyResave(existing: LogEntry, input: unknown, now: Date, source: SourceKind = 'page'): LogEntry {
  const fields = EntryFieldsSchema.parse(input);
  const at = nextInstant(now, existing.updatedAt);
  // The fresh record came from this source (the same URL read again: a page, or the PDF it serves).
  const { source: _old, ...rest } = existing;
  const from = source === 'page' ? rest : { ...rest, source };
  if (existing.deletedAt !== null) {
    return {
      ...from,
      ...fields,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      history: [...existing.history, { at, from: null, to: fields.status, override: null }],
    };
  }
  return {
    ...from,
    record: fields.record,
    updatedAt: at,
    revisions: withRevision(existing, 'Replaced by a new clip of the same page', at),
  };
}

// An edit from the log page or popup. `expectedUpdatedAt` is the version the editor started from;
// if someone else wrote in between, this write still wins (last writer wins, as a person expects
// from "Save"), but the version it overwrote is kept in `revisions` so nothing is silently lost.
export function applyUpdate(
  existing: LogEntry,
  input: unknown,
  expectedUpdatedAt: string | null,
  now: Date,
): LogEntry {
  const fields = EntryFieldsSchema.parse(input);
  const at = nextInstant(now, existing.updatedAt);
  const stale = expectedUpdatedAt !== null && expectedUpdatedAt !== existing.updatedAt;
  return {
    ...existing,
    ...fields,
    updatedAt: at,
    history: statusHistory(existing, fields.status, at),
    revisions: stale ? withRevision(existing, 'Overwritten by a concurrent edit', at) : existing.revisions,
  };
}

// Deleting keeps the id and marks the time, so the deletion can travel through export and sync.
export function applyTombstone(existing: LogEntry, now: Date): LogEntry {
  if (existing.deletedAt !== null) return existing;
  const at = nextInstant(now, existing.updatedAt);
  return { ...existing, deletedAt: at, updatedAt: at };
}

// Where to look for an entry of the same page, in order: same URL first, then same canonical URL
// (a wire release syndicated on a partner site usually points its canonical link at the wire copy),
// then an entry whose own URL is this page's canonical URL.
export function samePageLookups(
  url: string,
  canonicalUrl: string | null,
): Array<{ index: 'url' | 'canonicalUrl'; key: string }> {
  const lookups: Array<{ index: 'url' | 'canonicalUrl'; key: string }> = [{ index: 'url', key: url }];
  if (canonicalUrl !== null && canonicalUrl !== '') {
    lookups.push({ index: 'canonicalUrl', key: canonicalUrl });
    if (canonicalUrl !== url) lookups.push({ index: 'url', key: canonicalUrl });
  }
  lookups.push({ index: 'canonicalUrl', key: url });
  return lookups;
}
