import { z } from 'zod';
import { LogEntrySchema } from './entry';

// The whole log as one JSON document, what "Export JSON" writes and import reads.
export const LOG_EXPORT_FORMAT = 'pressclip-log';
export const LOG_EXPORT_VERSION = 1;

export const LogExportSchema = z.object({
  format: z.literal(LOG_EXPORT_FORMAT),
  version: z.literal(LOG_EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  entries: z.array(LogEntrySchema),
});
export type LogExport = z.infer<typeof LogExportSchema>;
