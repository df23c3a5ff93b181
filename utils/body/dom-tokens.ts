import { BODY_TAGS, LINK_SCHEMES, type BodyTag } from './allowlist';
import type { BodyToken } from './stored-html';

// The tokens of a shown body or a selected part of it (a Range's cloneContents()), for "Copy as Markdown" of a
// passage: allowlisted elements become tokens, any other node only gives its text. Reads the tree; the caller's
// DOM is whatever rendered the body (already sanitized there).

const TAGS = new Set<string>(BODY_TAGS);
const ELEMENT = 1;
const TEXT = 3;

export function domToTokens(root: Node): BodyToken[] {
  const tokens: BodyToken[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === TEXT) {
      tokens.push({ kind: 'text', text: node.nodeValue ?? '' });
      return;
    }
    const tag = node.nodeType === ELEMENT ? (node as Element).localName : '';
    const kept = TAGS.has(tag);
    if (kept) {
      const href = tag === 'a' ? (node as Element).getAttribute('href') : null;
      tokens.push({ kind: 'open', tag: tag as BodyTag, href: href !== null && LINK_SCHEMES.test(href) ? href : null });
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (kept && tag !== 'br') tokens.push({ kind: 'close', tag: tag as BodyTag });
  };
  visit(root);
  return tokens;
}
