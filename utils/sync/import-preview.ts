import { LogEntrySchema, type LogEntry } from '../schema/entry';
import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION } from '../schema/log-export';
import { describeIssues } from './issue-path';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';
import { mergeLogs, type MergeOutcome } from './merge-log';
import { migrateDocument } from './migrate-document';
import { readJson } from './read-json';

// Reading an export file into a preview, touching nothing: the caller shows the counts, and only
// when the journalist confirms writes `toWrite` in one transaction (the store's applyBatch).

export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';

export interface InvalidEntry {
  index: number;
  id: string | null;
  reason: string;
}

export interface ImportPreview {
  ok: true;
  fromVersion: number;
  counts: Record<MergeOutcome | 'invalid', number>;
  invalid: InvalidEntry[];
  outcomes: Array<{ id: string; outcome: MergeOutcome }>;
  // The merged entries that differ from the log: written together, or not at all.
  toWrite: LogEntry[];
}

export type ImportResult = ImportPreview | { ok: false; reason: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(raw: unknown): string | null {
  return isPlainObject(raw) && typeof raw.id === 'string' ? raw.id.slice(0, 100) : null;
}

// The entries of a file, validated and migrated, with the ones that failed and why.
export function readExportEntries(
  input: string | Uint8Array,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): { ok: true; fromVersion: number; entries: LogEntry[]; invalid: InvalidEntry[] } | { ok: false; reason: string } {
  const read = readJson(input, { ...limits, maxTopArrayItems: limits.maxEntries });
  if (!read.ok) return read;
  const doc = read.value;
  if (!isPlainObject(doc)) return { ok: false, reason: 'The file is not a PressClip log (expected a JSON object).' };
  if (doc.format !== LOG_EXPORT_FORMAT) return { ok: false, reason: `The file is not a PressClip log (format is not "${LOG_EXPORT_FORMAT}").` };
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'The file has no valid "version".' };
  }
  if (version > LOG_EXPORT_VERSION) {
    return { ok: false, reason: `The file is version ${version}, newer than this PressClip reads (${LOG_EXPORT_VERSION}). Update PressClip.` };
  }
  const rawEntries: unknown = doc.entries;
  if (!Array.isArray(rawEntries)) return { ok: false, reason: 'The file has no "entries" list.' };
  if (rawEntries.length > limits.maxEntries) {
    return { ok: false, reason: `The file has ${rawEntries.length} entries; the limit is ${limits.maxEntries}.` };
  }
  const migrated = migrateDocument(doc, version, rawEntries);
  if (!migrated) return { ok: false, reason: `No migration from version ${version}.` };

  const entries: LogEntry[] = [];
  const invalid: InvalidEntry[] = [];
  const firstIndex = new Map<string, number>();
  migrated.entries.forEach((item, index) => {
    const raw: unknown = rawEntries[index];
    if (!item.ok) {
      invalid.push({ index, id: idOf(raw), reason: `entry ${index} (version ${item.version}): ${describeIssues(item.issues)}` });
      return;
    }
    const parsed = LogEntrySchema.safeParse(item.value);
    if (!parsed.success) {
      invalid.push({ index, id: idOf(raw), reason: `entry ${index}: ${describeIssues(parsed.error.issues)}` });
      return;
    }
    const seen = firstIndex.get(parsed.data.id);
    if (seen !== undefined) {
      invalid.push({ index, id: parsed.data.id, reason: `entry ${index}: id "${parsed.data.id}" repeats entry ${seen}` });
      return;
    }
    firstIndex.set(parsed.data.id, index);
    entries.push(parsed.data);
  });
  return { ok: true, fromVersion: migrated.fromVersion, entries, invalid };
}

export type ExportRead = ReturnType<typeof readExportEntries>;

export function previewImport(
  input: string | Uint8Array,
  local: readonly LogEntry[],
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): ImportResult {
  try {
    return previewRead(readExportEntries(input, limits), local);
  } catch (error) {
    return refusal(error);
  }
}

// Belt and braces: a hostile file must end as a refusal, never as an exception in the caller.
function refusal(error: unknown): ImportResult {
  return { ok: false, reason: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` };
}

// The preview of a file already read and validated: the apply after a preview reuses the preview's read
// (validating 100,000 entries with zod takes seconds) and only merges again against the log as it is now.
export function previewRead(read: ExportRead, local: readonly LogEntry[]): ImportResult {
  try {
    if (!read.ok) return read;
    const merge = mergeLogs(local, read.entries);
    const counts: ImportPreview['counts'] = { new: 0, updated: 0, unchanged: 0, conflict: 0, invalid: read.invalid.length };
    const outcomes = read.entries.map((entry) => {
      const outcome = merge.outcomes.get(entry.id) ?? 'unchanged';
      counts[outcome]++;
      return { id: entry.id, outcome };
    });
    return { ok: true, fromVersion: read.fromVersion, counts, invalid: read.invalid, outcomes, toWrite: merge.changed };
  } catch (error) {
    return refusal(error);
  }
}
