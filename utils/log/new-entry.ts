import { ENTRY_SCHEMA_VERSION, EntryFieldsSchema, type EntryFields, type LogEntry } from '../schema/entry';
import type { SourceKind } from '../schema/source-kind';

// A fresh log entry for a page saved for the first time. Its status history starts with the
// status it was saved in ("new" unless the journalist picked another), so the desk can show when triage began.
// A page's entry carries no `source` (absent means page); a PDF, e-mail, document or pasted text says so.
export function buildNewEntry(input: unknown, id: string, now: string, source: SourceKind = 'page'): LogEntry {
  const fields: EntryFields = EntryFieldsSchema.parse(input);
  return {
    ...(source === 'page' ? {} : { source }),
    ...fields,
    schemaVersion: ENTRY_SCHEMA_VERSION,
    id,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    history: [{ at: now, from: null, to: fields.status, override: null }],
    requests: [],
    revisions: [],
  };
}
