import { z } from 'zod';
import { LogEntrySchema } from '../schema/entry';
import { StoredBodySchema } from '../body/schema';

// The wire format between the extension and the companion file service, shared by both sides.
// A change is the whole new version of one entry (merging is state-based, so applying a version
// twice, or an older one after a newer one, is harmless); its id makes a retried push a no-op.

export const COMPANION_SERVICE = 'pressclip-log';
export const COMPANION_PROTOCOL = 1;
export const DEFAULT_COMPANION_PORT = 17373;
export const MAX_CHANGES_PER_PUSH = 200;
// The most items any array or object in a valid push holds (an entry's history, at most 1000 changes), so the
// companion can refuse a wider one before parsing it. tests/unit/sync/push-width.test.ts keeps it in step with
// the schemas.
export const MAX_ITEMS_IN_PUSH_CONTAINER = 1000;
// The header no web page can send without a CORS preflight, which the companion never approves.
export const CLIENT_HEADER = 'X-PressClip';

// `body`: the entry's kept release text, in the export's shape (StoredBodySchema: the stored-HTML grammar and
// the caps of utils/body/allowlist.ts, 200,000 characters of HTML and of text). It rides only on the change that
// first carries it after it changed (utils/sync/body-exchange.ts), so triage edits do not send it again.
export const ChangeSchema = z
  .object({
    changeId: z.string().min(1).max(100),
    entry: LogEntrySchema,
    body: StoredBodySchema.optional(),
  })
  .refine((change) => change.body === undefined || change.body.id === change.entry.id, {
    message: "The release text's id is not its entry's id.",
    path: ['body', 'id'],
  });
export type Change = z.infer<typeof ChangeSchema>;

export const PushRequestSchema = z.object({ changes: z.array(ChangeSchema).min(1).max(MAX_CHANGES_PER_PUSH) });
export const PushResponseSchema = z.object({
  applied: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  cursor: z.string().max(40),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

// `bodies`: the release texts changed after the cursor, each checked on its own (utils/sync/pulled-bodies.ts), so
// one refused text does not stop the entries or the other texts.
export const PullResponseSchema = z.object({
  cursor: z.string().max(40),
  entries: z.array(LogEntrySchema),
  bodies: z.array(z.unknown()).optional(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const HealthResponseSchema = z.object({
  service: z.literal(COMPANION_SERVICE),
  protocol: z.number().int(),
  // Whether the request carried the right token; health itself needs none, so an unpaired
  // extension can tell "not paired" from "not running".
  authorized: z.boolean(),
});

export const PairRequestSchema = z.object({ code: z.string().min(1).max(40) });
export const PairResponseSchema = z.object({ token: z.string().min(32).max(200) });

export const ErrorResponseSchema = z.object({ error: z.string() });
