import { tableRows, tableSpan } from './pdf-table';

// A PDF's text items (pdfjs-dist's getTextContent, reduced to plain numbers) → the release as text, in
// reading order, for text-to-document: one line per printed line, a blank line between paragraphs, wrapped
// lines of a paragraph joined (a word hyphenated across the break made whole again), headers and footers that
// repeat on every page dropped, and a two-column page read column by column. A PDF has no lines or paragraphs,
// only glyph runs placed at coordinates; everything here is read back from those positions.
//
// The largest type on the first page becomes a "# " heading line and larger-than-body lines "## " headings,
// so the extractor sees the headline as an H1, as on a web page.

export interface PdfTextItem {
  text: string;
  // Left edge and baseline in PDF units, y growing upwards from the page's foot (the PDF convention).
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
}

export interface Fragment {
  text: string;
  x0: number;
  x1: number;
}

export interface Line {
  fragments: Fragment[];
  y: number;
  size: number;
  x0: number;
  x1: number;
}

// A gap wider than this many font sizes inside a printed line separates two fragments (table cells, or the two
// columns of a page, table cells with their padding). Word gaps in justified text stay under ~0.8 em.
const FRAGMENT_GAP_EM = 1.1;
// The widest whitespace item still read as a word space (justified text); wider ones mark a gap between cells.
const WORD_SPACE_MAX_EM = 2;
// Headers and footers live in the top and bottom tenth of a page.
const MARGIN_BAND = 0.1;
const PAGE_NUMBER = /^(?:(?:page|seite|p\.|pag\.|página|pagina)\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:of|von|de|di|sur|\/)\s*\d{1,4})?$/i;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function lineText(fragments: readonly Fragment[]): string {
  return fragments.map((f) => f.text).join(' ').replace(/\s+/g, ' ').trim();
}

function makeLine(fragments: Fragment[], y: number, size: number): Line {
  return { fragments, y, size, x0: fragments[0]?.x0 ?? 0, x1: fragments[fragments.length - 1]?.x1 ?? 0 };
}

// Items on one baseline (within 40 % of the type size: superscripts and baseline jitter stay on the line),
// left to right; items closer than a space are glued, farther ones joined by a space, and a gap wider than
// FRAGMENT_GAP_EM starts a new fragment.
export function assembleLines(items: readonly PdfTextItem[]): Line[] {
  const usable = items.filter((i) => i.text.length > 0 && i.fontSize > 0 && Number.isFinite(i.x) && Number.isFinite(i.y));
  const sorted = [...usable].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= 0.4 * Math.max(first.fontSize, item.fontSize)) row.push(item);
    else rows.push([item]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const size = median(row.filter((i) => i.text.trim()).map((i) => i.fontSize)) || (row[0]?.fontSize ?? 0);
    const fragments: Fragment[] = [];
    // pdf.js reports a space as a whitespace item as wide as it is printed. A word space (stretched by
    // justification in a narrow column to over an em) joins the words around it; one as wide as the gap between
    // two table cells (" " 81 pt wide) only says "a space here" and never joins or widens a fragment.
    for (const item of row) {
      if (!item.text.trim()) {
        const last = fragments[fragments.length - 1];
        if (!last) continue;
        if (!/\s$/.test(last.text)) last.text += ' ';
        const wordSpace = item.width <= WORD_SPACE_MAX_EM * size && item.x - last.x1 <= FRAGMENT_GAP_EM * size;
        if (wordSpace) last.x1 = Math.max(last.x1, item.x + item.width);
        continue;
      }
      const last = fragments[fragments.length - 1];
      const gap = last ? item.x - last.x1 : Infinity;
      if (last && gap <= FRAGMENT_GAP_EM * size) {
        const spaced = gap > 0.15 * size && !/\s$/.test(last.text) && !/^\s/.test(item.text);
        last.text += (spaced ? ' ' : '') + item.text;
        last.x1 = Math.max(last.x1, item.x + item.width);
      } else {
        fragments.push({ text: item.text, x0: item.x, x1: item.x + item.width });
      }
    }
    const kept = fragments.map((f) => ({ ...f, text: f.text.replace(/\s+/g, ' ').trim() })).filter((f) => f.text);
    if (kept.length > 0) lines.push(makeLine(kept, row[0]?.y ?? 0, size));
  }
  return lines;
}

// "Page 3 of 12" and "Ministry of Health – Press Office" at the same spot of every page are furniture. A line
// in the top or bottom band is dropped when its text (digits masked) is in that band on at least half the
// pages (at least two), or when it is a bare page number.
export function dropRepeatedMargins(pages: readonly { height: number; lines: Line[] }[]): Line[][] {
  const key = (line: Line) => lineText(line.fragments).toLowerCase().replace(/\d+/g, '#');
  const inBand = (line: Line, height: number) => line.y > height * (1 - MARGIN_BAND) || line.y < height * MARGIN_BAND;
  const seen = new Map<string, Set<number>>();
  pages.forEach((page, index) => {
    for (const line of page.lines) {
      if (!inBand(line, page.height)) continue;
      const k = key(line);
      seen.set(k, (seen.get(k) ?? new Set()).add(index));
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page) =>
    page.lines.filter((line) => {
      if (!inBand(line, page.height)) return true;
      if (PAGE_NUMBER.test(lineText(line.fragments))) return false;
      return pages.length < 2 || (seen.get(key(line))?.size ?? 0) < needed;
    }),
  );
}

// A two-column stretch of a page: consecutive lines none of which crosses a gutter x, at least three of which
// have text on both sides, and whose text fills each column (prose wraps at the column edge; a table's cells,
// such as a contacts table, do not, and a table is read row by row).
function columnGutter(lines: readonly Line[], pageWidth: number): number | null {
  const candidates: number[] = [];
  for (const line of lines) {
    for (let i = 1; i < line.fragments.length; i++) {
      const mid = ((line.fragments[i - 1]?.x1 ?? 0) + (line.fragments[i]?.x0 ?? 0)) / 2;
      if (mid > pageWidth * 0.25 && mid < pageWidth * 0.75) candidates.push(mid);
    }
  }
  if (candidates.length < 3) return null;
  return median(candidates);
}

const crosses = (line: Line, gutter: number) => line.fragments.some((f) => f.x0 < gutter - 1 && f.x1 > gutter + 1);

function sideOf(line: Line, gutter: number, side: 'left' | 'right'): Line | null {
  const fragments = line.fragments.filter((f) => (side === 'left' ? f.x1 <= gutter : f.x0 >= gutter));
  return fragments.length > 0 ? makeLine(fragments, line.y, line.size) : null;
}

function fillsColumns(run: readonly Line[], gutter: number): boolean {
  const left = run.map((l) => sideOf(l, gutter, 'left')).filter((l): l is Line => l !== null);
  const right = run.map((l) => sideOf(l, gutter, 'right')).filter((l): l is Line => l !== null);
  if (left.some((l) => l.fragments.length > 1) || right.some((l) => l.fragments.length > 1)) return false;
  const fill = (side: Line[]) => {
    const x0 = Math.min(...side.map((l) => l.x0));
    const x1 = Math.max(...side.map((l) => l.x1));
    return median(side.map((l) => (l.x1 - l.x0) / Math.max(1, x1 - x0)));
  };
  return fill(left) >= 0.75 && fill(right) >= 0.75;
}

// Left-only lines under the last line with a right-hand part belong to the left column only when they follow
// at the column's line spacing (the left column of a balanced pair runs a line or two longer); after a gap they
// are the full-width text below the columns ("Media contact: …"), which does not reach the gutter either.
function trimColumnRun(run: Line[], gutter: number): Line[] {
  let lastRight = -1;
  run.forEach((line, k) => {
    if (sideOf(line, gutter, 'right')) lastRight = k;
  });
  const steps = run.slice(1).map((line, k) => (run[k]?.y ?? 0) - line.y).filter((s) => s > 0);
  const spacing = median(steps);
  let end = lastRight + 1;
  while (end < run.length && (run[end - 1]?.y ?? 0) - (run[end]?.y ?? 0) <= spacing * 1.6) end++;
  return run.slice(0, end);
}

// The page's lines in reading order, as flows: a flow is a run of lines read top to bottom (a column or the
// full width), so paragraph gaps are measured inside one flow.
export function readingOrder(lines: readonly Line[], pageWidth: number): Line[][] {
  const gutter = columnGutter(lines, pageWidth);
  if (gutter === null) return [lines.slice()];
  const flows: Line[][] = [];
  let full: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    let split = 0;
    while (j < lines.length && !crosses(lines[j]!, gutter)) {
      if (sideOf(lines[j]!, gutter, 'left') && sideOf(lines[j]!, gutter, 'right')) split++;
      j++;
    }
    const run = trimColumnRun(lines.slice(i, j), gutter);
    if (split >= 3 && fillsColumns(run, gutter)) {
      j = i + run.length;
      if (full.length) flows.push(full);
      full = [];
      flows.push(run.map((l) => sideOf(l, gutter, 'left')).filter((l): l is Line => l !== null));
      flows.push(run.map((l) => sideOf(l, gutter, 'right')).filter((l): l is Line => l !== null));
      i = j;
      continue;
    }
    full.push(...lines.slice(i, j));
    if (j < lines.length) full.push(lines[j]!);
    i = j + 1;
  }
  if (full.length) flows.push(full);
  return flows;
}

// "press re-" + "lease" → "press release"; a soft hyphen at the break likewise. A hyphen before a capital
// ("Baden-" + "Württemberg") stays, and so does one inside an address ("tom@northwind-" + "robotics.example").
export function joinWrapped(previous: string, next: string): string {
  if (/\u00AD$/.test(previous)) return previous.slice(0, -1) + next;
  if (/[@./]\S*-$/.test(previous)) return previous + next;
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}

interface Paragraph {
  lines: string[];
  size: number;
  // Room left at the end of the last line before the flow's right edge, in PDF units.
  room: number;
  charWidth: number;
}

// A line was wrapped (its paragraph goes on in the next line) when the next line's first word would not have
// fitted in the room left at its end, and it is not a label ("Media contact:").
function wrapsInto(paragraph: Paragraph, next: string): boolean {
  const last = paragraph.lines[paragraph.lines.length - 1] ?? '';
  if (/:$/.test(last)) return false;
  const firstWord = next.split(' ', 1)[0] ?? '';
  return paragraph.room < (firstWord.length + 1) * paragraph.charWidth;
}

// One flow's lines → paragraphs. A new paragraph starts at a gap clearly wider than the flow's usual line
// spacing or at a change of type size; a wrapped line is joined with the next one, any other line break kept.
function paragraphsOf(flow: readonly Line[]): Paragraph[] {
  const steps: number[] = [];
  for (let i = 1; i < flow.length; i++) {
    const step = (flow[i - 1]?.y ?? 0) - (flow[i]?.y ?? 0);
    if (step > 0 && step < 2.5 * (flow[i]?.size ?? 0)) steps.push(step);
  }
  const spacing = median(steps);
  const right = Math.max(...flow.map((l) => l.x1));
  const out: Paragraph[] = [];
  let previous: Line | null = null;
  for (const line of flow) {
    const text = line.fragments.map((f) => f.text).join(' ');
    const current = out[out.length - 1];
    const step = previous ? previous.y - line.y : 0;
    const sameSize = previous !== null && Math.abs(previous.size - line.size) <= 0.15 * line.size;
    const gap = previous !== null && (step > (spacing > 0 ? spacing * 1.35 : line.size * 1.6) || step < 0);
    const charWidth = (line.x1 - line.x0) / Math.max(1, text.length);
    if (!current || !sameSize || gap) {
      out.push({ lines: [text], size: line.size, room: 0, charWidth });
    } else if (previous && previous.fragments.length === 1 && line.fragments.length === 1 && wrapsInto(current, text)) {
      const last = current.lines.length - 1;
      current.lines[last] = joinWrapped(current.lines[last] ?? '', text);
    } else {
      current.lines.push(text);
    }
    const paragraph = out[out.length - 1]!;
    paragraph.room = line.fragments.length === 1 ? right - line.x1 : Infinity;
    paragraph.charWidth = charWidth;
    previous = line;
  }
  return out;
}

// A flow's paragraphs, tables read row by row (pdf-table.ts): each row a paragraph, each cell a line.
function blocksOf(flow: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let prose: Line[] = [];
  const flush = () => {
    if (prose.length) out.push(...paragraphsOf(prose));
    prose = [];
  };
  for (let i = 0; i < flow.length; ) {
    const span = tableSpan(flow, i);
    if (span === 0) {
      prose.push(flow[i]!);
      i++;
      continue;
    }
    flush();
    const lines = flow.slice(i, i + span);
    const size = median(lines.map((l) => l.size));
    for (const row of tableRows(lines, joinWrapped)) out.push({ lines: row.cells, size, room: Infinity, charWidth: 0 });
    i += span;
  }
  flush();
  return out;
}

// The body type size: the size most of the text is set in.
function bodySize(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + lineText(line.fragments).length);
  }
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) if (count > most) [best, most] = [size, count];
  return best;
}

export function pdfPagesToText(pages: readonly PdfPageText[]): string {
  const perPage = dropRepeatedMargins(pages.map((p) => ({ height: p.height, lines: assembleLines(p.items) })));
  const all = perPage.flat();
  const body = bodySize(all);
  const firstPageTop = Math.max(0, ...(perPage[0] ?? []).map((l) => l.size));
  const paragraphs: Paragraph[] = [];
  let headlineTaken = false;
  perPage.forEach((lines, index) => {
    for (const flow of readingOrder(lines, pages[index]?.width ?? 0)) {
      for (const paragraph of blocksOf(flow)) {
        const last = paragraphs[paragraphs.length - 1];
        // A paragraph that runs over a page or column break continues where it left off.
        const first = paragraph.lines[0] ?? '';
        if (last && Math.abs(last.size - paragraph.size) <= 0.15 * paragraph.size && /^\p{Ll}/u.test(first) && wrapsInto(last, first)) {
          const end = last.lines.length - 1;
          last.lines[end] = joinWrapped(last.lines[end] ?? '', first);
          last.lines.push(...paragraph.lines.slice(1));
          last.room = paragraph.room;
          last.charWidth = paragraph.charWidth;
        } else {
          paragraphs.push(paragraph);
        }
      }
    }
  });
  const blocks = paragraphs.map((p) => {
    const isHeading = p.size > body * 1.2 && p.lines.length <= 3;
    if (!isHeading) return p.lines.join('\n');
    const level = !headlineTaken && p.size >= firstPageTop - 0.5 ? '#' : '##';
    if (level === '#') headlineTaken = true;
    return `${level} ${p.lines.join(' ')}`;
  });
  return blocks.join('\n\n');
}
