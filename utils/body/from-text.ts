import { escapeText } from './entities';
import { BODY_HTML_CAP } from './allowlist';
import { capBodyHtml } from './cap';
import { tokensToText } from './plain-text';
import { readBodyTokens } from './stored-html';
import type { ReleaseBody } from './schema';

// A release that arrived as text (pasted, a PDF, an e-mail, a Word file read as text) keeps that text as its
// body: paragraphs at blank lines, line breaks kept inside them. Escaped here, so no DOM is needed and the
// result is already in the stored-HTML grammar.
export function bodyFromText(text: string, cap = BODY_HTML_CAP): ReleaseBody | null {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paragraphs.length === 0) return null;
  const html = paragraphs.map((p) => `<p>${p.split('\n').map((line) => escapeText(line.trim())).join('<br>')}</p>`).join('');
  return bodyFromSanitizedHtml(html, cap);
}

// The stored form of HTML already in the grammar (sanitized by DOMPurify, or made above): capped, with its text.
export function bodyFromSanitizedHtml(html: string, cap = BODY_HTML_CAP): ReleaseBody | null {
  const capped = capBodyHtml(html, cap);
  const read = readBodyTokens(capped.html);
  if (!read.ok) return null;
  const text = tokensToText(read.tokens);
  if (text === '') return null;
  return { html: capped.html, text, truncated: capped.truncated };
}
