import { z } from 'zod';
import { CANONICAL_MAX, JSONLD_CAPS } from '../extract/page-snapshot';
import { H1_READ, HEADING_CAPS, MENU_CAPS, READ_TEXT } from '../extract/rendered-page';

// What the every-page content script sends: the page's rendered text, raw (utils/extract/rendered-page.ts).
// Page-derived and so hostile: every field is capped here, and the detector treats all of it as plain text.

export const RenderedPageSchema = z
  .object({
    url: z.string().max(4096),
    canonical: z.string().max(CANONICAL_MAX),
    title: z.string().max(2000),
    lang: z.string().max(35).nullable(),
    section: z.string().max(300),
    jsonLd: z.array(z.string().max(JSONLD_CAPS.chars)).max(JSONLD_CAPS.scripts),
    text: z.string().max(READ_TEXT + MENU_CAPS.chars),
    menus: z.array(z.string().max(MENU_CAPS.chars)).max(MENU_CAPS.menus),
    headings: z.array(z.string().max(HEADING_CAPS.chars)).max(HEADING_CAPS.headings),
    h1: z.string().max(H1_READ),
    incomplete: z.boolean(),
  })
  .refine((p) => p.menus.reduce((n, m) => n + m.length, 0) <= MENU_CAPS.chars, {
    message: `menus hold more than ${MENU_CAPS.chars} characters`,
    path: ['menus'],
  });
