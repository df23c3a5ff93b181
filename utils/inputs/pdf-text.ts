import type { getDocument } from 'pdfjs-dist';
import { InputError } from './input-error';
import { pdfPagesToText, type PdfPageText } from './pdf-lines';

// A PDF's bytes → its text (pdf-lines.ts), with pdfjs-dist. The caller passes the pdfjs module: Node needs its
// legacy build (Node 20 lacks APIs the modern build uses), the extension the modern one, each with its own
// worker set-up. Only text is read: no rendering, no fonts loaded into a page, no eval (isEvalSupported: false).

export interface PdfjsLike {
  getDocument: typeof getDocument;
}

export interface PdfText {
  text: string;
  pages: number;
}

// pdfjs reports these by the error's name; the message is pdf.js's own wording, not for a journalist.
function explain(error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new InputError('This PDF is password-protected: open it with its password and save or print a copy without one, then add that.');
  }
  if (name === 'InvalidPDFException' || name === 'FormatError') return new InputError('This file is not a readable PDF: it is damaged, cut off or not a PDF at all.');
  return error instanceof Error ? error : new Error(String(error));
}

export async function readPdfPages(bytes: Uint8Array, pdfjs: PdfjsLike): Promise<PdfPageText[]> {
  // pdfjs transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw explain(error);
    });
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => {
        if (!('str' in item)) return [];
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
        // Rotated text (a margin note set vertically) is not part of the reading flow.
        if (Math.abs(b) > Math.abs(a) * 0.1) return [];
        return [{ text: item.str, x: e - x0, y: f - y0, width: item.width, fontSize: Math.hypot(c, d) || item.height }];
      });
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

export async function pdfToText(bytes: Uint8Array, pdfjs: PdfjsLike): Promise<PdfText> {
  const pages = await readPdfPages(bytes, pdfjs);
  const text = pdfPagesToText(pages);
  // A scanned release is pictures of pages: no text items at all, or a few stray characters.
  if (text.replace(/\s+/g, '').length < 20) throw new InputError('This PDF has no text layer: it is a scan. Run it through text recognition (OCR) first, or paste the text.');
  return { text, pages: pages.length };
}
