import { LogEntrySchema, type LogEntry } from '../schema/entry';
import { describeIssues } from './issue-path';
import { migrateDocument } from './migrate-document';

// Validating (and migrating) a run of an export's entries: the whole list of a file read at once, or one
// chunk of a file staged in chunks. `first` is the index of raw[0] in the file, so every reason names the
// entry as the journalist counts it in the file; `seen` carries the ids met so far across chunks.

export interface InvalidEntry {
  index: number;
  id: string | null;
  reason: string;
}

export interface EntriesRead {
  entries: LogEntry[];
  invalid: InvalidEntry[];
}

function idOf(raw: unknown): string | null {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id.slice(0, 100)
    : null;
}

// Entries that passed LogEntrySchema in this process. Entries are never mutated in place, so an object in
// here is still valid; the store's write skips validating it a second time (3 s at 100,000 entries).
const validated = new WeakSet<LogEntry>();

export function isValidatedEntry(entry: unknown): boolean {
  return typeof entry === 'object' && entry !== null && validated.has(entry as LogEntry);
}

// null: the document's version has no migration path (checked before, by checkExportHeader).
export function readEntries(
  document: Readonly<Record<string, unknown>>,
  version: number,
  raw: readonly unknown[],
  first: number,
  seen: Map<string, number>,
): EntriesRead | null {
  const migrated = migrateDocument(document, version, raw);
  if (!migrated) return null;
  const entries: LogEntry[] = [];
  const invalid: InvalidEntry[] = [];
  migrated.entries.forEach((item, offset) => {
    const index = first + offset;
    if (!item.ok) {
      invalid.push({ index, id: idOf(raw[offset]), reason: `entry ${index} (version ${item.version}): ${describeIssues(item.issues)}` });
      return;
    }
    const parsed = LogEntrySchema.safeParse(item.value);
    if (!parsed.success) {
      invalid.push({ index, id: idOf(raw[offset]), reason: `entry ${index}: ${describeIssues(parsed.error.issues)}` });
      return;
    }
    const known = seen.get(parsed.data.id);
    if (known !== undefined) {
      invalid.push({ index, id: parsed.data.id, reason: `entry ${index}: id "${parsed.data.id}" repeats entry ${known}` });
      return;
    }
    seen.set(parsed.data.id, index);
    validated.add(parsed.data);
    entries.push(parsed.data);
  });
  return { entries, invalid };
}
