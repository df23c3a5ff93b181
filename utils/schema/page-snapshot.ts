import { z } from 'zod';
import { H1_MAX, JSONLD_CAPS, MAX_HEADINGS, MAX_LINE, MAX_TEXT } from '../extract/page-snapshot';

// What the every-page content script sends: the page's text as the detector reads it (utils/extract/page-snapshot.ts).
// Page-derived and so hostile: every field is capped here, and the detector treats it as plain text.

// One character per line at most, plus the line that crosses the cap.
const MAX_LINES = MAX_TEXT + 1;

export const PageSnapshotSchema = z
  .object({
    url: z.string().max(4096),
    title: z.string().max(2000),
    lang: z.string().max(35).nullable(),
    section: z.string().max(300),
    jsonLd: z.array(z.string().max(JSONLD_CAPS.chars)).max(JSONLD_CAPS.scripts),
    lines: z.array(z.string().max(MAX_LINE)).max(MAX_LINES),
    headings: z.array(z.number().int().nonnegative()).max(MAX_HEADINGS),
    h1: z.string().max(H1_MAX),
    incomplete: z.boolean(),
  })
  .refine((s) => s.lines.reduce((n, l) => n + l.length, 0) <= MAX_TEXT + MAX_LINE, {
    message: `lines hold more than ${MAX_TEXT + MAX_LINE} characters`,
    path: ['lines'],
  });
