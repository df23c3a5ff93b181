import type { LogEntry } from '../schema/entry';
import { DEFAULT_IMPORT_LIMITS, previewImport, type ImportLimits, type ImportResult } from './import-preview';

// The store side an import needs: the whole log (tombstones included) and one all-or-nothing write.
export interface BatchStore {
  exportDocument(): Promise<{ entries: LogEntry[] }>;
  applyBatch(entries: readonly unknown[]): Promise<void>;
}

// After the journalist confirmed a preview: merge again against the log as it is now (it may have
// changed while the preview was open) and write everything in one transaction, or nothing.
export async function confirmImport(
  input: string | Uint8Array,
  store: BatchStore,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<ImportResult> {
  const { entries } = await store.exportDocument();
  const preview = previewImport(input, entries, limits);
  if (preview.ok && preview.toWrite.length > 0) await store.applyBatch(preview.toWrite);
  return preview;
}
