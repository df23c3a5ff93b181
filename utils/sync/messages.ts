import { z } from 'zod';
import { DEFAULT_IMPORT_LIMITS } from './limits';

// Payloads and answers of the import and sync messages, for the one message contract
// (utils/messaging/contract.ts). The preview crosses contexts without the merged entries themselves:
// the page shows counts and reasons; the background merges again when the journalist confirms.

const count = z.number().int().nonnegative();

const sessionId = z.string().min(1).max(100);

// A file is previewed either as its text (small files, tests) or, as the log page does, as a blob: URL of the
// chosen File that the background reads itself (utils/sync/read-import-file.ts): a big export does not fit
// in one runtime message. A previewed file stays staged in the background under `session` until applied or
// discarded.
export const ImportPreviewRequestSchema = z.union([
  z.object({ text: z.string().max(DEFAULT_IMPORT_LIMITS.maxBytes) }),
  z.object({ file: z.string().startsWith('blob:').max(200) }),
]);

export const ImportApplyRequestSchema = z.union([
  z.object({ text: z.string().max(DEFAULT_IMPORT_LIMITS.maxBytes) }),
  z.object({ session: sessionId }),
]);

export const ImportSessionRequestSchema = z.object({ session: sessionId });

export const ImportSummarySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    fromVersion: count,
    counts: z.object({ new: count, updated: count, unchanged: count, conflict: count, invalid: count }),
    invalid: z.array(z.object({ index: count, id: z.string().nullable(), reason: z.string() })),
    // How many entries confirming writes (merged entries plus tombstones of joined duplicates).
    writes: count,
  }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

// Release texts a sync round refused or did not send (utils/sync/sync-once.ts caps them at 100), each naming its
// entry and why. Page- or server-derived: the pages show them as text only.
export const BodyProblemsSchema = z.array(z.string().max(2000)).max(1000);

export const SyncStatusSchema = z.object({
  state: z.enum(['ready', 'unpaired', 'unreachable', 'error']),
  detail: z.string(),
  port: z.number().int(),
  paired: z.boolean(),
  pending: count,
  lastSyncAt: z.string().nullable(),
  // When sync last wrote other browsers' changes into this log: an open log page reloads when it moves.
  lastWrittenAt: z.string().nullable().default(null),
  // The problems of the last round that had any, and when it ran: a round reports a problem once (the text is not
  // tried again until it changes), so an alarm's round would otherwise never reach the journalist.
  bodyProblems: BodyProblemsSchema.default([]),
  bodyProblemsAt: z.string().nullable().default(null),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const SyncReportSchema = z.object({
  pushed: count,
  pulled: count,
  written: count,
  conflicts: count,
  rejected: count,
  bodyProblems: BodyProblemsSchema.default([]),
  error: z.string().nullable(),
});

export const PairCompanionRequestSchema = z.object({
  code: z.string().min(1).max(40),
  port: z.number().int().min(1).max(65535).optional(),
});

// A revision is named by its two instants: positions shift when a sync merge adds revisions.
export const RestoreRevisionRequestSchema = z.object({
  id: z.string().min(1).max(100),
  revisionUpdatedAt: z.string().max(40),
  revisionSavedAt: z.string().max(40),
});
