import { describe, expect, it } from 'vitest';
import { assembleLines, joinWrapped, pdfPagesToText, type PdfPageText, type PdfTextItem } from '../../../utils/inputs/pdf-lines';

// Pages built by hand as pdf.js reports them: items with a left edge, a baseline (from the foot of the page),
// a width and a type size. A4 is 595 × 842 points; body text here is 10 pt with 13 pt line spacing, and a
// character 5 pt wide, so a 60-character line is 300 pt.

const CHAR = 5;
const item = (text: string, x: number, y: number, fontSize = 10): PdfTextItem => ({ text, x, y, width: text.length * CHAR * (fontSize / 10), fontSize });
const page = (items: PdfTextItem[]): PdfPageText => ({ width: 595, height: 842, items });

// Lines of a paragraph set in a box from x to x + width: each line as printed, top to bottom.
function column(lines: string[], x: number, top: number, step = 13): PdfTextItem[] {
  return lines.map((text, i) => item(text, x, top - i * step));
}

describe('PDF line assembly', () => {
  it('puts items of one baseline on one line, left to right, spaced where there is a gap', () => {
    const lines = assembleLines([item('world', 78, 700), item('Hello', 50, 700.5), item('!', 103, 700)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.fragments.map((f) => f.text)).toEqual(['Hello world!']);
  });

  it('does not let a wide whitespace item (the gap marker of pdf.js) glue two table cells together', () => {
    const lines = assembleLines([item('Press Officer', 124, 341), { text: ' ', x: 193, y: 341, width: 81, fontSize: 10 }, item('aisha@northwind.example', 254, 341)]);
    expect(lines[0]!.fragments.map((f) => f.text)).toEqual(['Press Officer', 'aisha@northwind.example']);
  });

  it('reads lines top to bottom, keeps short lines (a contact block) and leaves a blank line at a paragraph gap', () => {
    const text = pdfPagesToText([
      page([
        ...column(['The ministry opened the plant today in the town of Vessin.'], 50, 760),
        ...column(['Media contact', 'Daniel Koster', 'press@water.gov.example'], 50, 720),
      ]),
    ]);
    expect(text).toBe('The ministry opened the plant today in the town of Vessin.\n\nMedia contact\nDaniel Koster\npress@water.gov.example');
  });

  it('joins the wrapped lines of a paragraph and makes a word hyphenated across a break whole', () => {
    const text = pdfPagesToText([
      page(column(['The three plants use reverse osmosis and recover the energy', 'from the brine stream, which is diluted and then released to', 'the sea through diffusers set two kilometres further off-', 'shore. An independent monitoring programme run by the pro-', 'vince will report every quarter.'], 50, 760)),
    ]);
    // "off-shore" would also read; the rule joins a lowercase continuation, as a typesetter's hyphen is.
    expect(text).toBe('The three plants use reverse osmosis and recover the energy from the brine stream, which is diluted and then released to the sea through diffusers set two kilometres further offshore. An independent monitoring programme run by the province will report every quarter.');
  });

  it('keeps a hyphen before a capital and inside an e-mail address', () => {
    expect(joinWrapped('in Baden-', 'Württemberg')).toBe('in Baden- Württemberg');
    expect(joinWrapped('tom.hollis@northwind-', 'robotics.example')).toBe('tom.hollis@northwind-robotics.example');
    expect(joinWrapped('pub\u00AD', 'lished')).toBe('published');
  });

  it('drops a running header and a page footer repeated on every page', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        item('Ministry of Water Resources · Press Office', 200, 820, 8),
        ...column([`Paragraph on page ${n} that says something about the release.`], 50, 700),
        item(`Page ${n} of 3`, 270, 20, 8),
      ]),
    );
    expect(pdfPagesToText(pages)).toBe(
      ['Paragraph on page 1 that says something about the release.', 'Paragraph on page 2 that says something about the release.', 'Paragraph on page 3 that says something about the release.'].join('\n\n'),
    );
  });

  it('keeps a line in the top band that is on one page only (a letterhead)', () => {
    const pages = [page([item('Northwind Robotics Ltd.', 50, 800), ...column(['Body of page one, a full sentence of the release text.'], 50, 700)]), page(column(['Body of page two, a full sentence of the release text.'], 50, 700))];
    expect(pdfPagesToText(pages).split('\n\n')[0]).toBe('Northwind Robotics Ltd.');
  });

  it('reads a two-column page column by column, with full-width lines above and below in place', () => {
    const left = ['The first column starts the story and it runs', 'down the left half of the page for a while and', 'ends here.'];
    const right = ['The second column carries on with the rest of', 'the story down the right half of the page and', 'finishes it.'];
    const items = [
      item('Headline across the page in large type', 50, 790, 20),
      ...column(left, 50, 740),
      ...column(right, 320, 740),
      ...column(['Media contact: press@example.org'], 50, 680),
    ];
    expect(pdfPagesToText([page(items)])).toBe(
      [
        '# Headline across the page in large type',
        'The first column starts the story and it runs down the left half of the page for a while and ends here.',
        'The second column carries on with the rest of the story down the right half of the page and finishes it.',
        'Media contact: press@example.org',
      ].join('\n\n'),
    );
  });

  it('reads a contacts table row by row, a wrapped cell put back together, its header row dropped', () => {
    // Name | Role | E-mail: rows 3 pt apart more than the lines inside a cell (cell padding).
    const items = [
      item('Media contacts', 50, 780),
      item('Name', 50, 760), item('Role', 150, 760), item('E-mail', 260, 760),
      item('Tom', 50, 740), item('Head of', 150, 740), item('tom.hollis@northwind-', 260, 740),
      item('Hollis', 50, 727), item('Communications', 150, 727), item('robotics.example', 260, 727),
      item('Aisha', 50, 708), item('Press Officer', 150, 708), item('aisha@northwind.example', 260, 708),
      item('Okafor', 50, 695),
    ];
    expect(pdfPagesToText([page(items)])).toBe(
      'Media contacts\n\nTom Hollis\nHead of Communications\ntom.hollis@northwind-robotics.example\n\nAisha Okafor\nPress Officer\naisha@northwind.example',
    );
  });

  it('gives nothing for a page without text items (a scan)', () => {
    expect(pdfPagesToText([page([])])).toBe('');
  });
});
