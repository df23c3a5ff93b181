import { Readability } from '@mozilla/readability';
import type { DOMPurify } from 'dompurify';
import { bodyFromSanitizedHtml } from './from-text';
import { sanitizeBodyHtml } from './sanitize';
import type { ReleaseBody } from './schema';

// The release's main text on clip: Readability on a clone of the page (it rewrites the tree it is given, so the
// live page is never touched), its page furniture (navigation, share bars, related links) left out by
// Readability's own scoring, then DOMPurify under the allowlist, then the cap.
export function clipBody(doc: Document, purify: DOMPurify): ReleaseBody | null {
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability(clone, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  return bodyFromSanitizedHtml(sanitizeBodyHtml(purify, article.content));
}
