// DOM → text lines that respect block boundaries, without layout (no innerText, no getComputedStyle),
// so it runs the same in a content script, happy-dom, linkedom and Node.
//
// STABLE API (used by the contacts extractor too — do not change signatures):
//   textBlocks(root, options?) → TextBlock[]   one entry per visual line: { text, element }
//       text:    whitespace-collapsed, trimmed, never empty
//       element: the nearest block-level ancestor (or <br>-split block) the line came from
//   blockLines(root, options?) → string[]      the same lines, text only
//   options.maxChars: stop after this many characters of text (default 200 000) — bounded work on huge pages
//   options.skipSelector: elements matching it are skipped with their subtree (e.g. 'nav, footer')
//   options.shouldStop: asked every few thousand nodes; true ends the walk early (extract()'s deadline)
// <script>, <style>, <noscript> (unless it holds elements: scripts were off), <template>, <svg>, <iframe>, <select>
// and elements with the `hidden` attribute or aria-hidden="true" are skipped. A <br> ends a line; so does every block
// element.

export interface TextBlock {
  text: string;
  element: Element;
}

export interface BlockTextOptions {
  maxChars?: number;
  skipSelector?: string;
  shouldStop?: () => boolean;
}

// How many nodes the walk visits between two shouldStop() calls: a clock read per node would cost more than
// the walk itself.
const STOP_CHECK_EVERY = 2048;

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OBJECT', 'CANVAS', 'HEAD', 'BUTTON',
]);

// Elements that start a new line before and after their content. Shared with the rendered reader's path for
// tall pages (rendered-page.ts), as is isSkipped(), so both read the same elements.
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const DEFAULT_MAX_CHARS = 200_000;
const GLUED_END = /[\p{Ll}\p{N}]$/u;
// A capital, a digit, or how a number starts ("+33 1 …", "(030) …").
const GLUED_START = /^[\p{Lu}\p{N}+(]/u;
const CONTACT_LINK = /^\s*(?:mailto|tel):/i;

// A skip selector is usually a list of tag names and [attr] / [attr="value"] tests ('nav, [role="navigation"]'):
// those are compiled to Set lookups and attribute reads, because Element.matches() per element was the largest
// single cost of the walk (CPU profile, issue 3). Anything more complex falls back to matches().
export interface SkipTest {
  tags: Set<string>;
  attrs: { name: string; value: string | null }[];
  fallback: string | null;
}

const SIMPLE_ATTR = /^\[\s*([\w-]+)\s*(?:=\s*"([^"]*)"\s*)?\]$/;
const compiled = new Map<string, SkipTest>();

export function compileSkip(selector: string): SkipTest {
  const cached = compiled.get(selector);
  if (cached) return cached;
  const test: SkipTest = { tags: new Set(), attrs: [], fallback: null };
  const complex: string[] = [];
  for (const raw of selector.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const attr = SIMPLE_ATTR.exec(part);
    if (/^[a-z][a-z0-9-]*$/i.test(part)) test.tags.add(part.toUpperCase());
    else if (attr) test.attrs.push({ name: attr[1] ?? '', value: attr[2] ?? null });
    else complex.push(part);
  }
  test.fallback = complex.length > 0 ? complex.join(', ') : null;
  compiled.set(selector, test);
  return test;
}

function matchesSkip(el: Element, tag: string, test: SkipTest, hasAttrs: boolean): boolean {
  if (test.tags.has(tag)) return true;
  if (hasAttrs) for (const a of test.attrs) {
    const v = el.getAttribute(a.name);
    if (v !== null && (a.value === null || v === a.value)) return true;
  }
  if (test.fallback) {
    try {
      return el.matches(test.fallback);
    } catch {
      return false;
    }
  }
  return false;
}

// `tag` is the element's upper-cased tag name, read once per element by the caller.
export function isSkipped(el: Element, tag: string, skip: SkipTest | null): boolean {
  // A <noscript> holds raw text where scripts run, but real, shown elements where they are off (a journalist
  // browsing with JavaScript disabled): some pages open their whole layout inside one.
  if (SKIP_TAGS.has(tag)) return tag !== 'NOSCRIPT' || el.childElementCount === 0;
  // Most elements carry no attributes at all: one cheap check saves the attribute reads.
  const hasAttrs = el.hasAttributes();
  if (hasAttrs && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) return true;
  return skip !== null && matchesSkip(el, tag, skip, hasAttrs);
}

// One frame per element being read: its child list and the next index. Children are read through childNodes
// indexing (some DOMs, happy-dom, compute nextSibling with an indexOf, which made a 25 000-child <main>
// quadratic), one at a time, so a walk that stops at the character cap never touches the rest of a huge list.
interface Frame {
  kids: NodeListOf<ChildNode>;
  next: number;
  block: boolean;
}

export function textBlocks(root: ParentNode, options: BlockTextOptions = {}): TextBlock[] {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const skip = options.skipSelector ? compileSkip(options.skipSelector) : null;
  const out: TextBlock[] = [];
  let total = 0;
  let buffer = '';
  let bufferBlock: Element | null = null;
  const blockStack: Element[] = [];
  const rootEl = (root as Node).nodeType === 1 ? (root as Element) : (root as Document).documentElement;

  let lastLeaf = false;
  let lastLink = false;
  const flush = () => {
    lastLeaf = false;
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text && bufferBlock) {
      out.push({ text, element: bufferBlock });
      total += text.length;
    }
    buffer = '';
    bufferBlock = null;
  };

  // Iterative walk: deep real-world DOMs (nested table layouts) overflow recursion. It stops as soon as the
  // character cap is reached.
  const stack: Frame[] = [{ kids: (root as Node).childNodes, next: 0, block: false }];
  if (rootEl) blockStack.push(rootEl);
  const shouldStop = options.shouldStop;
  let visited = 0;

  while (stack.length > 0 && total < maxChars) {
    if (shouldStop && ++visited % STOP_CHECK_EVERY === 0 && shouldStop()) break;
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next >= frame.kids.length) {
      stack.pop();
      if (frame.block) {
        // End of a block element.
        flush();
        blockStack.pop();
      }
      continue;
    }
    const node = frame.kids[frame.next++] as Node;
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (data) {
        if (!bufferBlock) bufferBlock = blockStack[blockStack.length - 1] ?? rootEl;
        buffer += data;
        lastLeaf = false;
        if (buffer.length > 20_000) flush();
      }
      continue;
    }
    if (type !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (isSkipped(el, tag, skip)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      blockStack.push(el);
    } else if (tag === 'IMG' && el.getAttribute('alt')) {
      // Inline image alt text is skipped: it is usually a logo name that would glue onto the next words.
      continue;
    }
    if (el.childElementCount === 0) {
      // A leaf holds only text (and comments, which textContent leaves out): read it in one call. Visiting each
      // text node costs a node wrapper in the content script's isolated world; leaves hold most of a page's text.
      const data = el.textContent;
      if (data) {
        if (!bufferBlock) bufferBlock = blockStack[blockStack.length - 1] ?? rootEl;
        // Two inline leaves flush against each other are two fields a style sheet sets apart ("<strong>Jordan
        // Lee</strong><span>Senior Manager</span>"): a word that ends and a capital or digit that starts get a space.
        // A mailto or tel link is a field of its own whatever touches it ("…+33 1 44 16 71 36</span><a href=mailto:…>").
        const link = tag === 'A' && CONTACT_LINK.test(el.getAttribute('href') ?? '');
        const glued = (GLUED_END.test(buffer) && GLUED_START.test(data)) || ((link || lastLink) && /\S$/.test(buffer) && /^\S/.test(data));
        if (lastLeaf && tag !== 'SUB' && tag !== 'SUP' && glued) buffer += ' ';
        buffer += data;
        lastLeaf = true;
        lastLink = link;
        if (buffer.length > 20_000) flush();
      }
      if (block) {
        flush();
        blockStack.pop();
      }
      continue;
    }
    stack.push({ kids: el.childNodes, next: 0, block });
  }
  flush();
  return out;
}

export function blockLines(root: ParentNode, options: BlockTextOptions = {}): string[] {
  return textBlocks(root, options).map((b) => b.text);
}
