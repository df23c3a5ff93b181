import { blockLines, textBlocks, type TextBlock } from '../block-text';
import { H1_MAX, MAX_TEXT, PAGE_SKIP, snapshotFromBlocks, type PageSnapshot } from '../page-snapshot';

// The snapshot of a parsed document that extract(), the eval and the weight fitting read (the browser's
// every-page path makes the same snapshot from the rendered text instead). `pageBlocks`: textBlocks(body,
// { skipSelector: PAGE_SKIP }) with any cap ≥ MAX_TEXT, when the caller already walked the page.
export function documentSnapshot(doc: Document, url: string, pageBlocks?: readonly TextBlock[]): PageSnapshot {
  const body = doc.body ?? doc.documentElement;
  const blocks = pageBlocks ?? (body ? textBlocks(body, { maxChars: MAX_TEXT, skipSelector: PAGE_SKIP }) : []);
  // The H1's text through block-text: some sites put a <style> inside the heading.
  return snapshotFromBlocks(doc, url, blocks, (h1) => blockLines(h1, { maxChars: H1_MAX }).join(' '));
}
