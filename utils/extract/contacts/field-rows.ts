import { BLOCK_TAGS } from '../block-text';

// A contact card whose fields are inline elements side by side, set apart only by the style sheet:
//   <p><span class="name">Anna Berger</span> <span class="role">Pressesprecherin</span> <span>+49 …</span> <a href="mailto:…">…</a></p>
// Read as text, the fields run together ("Anna Berger Pressesprecherin +49 …") and the name's end is a guess. Where a
// row holds a mailto: or tel: link and at least MIN_FIELDS inline elements with nothing but white space between them,
// the fields are one per line, as the page shows them: a <br> goes between each two.

const MIN_FIELDS = 3;
const LINKS = 'a[href^="mailto:" i], a[href^="tel:" i]';

// The row holding a link: the nearest ancestor with more than one element child (wrappers of the link alone are
// climbed: <span class="email"><a …></a></span>).
function rowOf(link: Element): Element | null {
  let node: Element = link;
  for (let depth = 0; depth < 3; depth++) {
    const parent = node.parentElement;
    if (!parent) return null;
    if (parent.childElementCount > 1) return parent;
    node = parent;
  }
  return null;
}

function isFieldRow(row: Element): boolean {
  if (row.childElementCount < MIN_FIELDS) return false;
  for (const child of Array.from(row.childNodes)) {
    if (child.nodeType === 3 && /\S/.test((child as Text).data)) return false;
    if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (BLOCK_TAGS.has(tag) || tag === 'BR') return false;
    }
  }
  return true;
}

// `mayChange`: true when the caller applies changes (on its clone); false when it only notes that one is needed.
export function breakFieldRows(root: ParentNode, late: () => boolean, mayChange: () => boolean): void {
  const seen = new Set<Element>();
  for (const link of Array.from(root.querySelectorAll(LINKS))) {
    if (late()) return;
    const row = rowOf(link);
    if (!row || seen.has(row) || !isFieldRow(row)) continue;
    seen.add(row);
    if (!mayChange()) return;
    const fields = Array.from(row.children);
    for (const field of fields.slice(1)) row.insertBefore(row.ownerDocument.createElement('br'), field);
  }
}
