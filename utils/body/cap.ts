import { BODY_HTML_CAP } from './allowlist';

// Cuts sanitized HTML to `cap` characters at the end of a block (a paragraph, list item, heading, quote or table
// row), never inside a tag or an entity: what is kept reads as whole paragraphs, and still passes the stored-HTML
// check. Elements left open by the cut are closed by DOMPurify when the body is shown.

const BLOCK_END = /<\/(?:p|li|h2|h3|h4|blockquote|tr|ul|ol|table)>/g;

export interface Capped {
  html: string;
  truncated: boolean;
}

export function capBodyHtml(html: string, cap = BODY_HTML_CAP): Capped {
  if (html.length <= cap) return { html, truncated: false };
  let end = 0;
  for (const match of html.slice(0, cap).matchAll(BLOCK_END)) end = match.index + match[0].length;
  // One block longer than the cap (a page that is one huge paragraph): cut at the last tag boundary instead.
  if (end === 0) end = Math.max(0, html.lastIndexOf('<', cap));
  return { html: html.slice(0, end), truncated: true };
}
