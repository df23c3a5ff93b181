import { Readability } from '@mozilla/readability';
import type { DOMPurify } from 'dompurify';
import { bodyFromSanitizedHtml } from './from-text';
import { sanitizeBodyHtml } from './sanitize';
import type { ReleaseBody } from './schema';

// The release's main text on clip: Readability on a clone of the page (it rewrites the tree it is given, so the
// live page is never touched), its page furniture (navigation, share bars, related links) left out by
// Readability's own scoring, then DOMPurify under the allowlist, then the cap.
// Readability's time grows faster than the page: 5.5 s on a page of 100,000 links in Chromium, all on the page's
// main thread. Past this many elements (the largest corpus page has ~5,500) the entry is kept without its text.
export const MAX_BODY_ELEMENTS = 20_000;

export function clipBody(doc: Document, purify: DOMPurify): ReleaseBody | null {
  if (doc.getElementsByTagName('*').length > MAX_BODY_ELEMENTS) return null;
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability(clone, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  return bodyFromSanitizedHtml(sanitizeBodyHtml(purify, article.content));
}
