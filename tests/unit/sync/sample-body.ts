import type { ReleaseBody } from '../../../utils/body/schema';

// Release texts for the sync tests: one clean text with entities, a link, non-ASCII and a table (to prove the
// round trip is byte for byte), the three hostile kinds a page or a colleague could slip in, and a long one.

export const CLEAN_BODY: ReleaseBody = {
  html: '<h2>Acme öffnet Werk</h2><p>Leipzig &amp; Dresden <strong>heute</strong> — „300 Stellen“. <a href="https://acme.example/p?a=1&amp;b=2">Plan</a></p><table><tbody><tr><td>2026</td><td>€ 40 Mio.</td></tr></tbody></table>',
  text: 'Acme öffnet Werk\n\nLeipzig & Dresden heute — „300 Stellen“. Plan\n\n2026 € 40 Mio.',
  truncated: false,
};

export const HOSTILE_HTML = {
  script: '<p>Hi</p><script>alert(1)</script>',
  onAttribute: '<p onclick="alert(1)">Hi</p>',
  javascriptLink: '<p><a href="javascript:alert(1)">Hi</a></p>',
} as const;

// As many whole paragraphs as fit in `size` characters of HTML (under the stored-HTML grammar), with their plain text.
export function longBody(size: number): ReleaseBody {
  const paragraph = `<p>${'Lorem ipsum dolor sit amet. '.repeat(20)}</p>`;
  const html = paragraph.repeat(Math.ceil(size / paragraph.length)).slice(0, size - (size % paragraph.length));
  return { html, text: html.replace(/<\/?p>/g, '\n').trim(), truncated: false };
}
