import { z } from 'zod';
import { LogEntrySchema } from './entry';
import { StoredBodySchema } from '../body/schema';

// The whole log as one JSON document, what "Export JSON" writes and import reads.
export const LOG_EXPORT_FORMAT = 'pressclip-log';
// 2: entries may carry `source` (pdf, email, document, pasted). A version-1 document is a valid version-2 one
// (its entries are pages), so the companion's file and a v1 export read as they are; an older PressClip
// refuses a version-2 file instead of dropping the sources it does not know.
export const LOG_EXPORT_VERSION = 2;

// Bookkeeping the companion file service (companion/) keeps inside its file, so the log and what
// it has applied are written in one atomic rename: a counter that grows with every change, the
// counter value at which each entry last changed (answers "what changed since cursor N"), and the
// most recent change ids it applied (a retried push is a no-op), and the counter value at which each kept release
// text last changed (so a pull sends a text only when it changed, not with every edit of its entry; absent in files
// from before texts synced). Browsers ignore it on import.
export const CompanionStateSchema = z.object({
  seq: z.number().int().nonnegative(),
  entrySeq: z.array(z.tuple([z.string().min(1).max(100), z.number().int().nonnegative()])),
  appliedChangeIds: z.array(z.string().min(1).max(100)),
  bodySeq: z.array(z.tuple([z.string().min(1).max(100), z.number().int().nonnegative()])).optional(),
});
export type CompanionState = z.infer<typeof CompanionStateSchema>;

export const LogExportSchema = z.object({
  format: z.literal(LOG_EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(LOG_EXPORT_VERSION)]),
  exportedAt: z.iso.datetime({ offset: true }),
  entries: z.array(LogEntrySchema),
  // The entries' kept release texts (utils/body/), by entry id; absent when the journalist exported without them.
  // Optional, so the version stays 2: an older PressClip reads such a file and leaves the texts out.
  bodies: z.array(StoredBodySchema).optional(),
  companion: CompanionStateSchema.optional(),
});
export type LogExport = z.infer<typeof LogExportSchema>;
