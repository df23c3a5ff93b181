import { z } from 'zod';
import { AuthorSchema, LogEntrySchema } from '../schema/entry';

// Payloads of the desk's "who holds this entry" messages (utils/log/assignment.ts), for the one message contract.

export const HoldRequestSchema = z.object({
  id: z.string().min(1).max(100),
  action: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('claim') }),
    z.object({ kind: z.literal('assign'), to: z.string().max(200) }),
    z.object({ kind: z.literal('release') }),
  ]),
  // The `at` of the claim or assignment the journalist saw (null: nobody held it).
  expectedAt: z.iso.datetime({ offset: true }).nullable(),
  // Sent again after the journalist confirmed taking it over from a colleague.
  force: z.boolean().default(false),
});

export const HoldResponseSchema = z.object({ entry: LogEntrySchema.nullable(), refused: z.string().nullable() });

// Who this browser's journalist is on the desk: what "mine" means and what changes are stamped with.
export const AuthorResponseSchema = z.object({ author: AuthorSchema.nullable() });
