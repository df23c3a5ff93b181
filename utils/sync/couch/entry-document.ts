import { LogEntrySchema, type LogEntry } from '../../schema/entry';
import { z } from 'zod';
import { RawDocSchema, type RawDoc } from './couch-schemas';

// One log entry is one CouchDB document: `_id` is the entry id and the body is the entry itself, with its
// `schemaVersion` (a later PressClip can tell old documents from new ones). A PressClip deletion is an entry
// with `deletedAt` set, stored as an ordinary document, so the tombstone keeps what the merge needs (its
// instant, the lineage) and travels through the feed like any change.

export type DocRead = { ok: true; entry: LogEntry; doc: RawDoc } | { ok: false; id: string | null; reason: string };

export function toDocument(entry: LogEntry, rev: string | undefined): Record<string, unknown> {
  return rev === undefined ? { ...entry, _id: entry.id } : { ...entry, _id: entry.id, _rev: rev };
}

// A document's own fields, without CouchDB's underscore ones.
export function documentFields(doc: RawDoc): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));
}

export function readDocument(raw: unknown): DocRead {
  const doc = RawDocSchema.safeParse(raw);
  if (!doc.success) return { ok: false, id: null, reason: 'not a CouchDB document (no _id or _rev)' };
  const id = doc.data._id;
  if (doc.data._deleted) return { ok: false, id, reason: 'deleted on the server outside PressClip; the copy in this browser is kept' };
  const entry = LogEntrySchema.safeParse(documentFields(doc.data));
  if (!entry.success) {
    const first = entry.error.issues[0];
    return { ok: false, id, reason: `not a PressClip entry (${first ? `${first.path.join('.') || 'document'}: ${first.message}` : 'invalid'})` };
  }
  if (entry.data.id !== id) return { ok: false, id, reason: 'its _id and the entry id differ' };
  return { ok: true, entry: entry.data, doc: doc.data };
}

export const InvalidDocSchema = z.object({ id: z.string().max(1000).nullable(), reason: z.string().max(1000) });
export type InvalidDoc = z.infer<typeof InvalidDocSchema>;
