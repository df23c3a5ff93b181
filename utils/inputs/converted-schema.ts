import { z } from 'zod';
import type { ConvertedInput } from './convert-file';

// What the file-reading worker sends back, checked on the page before a byte of it is used: the worker ran
// pdf.js, postal-mime and mammoth over a hostile file. Caps match what the extractor reads at most.

const MAX_TEXT = 5_000_000;
const text = z.string().max(MAX_TEXT);
const short = (max: number) => z.string().max(max).nullable();

export const ConvertedInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pdf'), text, pages: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('document-text'), text }),
  z.object({ kind: z.literal('pasted'), text }),
  z.object({ kind: z.literal('document'), html: text }),
  z.object({
    kind: z.literal('email'),
    subject: short(2000),
    sender: z.object({ name: short(300), address: short(320) }).nullable(),
    date: z.iso.date().nullable(),
    messageId: short(1000),
    part: z.enum(['html', 'text']),
    body: text,
    attachments: z.array(z.object({ filename: short(500), mimeType: z.string().max(200) })).max(500),
    attached: z
      .object({
        filename: z.string().max(500),
        input: z.discriminatedUnion('kind', [z.object({ kind: z.literal('pdf'), text, pages: z.number().int().nonnegative() }), z.object({ kind: z.literal('document'), html: text })]),
      })
      .optional(),
  }),
]) satisfies z.ZodType<ConvertedInput>;

// The worker's answer to one file: the converted input, or the refusal's message (InputError's text, shown as is).
export const ConvertReplySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), input: ConvertedInputSchema }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string().max(2000) }),
]);
export type ConvertReply = z.infer<typeof ConvertReplySchema>;

export const ConvertRequestSchema = z.object({
  id: z.number().int(),
  name: z.string().max(1000),
  bytes: z.instanceof(Uint8Array),
});
export type ConvertRequest = z.infer<typeof ConvertRequestSchema>;
