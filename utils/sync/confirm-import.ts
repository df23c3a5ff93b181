import { markStage } from '../log/stage-time';
import type { BatchOptions } from '../log/store';
import type { LogEntry } from '../schema/entry';
import type { BodySource } from './body-exchange';
import { mergeEntry } from './merge-entry';
import { writeStamp } from '../log/write-stamp';
import { isValidatedEntry } from './read-entries';
import { DEFAULT_IMPORT_LIMITS, previewRead, readExportEntries, type ExportRead, type ImportLimits, type ImportResult } from './import-preview';

// The store side a sync round needs: the whole log (tombstones included), one all-or-nothing write, and the kept
// release texts (optional: without them a round syncs entries only).
export interface BatchStore extends Partial<BodySource> {
  exportDocument(): Promise<{ entries: LogEntry[] }>;
  applyBatch(entries: readonly unknown[], options?: BatchOptions): Promise<void>;
}

// What an import needs: the stored entries as they are (no second validation of the whole log) and the write.
export interface ImportStore {
  allEntries(): Promise<LogEntry[]>;
  bodyIds(): Promise<Set<string>>;
  applyBatch(entries: readonly unknown[], options?: BatchOptions): Promise<void>;
}

// After the journalist confirmed a preview: merge again against the log as it is now (it may have
// changed while the preview was open) and write everything in one transaction, or nothing. `read` is the
// file already read and validated (the preview's own reading, or the runs of a staged file); entries that
// come through the merge as the very objects validated there are not validated again on write.
export async function confirmRead(store: ImportStore, read: ExportRead): Promise<ImportResult> {
  if (!read.ok) return read;
  let start = performance.now();
  const entries = await store.allEntries();
  markStage('apply:read-log', start);
  start = performance.now();
  const preview = previewRead(read, entries);
  markStage('apply:merge', start);
  start = performance.now();
  // A release text from the file is written where the log has none, or where the file's entry is new or newer;
  // a body the log already keeps for an entry the file does not change stays as it is.
  const outcomes = preview.ok ? new Map(preview.outcomes.map((o) => [o.id, o.outcome])) : new Map();
  const have = preview.ok && read.bodies.length > 0 ? await store.bodyIds() : new Set<string>();
  const bodies = read.bodies.filter((body) => !have.has(body.id) || outcomes.get(body.id) === 'new' || outcomes.get(body.id) === 'updated');
  if (preview.ok && (preview.toWrite.length > 0 || bodies.length > 0)) {
    // An entry edited while this merge ran is merged again with its stored version inside the write.
    const readAt = new Map(entries.map((entry) => [entry.id, writeStamp(entry)]));
    await store.applyBatch(preview.toWrite, {
      alreadyValid: isValidatedEntry,
      basis: { readAt: (id) => readAt.get(id), rebase: (stored, ours) => mergeEntry(stored, ours).entry },
      bodies,
    });
  }
  markStage('apply:write', start);
  return preview;
}

// The same for a file given as text; `read` is the preview's reading of that text, when the caller kept it.
export async function confirmImport(
  input: string | Uint8Array,
  store: ImportStore,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  read?: ExportRead,
): Promise<ImportResult> {
  return confirmRead(store, read ?? readOrRefuse(input, limits));
}

function readOrRefuse(input: string | Uint8Array, limits: ImportLimits): ExportRead {
  try {
    return readExportEntries(input, limits);
  } catch (error) {
    return { ok: false, reason: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
