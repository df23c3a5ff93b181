import type { Line } from './pdf-lines';
import { isHeaderRow } from './table-header';

// A table printed into a PDF (a "Media contacts" table: Name | Role | E-mail | Phone) comes back as lines of
// several fragments, and a cell too narrow for its text wraps onto the next line ("Tom" / "Hollis"). Read line
// by line, a row becomes "Tom Head of tom.hollis@northwind- +44 113" and "Hollis Communications …". Here a
// row is put back together: its lines are those closer together than the row gap (cells have padding), and
// each cell's pieces are joined in its column. A row is then one paragraph, a cell one line, as a contact
// block on a web page reads (name, role, e-mail, phone).

export interface TableRow {
  cells: string[];
}

const anchorSlack = 2;

// Lines that belong to one table: at least two lines of two or more fragments, with single-fragment lines
// between or after them that continue a cell: one of a later column, or of the first column ("Aisha" /
// "Okafor") when it sits as close under the line before as the lines inside a cell do.
export function tableSpan(lines: readonly Line[], start: number): number {
  const first = lines[start];
  if (!first || first.fragments.length < 2) return 0;
  const left = first.x0;
  let end = start + 1;
  let multi = 1;
  let lastRow = start;
  let tight = Infinity;
  while (end < lines.length) {
    const line = lines[end]!;
    const step = (lines[end - 1]?.y ?? 0) - line.y;
    if (line.fragments.length >= 2) {
      multi++;
      lastRow = end;
    } else if (line.x0 <= left + anchorSlack) {
      if (!(step > 0 && step <= tight * 1.1)) break;
      lastRow = end;
    }
    if (step > 0) tight = Math.min(tight, step);
    end++;
  }
  return multi >= 2 ? lastRow - start + 1 : 0;
}

export function tableRows(lines: readonly Line[], join: (previous: string, next: string) => string): TableRow[] {
  const anchors: number[] = [];
  for (const x of lines.flatMap((l) => l.fragments.map((f) => f.x0)).sort((a, b) => a - b)) {
    if (anchors.length === 0 || x - (anchors[anchors.length - 1] ?? 0) > anchorSlack) anchors.push(x);
  }
  const steps = lines.slice(1).map((line, i) => (lines[i]?.y ?? 0) - line.y).filter((s) => s > 0);
  const tight = Math.min(...steps);
  const rows: string[][][] = [];
  lines.forEach((line, i) => {
    const step = i === 0 ? Infinity : (lines[i - 1]?.y ?? 0) - line.y;
    if (step > tight * 1.2) rows.push(anchors.map(() => []));
    const row = rows[rows.length - 1]!;
    for (const fragment of line.fragments) {
      let column = 0;
      anchors.forEach((a, k) => {
        if (a <= fragment.x0 + anchorSlack) column = k;
      });
      row[column]?.push(fragment.text);
    }
  });
  const read = rows.map((row) => row.map((pieces) => pieces.reduce((text, piece) => (text ? join(text, piece) : piece), '')).filter((c) => c.length > 0));
  if (isHeaderRow(read[0] ?? [], read.slice(1))) read.shift();
  return read.map((cells) => ({ cells }));
}
