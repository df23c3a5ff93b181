import { isHeaderRow } from './table-header';

// A Word release's contacts sit in a table more often than on a web page (Name | Role | Email | Phone), and
// mammoth turns it into an HTML table whose rows the extractor reads as one run of text, so two people's
// details run together. In a converted Word document every table row becomes a paragraph with one line per
// cell: the shape of a contact block (name, role, e-mail, phone), as pdf-table.ts does for a PDF's tables.
// Only for documents PressClip converted itself; a web page's tables are read as the page has them.
export function tableRowsAsParagraphs(doc: Document): void {
  for (const table of [...doc.querySelectorAll('table')]) {
    const paragraphs = [...table.querySelectorAll('tr')].map((row) => {
      const p = doc.createElement('p');
      const cells = [...row.querySelectorAll('td, th')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
      cells.forEach((text, i) => {
        if (i > 0) p.appendChild(doc.createElement('br'));
        p.appendChild(doc.createTextNode(text));
      });
      return p;
    });
    const kept = paragraphs.filter((p) => p.childNodes.length > 0);
    const cells = kept.map((p) => [p.textContent ?? '']);
    if (isHeaderRow(cells[0] ?? [], cells.slice(1))) kept.shift();
    table.replaceWith(...kept);
  }
}
