import type { LogEntry } from '../schema/entry';
import type { StoredBody } from '../body/schema';
import { readExportBodies } from './read-bodies';
import { checkExportHeader } from './export-header';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';
import { mergeLogs, type MergeOutcome } from './merge-log';
import { readEntries, type InvalidEntry } from './read-entries';
import { readJson } from './read-json';

// Reading an export file into a preview, touching nothing: the caller shows the counts, and only
// when the journalist confirms writes `toWrite` in one transaction (the store's applyBatch).

export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';

export type { InvalidEntry } from './read-entries';

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

export interface OpenedExport {
  ok: true;
  version: number;
  document: Record<string, unknown>;
  rawEntries: unknown[];
}

// A file parsed and checked around its entries (limits, JSON, format, version, the list), entries not yet read.
export function openExport(input: string | Uint8Array, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): OpenedExport | { ok: false; reason: string } {
  const read = readJson(input, { ...limits, maxTopArrayItems: limits.maxEntries });
  if (!read.ok) return read;
  const header = checkExportHeader(read.value);
  if (!header.ok) return header;
  const rawEntries: unknown = header.document.entries;
  if (!Array.isArray(rawEntries)) return { ok: false, reason: 'The file has no "entries" list.' };
  if (rawEntries.length > limits.maxEntries) {
    return { ok: false, reason: `The file has ${rawEntries.length} entries; the limit is ${limits.maxEntries}.` };
  }
  return { ok: true, version: header.version, document: header.document, rawEntries };
}

// The entries of a file, validated and migrated, with the ones that failed and why.
export function readExportEntries(
  input: string | Uint8Array,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): { ok: true; fromVersion: number; entries: LogEntry[]; invalid: InvalidEntry[]; bodies: StoredBody[] } | { ok: false; reason: string } {
  const opened = openExport(input, limits);
  if (!opened.ok) return opened;
  const seen = new Map<string, number>();
  const entries = readEntries(opened.document, opened.version, opened.rawEntries, 0, seen);
  if (!entries) return { ok: false, reason: `No migration from version ${opened.version}.` };
  const withBodies = readExportBodies(opened.document, entries, seen);
  if ('ok' in withBodies) return withBodies;
  return { ok: true, fromVersion: opened.version, ...withBodies };
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
