import { capLines, H1_MAX, MAX_HEADINGS, MAX_LINE, type PageSnapshot } from './page-snapshot';
import { readRenderedPage, type RenderedPage } from './rendered-page';

// From what the page read (rendered-page.ts) to what the detector reads: lines, menus taken out, the text cap,
// heading lines. Pure string work on plain data, so the background does it rather than the page's main thread.

// innerText separates blocks with newlines and table cells with tabs; the walk makes each a line of its own.
// Spaces collapse in one pass over the whole text rather than one replace() per line: a page has hundreds of lines.
function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/[^\S\n\r\t]+/g, ' ').split(/[\n\r\t]/)) {
    const line = raw.trim();
    if (line) out.push(line);
  }
  return out;
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

// Lines no longer than MAX_LINE, as the walk flushes them.
function splitLong(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) for (let i = 0; i < line.length; i += MAX_LINE) out.push(line.slice(i, i + MAX_LINE));
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

// The lines each heading's text covers: a run of consecutive lines that spell it out, spaces and case aside
// (a <br> splits a heading over lines; text-transform changes innerText's case). A heading whose text is not
// spelled out by any run (part of it hidden) marks nothing.
function headingLines(lines: readonly string[], headings: readonly string[]): number[] {
  const squashed = lines.map(squash);
  const marked = new Set<number>();
  for (const heading of headings) {
    const key = squash(heading);
    if (!key) continue;
    for (let i = 0; i < squashed.length; i++) {
      if (marked.has(i) || !squashed[i] || !key.startsWith(squashed[i] as string)) continue;
      let end = i;
      let covered = (squashed[i] as string).length;
      while (covered < key.length && end + 1 < squashed.length && key.startsWith(squashed[end + 1] as string, covered)) covered += (squashed[++end] as string).length;
      if (covered !== key.length) continue;
      for (let k = i; k <= end; k++) marked.add(k);
      break;
    }
  }
  return [...marked].sort((a, b) => a - b).slice(0, MAX_HEADINGS);
}

export function snapshotFromRendered(page: RenderedPage): PageSnapshot {
  const menus = page.menus.map(splitLines);
  const { lines, incomplete } = capLines(splitLong(withoutRuns(splitLines(page.text), menus)));
  return {
    url: page.url,
    canonical: page.canonical,
    title: page.title,
    lang: page.lang,
    section: page.section,
    jsonLd: page.jsonLd,
    lines,
    headings: headingLines(lines, page.headings),
    h1: page.h1.replace(/\s+/g, ' ').trim().slice(0, H1_MAX),
    incomplete: page.incomplete || incomplete,
  };
}

// Both halves in one place, where a browser runs them together: tests and the bench.
export function renderedSnapshot(doc: Document, url: string): PageSnapshot {
  return snapshotFromRendered(readRenderedPage(doc, url));
}
