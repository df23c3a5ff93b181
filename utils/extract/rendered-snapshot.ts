import { BLOCK_TAGS, compileSkip, isSkipped } from './block-text';
import { headFields, HEADING_TAG, MAX_HEADINGS, MAX_LINE, MAX_TEXT, H1_MAX, PAGE_SKIP, type PageSnapshot } from './page-snapshot';

// The every-page snapshot, read from the browser's rendered text (innerText) instead of a node-by-node walk.
// In a fresh renderer every DOM node a script touches costs a wrapper object in its isolated world: the walk to
// 20,000 characters took ~7 ms there (issue 3's trace bench), one innerText call on a whole page about 1 ms.
// innerText also drops what CSS hides. Its cost grows with the page, though (30 ms for 5 MB of text), so it is
// only asked of blocks of bounded rendered height; a taller page is read block by block, skipping menus as it goes.
// Needs layout (a browser); snapshotFromBlocks() is the layout-free producer of the same shape.

// A page at most this tall (CSS px, overflow included) is read in one innerText call, its menus taken out after.
const PAGE_PX = 40_000;
// On a taller page, a block at most this tall is read in one call: ~100 kB of text at most.
const CHUNK_PX = 10_000;
// Headings read for their text: the dateline search only needs those near the top.
const MAX_HEADING_ELEMENTS = 72;
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

// Spaces collapse in one pass over the whole text rather than one replace() per line: a page has hundreds of lines.
function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/[^\S\n\r\t]+/g, ' ').split(/[\n\r\t]/)) {
    const line = raw.trim();
    if (line) out.push(line);
  }
  return out;
}

class Lines {
  readonly lines: string[] = [];
  total = 0;

  get full(): boolean {
    return this.total >= MAX_TEXT;
  }

  // innerText separates blocks with newlines and table cells with tabs; the walk makes each a line of its own.
  add(text: string): void {
    this.addLines(splitLines(text));
  }

  addLines(lines: readonly string[]): void {
    for (const line of lines) {
      if (this.full) return;
      for (let i = 0; i < line.length && !this.full; i += MAX_LINE) {
        const part = line.slice(i, i + MAX_LINE);
        this.lines.push(part);
        this.total += part.length;
      }
    }
  }
}

// The headings inside what was read, in reading order. Looked up only inside the blocks read: a document-wide
// lookup for a level the page does not use walks every element of it (milliseconds each on a 5 MB page).
class Headings {
  readonly found: Element[] = [];

  addWithin(el: Element): void {
    if (this.found.length >= MAX_HEADING_ELEMENTS) return;
    if (HEADING_TAG.test(el.tagName.toUpperCase())) {
      this.found.push(el);
      return;
    }
    const inside = el.querySelectorAll(HEADINGS);
    for (let i = 0; i < inside.length && this.found.length < MAX_HEADING_ELEMENTS; i++) this.found.push(inside[i] as Element);
  }
}

interface Read {
  lines: string[];
  incomplete: boolean;
  headings: Element[];
}

interface Frame {
  kids: NodeListOf<ChildNode>;
  next: number;
  inline: string; // the run of inline text since the last block child
}

// Takes each menu's lines out of the page's lines: a menu's rendered text is a run of the page's.
function withoutRuns(lines: string[], runs: readonly string[][]): string[] {
  const drop = new Uint8Array(lines.length);
  for (const run of runs) {
    if (run.length === 0) continue;
    for (let i = 0; i + run.length <= lines.length; i++) {
      if (drop[i] || lines[i] !== run[0]) continue;
      let j = 1;
      while (j < run.length && lines[i + j] === run[j]) j++;
      if (j === run.length) {
        drop.fill(1, i, i + j);
        break;
      }
    }
  }
  return lines.filter((_, i) => !drop[i]);
}

function menuRuns(body: Element): { runs: string[][]; chars: number } {
  const runs: string[][] = [];
  let chars = 0;
  const menus = body.querySelectorAll(PAGE_SKIP);
  for (let i = 0; i < menus.length; i++) {
    const menu = menus[i] as Element;
    // A menu inside another is part of that one's run; a hidden one is not in the page's text at all.
    if (menu.parentElement?.closest(PAGE_SKIP) || rendered(menu) !== 'box') continue;
    const text = (menu as HTMLElement).innerText ?? '';
    chars += text.length;
    runs.push(splitLines(text));
  }
  return { runs, chars };
}

// The whole page in one innerText call, its menus taken out after.
function readWhole(body: Element): Read {
  const { runs, chars } = menuRuns(body);
  const out = new Lines();
  // Enough of the text for the cap once the menus are out (line breaks and blank lines are free).
  out.addLines(withoutRuns(splitLines(((body as HTMLElement).innerText ?? '').slice(0, 2 * MAX_TEXT + chars)), runs));
  const headings = new Headings();
  headings.addWithin(body);
  return { lines: out.lines, incomplete: out.full, headings: headings.found };
}

function readText(body: Element): Read {
  if (!tall(body, PAGE_PX)) return readWhole(body);
  const out = new Lines();
  const headings = new Headings();
  const skipMenus = compileSkip(PAGE_SKIP);
  let visits = 0;
  const read = (el: Element): Frame | null => {
    if (!tall(el) && !el.querySelector(PAGE_SKIP)) {
      out.add((el as HTMLElement).innerText ?? '');
      headings.addWithin(el);
      return null;
    }
    return { kids: el.childNodes, next: 0, inline: '' };
  };
  const first = read(body);
  const stack: Frame[] = first ? [first] : [];
  while (stack.length > 0 && !out.full && visits < MAX_VISITS) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next >= frame.kids.length) {
      out.add(frame.inline);
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
      frame.inline += (el as HTMLElement).innerText ?? '';
      headings.addWithin(el);
      continue;
    }
    out.add(frame.inline);
    frame.inline = '';
    const child = box === 'contents' ? { kids: el.childNodes, next: 0, inline: '' } : read(el);
    if (child) stack.push(child);
  }
  return { lines: out.lines, incomplete: out.full || stack.length > 0, headings: headings.found };
}

function oneLine(el: Element): string {
  return ((el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim();
}

function firstH1(headings: readonly Element[]): string {
  for (const el of headings) {
    if (el.tagName.toUpperCase() === 'H1' && !el.closest(PAGE_SKIP) && rendered(el) === 'box') return oneLine(el).slice(0, H1_MAX);
  }
  return '';
}

export function renderedSnapshot(doc: Document, url: string): PageSnapshot {
  const body = doc.body ?? doc.documentElement;
  const read: Read = body ? readText(body) : { lines: [], incomplete: false, headings: [] };
  const { lines, incomplete } = read;
  // Headings by their rendered text (the first line of each; hidden ones are not among the lines anyway).
  const headingText = new Set<string>();
  for (const el of read.headings) {
    const firstLine = splitLines(((el as HTMLElement).innerText ?? '').slice(0, 1000))[0];
    if (firstLine) headingText.add(firstLine);
  }
  const headings: number[] = [];
  for (let i = 0; i < lines.length && headings.length < MAX_HEADINGS; i++) if (headingText.has(lines[i] as string)) headings.push(i);
  return { ...headFields(doc, url), lines, headings, h1: firstH1(read.headings), incomplete };
}
