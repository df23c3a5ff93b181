import { z } from 'zod';
import { LogEntrySchema } from '../schema/entry';

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

export const ChangeSchema = z.object({
  changeId: z.string().min(1).max(100),
  entry: LogEntrySchema,
});
export type Change = z.infer<typeof ChangeSchema>;

export const PushRequestSchema = z.object({ changes: z.array(ChangeSchema).min(1).max(MAX_CHANGES_PER_PUSH) });
export const PushResponseSchema = z.object({
  applied: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  cursor: z.string().max(40),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PullResponseSchema = z.object({ cursor: z.string().max(40), entries: z.array(LogEntrySchema) });
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
