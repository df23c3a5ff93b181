import { BLOCK_TAGS, compileSkip, isSkipped } from './block-text';
import { H1_MAX, HEADING_TAGS, headFields, MAX_TEXT, PAGE_SKIP, type HeadFields } from './page-snapshot';

// What the every-page content script reads of a page, raw: the browser's rendered text (innerText), the rendered
// text of its menus, and the text of its headings. Nothing is split, matched or cleaned here: that string work
// runs in the background (snapshotFromRendered() in rendered-snapshot.ts), off the page's main thread.
// In a fresh renderer every DOM node a script touches costs a wrapper object in its isolated world: a node-by-node
// walk to 20,000 characters took ~7 ms there (issue 3's trace bench), one innerText call on a whole page about
// 1 ms. innerText also drops what CSS hides. Its cost grows with the page, though (30 ms for 5 MB of text), so it
// is only asked of blocks of bounded rendered height; a taller page is read block by block, skipping menus.
// Needs layout (a browser); snapshotFromBlocks() is the layout-free producer of the detector's input.

export interface RenderedPage extends HeadFields {
  text: string; // rendered text read, blocks on lines of their own; the menus' text is still in it
  menus: string[]; // each menu's rendered text, to be taken out of `text`
  headings: string[]; // the text (textContent) of each heading inside what was read, in reading order
  h1: string; // the first rendered H1 outside the menus, its innerText
  incomplete: boolean; // reading stopped before the end of the page
}

// Text read beyond the menus: the detector keeps MAX_TEXT characters of lines; line breaks, blank lines and
// tabs cost characters here and none there (about 2 per line). Every character is copied into the message.
export const READ_TEXT = (MAX_TEXT * 5) / 4;
// Menus taken out of the text, at most: a mega-menu beyond this stays in the text (the detector copes with menus).
export const MENU_CAPS = { menus: 40, chars: 40_000 };
export const HEADING_CAPS = { headings: 72, chars: 300 };
export const H1_READ = 2 * H1_MAX;

// A page at most this tall (CSS px, overflow included) is read in one innerText call.
const PAGE_PX = 40_000;
// On a taller page, a block at most this tall is read in one call: ~100 kB of text at most.
const CHUNK_PX = 10_000;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
// Elements visited while descending: a pathological nesting of tall blocks ends here, as incomplete.
const MAX_VISITS = 2_000;

// Rendered with a box. innerText of an element without one returns its raw textContent (hidden text, even
// script source), so such an element is read child by child if it is display: contents, else skipped.
function rendered(el: Element): 'box' | 'contents' | 'none' {
  const visible = typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
  if (visible) return 'box';
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents' ? 'contents' : 'none';
}

function tall(el: Element, px = CHUNK_PX): boolean {
  return Math.max(el.scrollHeight, el.getBoundingClientRect().height) > px;
}

function innerText(el: Element): string {
  return (el as HTMLElement).innerText ?? '';
}

// The headings inside what was read, in reading order, up to the cap.
function addHeading(found: Element[], el: Element): void {
  if (found.length < HEADING_CAPS.headings) found.push(el);
}

// Looked up only inside the blocks read: a document-wide lookup for a level the page does not use walks every
// element of it (milliseconds each on a 5 MB page).
function addHeadingsWithin(found: Element[], el: Element): void {
  if (found.length >= HEADING_CAPS.headings) return;
  if (HEADING_TAGS.has(el.tagName.toUpperCase())) return addHeading(found, el);
  const inside = el.querySelectorAll(HEADINGS);
  for (let i = 0; i < inside.length && found.length < HEADING_CAPS.headings; i++) addHeading(found, inside[i] as Element);
}

interface Read {
  text: string;
  menus: string[];
  headings: Element[];
  incomplete: boolean;
}

// The menus' rendered texts and the headings, from one selector query: each query walks the whole document.
function menusAndHeadings(body: Element): { menus: string[]; headings: Element[] } {
  const menus: string[] = [];
  const headings: Element[] = [];
  let chars = 0;
  let menusFull = false;
  const found = body.querySelectorAll(`${PAGE_SKIP}, ${HEADINGS}`);
  for (let i = 0; i < found.length; i++) {
    const el = found[i] as Element;
    if (HEADING_TAGS.has(el.tagName.toUpperCase())) {
      addHeading(headings, el);
      continue;
    }
    // A menu inside another is part of that one's text; a hidden one is not in the page's text at all.
    if (menusFull || menus.length >= MENU_CAPS.menus || el.parentElement?.closest(PAGE_SKIP) || rendered(el) !== 'box') continue;
    const text = innerText(el);
    // The menus past the cap stay in the text.
    menusFull = chars + text.length > MENU_CAPS.chars;
    if (menusFull) continue;
    chars += text.length;
    menus.push(text);
  }
  return { menus, headings };
}

// The whole page in one innerText call; its menus are taken out in the background.
function readWhole(body: Element): Read {
  const { menus, headings } = menusAndHeadings(body);
  const menuChars = menus.reduce((n, m) => n + m.length, 0);
  const whole = innerText(body);
  const text = whole.slice(0, READ_TEXT + menuChars);
  return { text, menus, headings, incomplete: text.length < whole.length };
}

interface Frame {
  kids: NodeListOf<ChildNode>;
  next: number;
  inline: string; // the run of inline text since the last block child
}

// A tall page, block by block until READ_TEXT characters: menus are skipped as the walk meets them.
function readBlocks(body: Element): Read {
  const chunks: string[] = [];
  let total = 0;
  // One block may hold ~100 kB of text: the last one read is cut to what is left of READ_TEXT.
  const add = (text: string): void => {
    const part = text.slice(0, READ_TEXT - total);
    if (!part) return;
    chunks.push(part);
    total += part.length;
  };
  const headings: Element[] = [];
  const skipMenus = compileSkip(PAGE_SKIP);
  let visits = 0;
  const read = (el: Element): Frame | null => {
    if (!tall(el) && !el.querySelector(PAGE_SKIP)) {
      add(innerText(el));
      addHeadingsWithin(headings, el);
      return null;
    }
    return { kids: el.childNodes, next: 0, inline: '' };
  };
  const first = read(body);
  const stack: Frame[] = first ? [first] : [];
  while (stack.length > 0 && total < READ_TEXT && visits < MAX_VISITS) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next >= frame.kids.length) {
      add(frame.inline);
      stack.pop();
      continue;
    }
    const node = frame.kids[frame.next++] as Node;
    if (node.nodeType === 3) {
      frame.inline += ((node as Text).data ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    // What the walk skips: scripts and the like, hidden elements and menus.
    if (isSkipped(el, tag, skipMenus)) continue;
    visits++;
    const box = rendered(el);
    if (box === 'none') continue;
    if (box === 'box' && !BLOCK_TAGS.has(tag) && !tall(el) && !el.querySelector(PAGE_SKIP)) {
      frame.inline += innerText(el);
      addHeadingsWithin(headings, el);
      continue;
    }
    add(frame.inline);
    frame.inline = '';
    const child = box === 'contents' ? { kids: el.childNodes, next: 0, inline: '' } : read(el);
    if (child) stack.push(child);
  }
  return { text: chunks.join('\n'), menus: [], headings, incomplete: stack.length > 0 };
}

function firstH1(headings: readonly Element[]): string {
  for (const el of headings) {
    if (el.tagName.toUpperCase() === 'H1' && !el.closest(PAGE_SKIP) && rendered(el) === 'box') return innerText(el).slice(0, H1_READ);
  }
  return '';
}

export function readRenderedPage(doc: Document, url: string): RenderedPage {
  const body = doc.body ?? doc.documentElement;
  const read: Read = !body ? { text: '', menus: [], headings: [], incomplete: false } : tall(body, PAGE_PX) ? readBlocks(body) : readWhole(body);
  // textContent, not innerText: no layout walk per heading. The background matches it to the rendered lines
  // ignoring case and spacing (CSS text-transform and <br> change innerText, not textContent).
  const headings = read.headings.map((el) => (el.textContent ?? '').slice(0, HEADING_CAPS.chars));
  return { ...headFields(doc, url), text: read.text, menus: read.menus, headings, h1: firstH1(read.headings), incomplete: read.incomplete };
}
