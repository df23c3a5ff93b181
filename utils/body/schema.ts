import { z } from 'zod';
import { BODY_HTML_CAP, BODY_TEXT_CAP } from './allowlist';
import { storedHtmlProblem } from './stored-html';

// A release's kept text: its sanitized HTML (the allowlist in allowlist.ts), the plain text derived from it,
// and whether it was cut at the cap. Every body crossing into the background (a save, an import) is checked
// against the stored-HTML grammar here, so no path stores markup outside the allowlist.
export const ReleaseBodySchema = z.object({
  html: z
    .string()
    .max(BODY_HTML_CAP, `The release text is over the cap of ${BODY_HTML_CAP} characters of HTML.`)
    .superRefine((html, ctx) => {
      const problem = storedHtmlProblem(html);
      if (problem) ctx.addIssue({ code: 'custom', message: `The release text was refused: ${problem}.` });
    }),
  text: z.string().max(BODY_TEXT_CAP, `The release text is over the cap of ${BODY_TEXT_CAP} characters.`),
  truncated: z.boolean(),
});
export type ReleaseBody = z.infer<typeof ReleaseBodySchema>;

// As stored in the bodies store and carried by an export: keyed by the entry's id.
export const StoredBodySchema = ReleaseBodySchema.extend({ id: z.string().min(1).max(100) });
export type StoredBody = z.infer<typeof StoredBodySchema>;
