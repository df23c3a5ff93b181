import { BLOCK_TAGS, isSkipped } from './block-text';
import { H1_MAX, HEADING_TAGS, headFields, JSONLD_SELECTOR, jsonLdTextsOf, MAX_TEXT, PAGE_SKIP, PAGE_SKIP_TEST, type HeadFields } from './page-snapshot';

// What the every-page content script reads of a page, raw: the browser's rendered text (innerText), the rendered
// text of its menus, the text of its headings and its JSON-LD. Nothing is split, matched or cleaned here: that
// string work runs in the background (snapshotFromRendered() in rendered-snapshot.ts), off the page's main thread.
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
// One query finds both the menus (taken out of the text, or on a tall page what keeps a block from being read in
// one call) and what is kept (headings, JSON-LD): over the whole page, or inside each block of a tall one.
const LOOKUP = `${PAGE_SKIP}, ${HEADINGS}, ${JSONLD_SELECTOR}`;
// Elements visited while descending: a pathological nesting of tall blocks ends here, as incomplete.
const MAX_VISITS = 2_000;

// Rendered with a box. innerText of an element without one returns its raw textContent (hidden text, even
// script source).
function hasBox(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
}

// The walk reads an element without a box child by child if it is display: contents, else skips it. Only the walk
// asks: getComputedStyle() of a hidden heading cost 1.3 ms on a GitHub page (issue 3's trace bench).
function rendered(el: Element): 'box' | 'contents' | 'none' {
  if (hasBox(el)) return 'box';
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents' ? 'contents' : 'none';
}

function tall(el: Element, px = CHUNK_PX): boolean {
  return Math.max(el.scrollHeight, el.getBoundingClientRect().height) > px;
}

function innerText(el: Element): string {
  return (el as HTMLElement).innerText ?? '';
}

// Elements found inside what was read, in reading order: the headings (up to the cap) and the script elements
// that may be JSON-LD (jsonLdTextsOf() checks each one's type).
interface Found {
  headings: Element[];
  scripts: Element[];
}

// What LOOKUP found that is kept; the rest are menus.
function kept(tag: string): boolean {
  return tag === 'SCRIPT' || HEADING_TAGS.has(tag);
}

function addFound(found: Found, el: Element, tag: string): void {
  if (tag === 'SCRIPT') found.scripts.push(el);
  else if (found.headings.length < HEADING_CAPS.headings) found.headings.push(el);
}

// A block of a tall page that is not tall itself and holds no menu: its rendered text, in one call, and what it
// holds is added to `found`. Null for a block to descend into. Headings and JSON-LD are looked up only inside the
// blocks read: a document-wide lookup walks every element of the page (0.7 ms on a 5 MB page for the JSON-LD).
function readBlock(el: Element, tag: string, found: Found): string | null {
  if (tall(el)) return null;
  const inside = el.querySelectorAll(LOOKUP);
  const tags: string[] = [];
  for (let i = 0; i < inside.length; i++) {
    const t = (inside[i] as Element).tagName.toUpperCase();
    if (!kept(t)) return null;
    tags.push(t);
  }
  if (HEADING_TAGS.has(tag)) addFound(found, el, tag);
  for (let i = 0; i < tags.length; i++) addFound(found, inside[i] as Element, tags[i] as string);
  return innerText(el);
}

interface Read extends Found {
  text: string;
  menus: string[];
  incomplete: boolean;
}

// The menus' rendered texts, the headings and the JSON-LD, from one selector query: each query walks the whole
// page.
function scanWhole(body: Element): Found & { menus: string[] } {
  const menus: string[] = [];
  const found: Found = { headings: [], scripts: [] };
  let chars = 0;
  let menusFull = false;
  const all = body.querySelectorAll(LOOKUP);
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as Element;
    const tag = el.tagName.toUpperCase();
    if (kept(tag)) {
      addFound(found, el, tag);
      continue;
    }
    // A menu inside another is part of that one's text; a hidden one is not in the page's text at all.
    if (menusFull || menus.length >= MENU_CAPS.menus || el.parentElement?.closest(PAGE_SKIP) || !hasBox(el)) continue;
    const text = innerText(el);
    // The menus past the cap stay in the text.
    menusFull = chars + text.length > MENU_CAPS.chars;
    if (menusFull) continue;
    chars += text.length;
    menus.push(text);
  }
  return { ...found, menus };
}

// The whole page in one innerText call; its menus are taken out in the background.
function readWhole(body: Element): Read {
  const { menus, headings, scripts } = scanWhole(body);
  const menuChars = menus.reduce((n, m) => n + m.length, 0);
  const whole = innerText(body);
  const text = whole.slice(0, READ_TEXT + menuChars);
  return { text, menus, headings, scripts, incomplete: text.length < whole.length };
}

// Children are visited through nextSibling. Chromium's bindings check an index against the list's length, and
// counting a list walks all of it: indexing the first child of a <main> of 7,000 articles took 2 ms (issue 3's
// trace bench). (textBlocks() indexes instead: it also runs in happy-dom, where nextSibling is an indexOf.)
interface Frame {
  next: ChildNode | null;
  inline: string; // the run of inline text since the last block child
}

// A tall page, block by block until READ_TEXT characters: menus are skipped as the walk meets them. Headings and
// JSON-LD are taken from what was read only: a script at the foot of such a page is not seen.
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
  const found: Found = { headings: [], scripts: [] };
  let visits = 0;
  // The body itself is taller than PAGE_PX, so never read in one call.
  const stack: Frame[] = [{ next: body.firstChild, inline: '' }];
  while (stack.length > 0 && total < READ_TEXT && visits < MAX_VISITS) {
    const frame = stack[stack.length - 1] as Frame;
    const node = frame.next;
    if (!node) {
      add(frame.inline);
      stack.pop();
      continue;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === 3) {
      // Mostly the source's indentation between blocks: that needs no regular expression (V8 compiles one the
      // first time it runs, on every page).
      const data = (node as Text).data ?? '';
      frame.inline += data.trim() ? data.replace(/\s+/g, ' ') : data && ' ';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT') {
      addFound(found, el, tag);
      continue;
    }
    // What the walk skips: scripts and the like, hidden elements and menus.
    if (isSkipped(el, tag, PAGE_SKIP_TEST)) continue;
    visits++;
    const box = rendered(el);
    if (box === 'none') continue;
    const text = box === 'box' ? readBlock(el, tag, found) : null;
    if (text !== null && !BLOCK_TAGS.has(tag)) {
      frame.inline += text;
      continue;
    }
    add(frame.inline);
    frame.inline = '';
    if (text !== null) add(text);
    else stack.push({ next: el.firstChild, inline: '' });
  }
  return { text: chunks.join('\n'), menus: [], ...found, incomplete: stack.length > 0 };
}

function firstH1(headings: readonly Element[]): string {
  for (const el of headings) {
    if (el.tagName.toUpperCase() === 'H1' && !el.closest(PAGE_SKIP) && hasBox(el)) return innerText(el).slice(0, H1_READ);
  }
  return '';
}

export function readRenderedPage(doc: Document, url: string): RenderedPage {
  const body = doc.body ?? doc.documentElement;
  const read: Read = !body ? { text: '', menus: [], headings: [], scripts: [], incomplete: false } : tall(body, PAGE_PX) ? readBlocks(body) : readWhole(body);
  // The head's JSON-LD, then the body's as read (without a <body>, what was read includes the head).
  const headScripts = doc.body && doc.head ? Array.from(doc.head.querySelectorAll(JSONLD_SELECTOR)) : [];
  const jsonLd = jsonLdTextsOf([...headScripts, ...read.scripts]);
  // textContent, not innerText: no layout walk per heading. The background matches it to the rendered lines
  // ignoring case and spacing (CSS text-transform and <br> change innerText, not textContent).
  const headings = read.headings.map((el) => (el.textContent ?? '').slice(0, HEADING_CAPS.chars));
  return { ...headFields(doc, url, jsonLd), text: read.text, menus: read.menus, headings, h1: firstH1(read.headings), incomplete: read.incomplete };
}
