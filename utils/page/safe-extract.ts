// Guards around the on-demand extractor, which runs inside a hostile page. A page can nest elements tens
// of thousands deep (built by script: the HTML parser stops nesting at 512); walking such a tree with the
// browser's own recursive algorithms crashed Chromium's renderer, tab and all (seen in the e2e with a
// 50,000-deep chain). The depth is measured first, without recursion, and such a page is refused plainly.

export const MAX_DOM_DEPTH = 1000;
// Past this many elements the walk stops and lets the extractor's own budgets take over.
const MAX_VISITS = 400_000;

// The reply the extractor gives instead of a record; the background turns it into a plain message.
export interface ExtractRefusal {
  pressclipRefusal: string;
}

export function isExtractRefusal(value: unknown): value is ExtractRefusal {
  return typeof value === 'object' && value !== null && typeof (value as ExtractRefusal).pressclipRefusal === 'string';
}

// True when some element sits more than `limit` levels below `root`; an iterative walk (firstElementChild /
// nextElementSibling / parentElement), so it cannot overflow any stack itself.
export function deeperThan(root: Element, limit: number, maxVisits = MAX_VISITS): boolean {
  let node: Element | null = root;
  let depth = 0;
  for (let visits = 0; node && visits < maxVisits; visits++) {
    if (depth > limit) return true;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth += 1;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth -= 1;
    }
    if (!node || node === root) return false;
    node = node.nextElementSibling;
  }
  return false;
}

export function extractSafely<T>(extract: (doc: Document, url: string) => T, doc: Document, url: string): T | ExtractRefusal {
  if (doc.documentElement && deeperThan(doc.documentElement, MAX_DOM_DEPTH)) {
    return { pressclipRefusal: `its elements are nested more than ${MAX_DOM_DEPTH} levels deep` };
  }
  return extract(doc, url);
}
