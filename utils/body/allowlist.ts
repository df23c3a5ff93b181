// What a release's kept text may contain: the structure a journalist reads and quotes (paragraphs, headings,
// lists, quotes, emphasis, tables, links), nothing that runs, loads or styles. One list, used three times:
// by DOMPurify when the text is clipped and when it is shown, and by the stored-HTML check (stored-html.ts)
// that the background applies to every body it is given, since a service worker has no DOM for DOMPurify.

export const BODY_TAGS = [
  'p', 'br', 'h2', 'h3', 'h4',
  'ul', 'ol', 'li',
  'blockquote', 'strong', 'em',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a',
] as const;
export type BodyTag = (typeof BODY_TAGS)[number];

// The only attribute kept, and only on <a>.
export const BODY_ATTRS = ['href'] as const;

// Link targets: web addresses, e-mail and phone. Readability makes relative links absolute first, so a relative
// link is not lost; javascript:, data:, vbscript:, blob: and every other scheme lose the href (the text stays).
export const LINK_SCHEMES = /^(?:https?:|mailto:|tel:)/i;

// Kept HTML per entry, in characters of the sanitized HTML (a long wire release is 20,000–60,000; a 10-K filing
// pasted as a release can be megabytes). Past it the text is cut at a block boundary and the entry says so.
export const BODY_HTML_CAP = 200_000;
// The plain text is derived from the kept HTML, so it is never longer; the limit guards what an import may bring.
export const BODY_TEXT_CAP = 200_000;

// DOMPurify's configuration (https://github.com/cure53/DOMPurify#can-i-configure-dompurify). No data-* or ARIA
// attributes, no SVG or MathML profiles; the contents of script, style, template and the like are dropped with
// them (DOMPurify's FORBID_CONTENTS default), the text of any other dropped element is kept.
export const PURIFY_CONFIG = {
  ALLOWED_TAGS: [...BODY_TAGS],
  ALLOWED_ATTR: [...BODY_ATTRS],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: LINK_SCHEMES,
  KEEP_CONTENT: true,
} as const;
