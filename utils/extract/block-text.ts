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
// <script>, <style>, <noscript>, <template>, <svg>, <iframe>, <select> and elements with the `hidden`
// attribute or aria-hidden="true" are skipped. A <br> ends a line; so does every block element.

export interface TextBlock {
  text: string;
  element: Element;
}

export interface BlockTextOptions {
  maxChars?: number;
  skipSelector?: string;
}

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OBJECT', 'CANVAS', 'HEAD', 'BUTTON',
]);

// Elements that start a new line before and after their content.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const DEFAULT_MAX_CHARS = 200_000;

function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function isSkipped(el: Element, skipSelector: string | undefined): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (skipSelector) {
    try {
      return el.matches(skipSelector);
    } catch {
      return false;
    }
  }
  return false;
}

// Children in reverse order through childNodes indexing: some DOMs (happy-dom) compute previousSibling with an
// indexOf, which made a 25 000-child <main> quadratic.
function pushChildren(stack: { node: Node; exit: boolean }[], parent: Node): void {
  const kids = parent.childNodes;
  for (let i = kids.length - 1; i >= 0; i--) {
    const c = kids[i];
    if (c) stack.push({ node: c, exit: false });
  }
}

export function textBlocks(root: ParentNode, options: BlockTextOptions = {}): TextBlock[] {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const out: TextBlock[] = [];
  let total = 0;
  let buffer = '';
  let bufferBlock: Element | null = null;
  const blockStack: Element[] = [];
  const rootEl = (root as Node).nodeType === 1 ? (root as Element) : (root as Document).documentElement;

  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text && bufferBlock) {
      out.push({ text, element: bufferBlock });
      total += text.length;
    }
    buffer = '';
    bufferBlock = null;
  };

  // Iterative walk: deep real-world DOMs (nested table layouts) overflow recursion.
  type Frame = { node: Node; exit: boolean };
  const stack: Frame[] = [];
  const start = root as Node;
  pushChildren(stack, start);
  if (rootEl) blockStack.push(rootEl);

  while (stack.length > 0 && total < maxChars) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data) {
        if (!bufferBlock) bufferBlock = blockStack[blockStack.length - 1] ?? rootEl;
        buffer += data;
        if (buffer.length > 20_000) flush();
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const block = isBlockElement(el);
    if (frame.exit) {
      if (block) {
        flush();
        blockStack.pop();
      }
      continue;
    }
    if (isSkipped(el, options.skipSelector)) continue;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (block) {
      flush();
      blockStack.push(el);
    } else if (tag === 'IMG' && el.getAttribute('alt')) {
      // Inline image alt text is skipped: it is usually a logo name that would glue onto the next words.
      continue;
    }
    stack.push({ node: el, exit: true });
    pushChildren(stack, el);
  }
  flush();
  return out;
}

export function blockLines(root: ParentNode, options: BlockTextOptions = {}): string[] {
  return textBlocks(root, options).map((b) => b.text);
}
