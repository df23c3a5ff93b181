import { z } from 'zod';
import { PressReleaseSchema } from '../../utils/schema/record';

// The messages between extract-pool.ts and its worker thread (extract-worker.ts).

// `alsoClipped` (the eval): the record read as a journalist's clip too (contacts whatever the verdict), and the
// page's text for the keyword baseline.
// `url` null: the file's own address (see loadAnyInput).
export const ExtractJobSchema = z.object({ file: z.string(), url: z.string().nullable(), alsoClipped: z.boolean().optional() });
export type ExtractJob = z.infer<typeof ExtractJobSchema>;

export const ExtractReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), record: PressReleaseSchema, clipped: PressReleaseSchema.optional(), text: z.string().optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ExtractReply = z.infer<typeof ExtractReplySchema>;

// The worker's first message: the extractor is loaded, so a file's time limit starts counting from here.
export const WorkerReadySchema = z.object({ ready: z.literal(true) });
export type WorkerReady = z.infer<typeof WorkerReadySchema>;
