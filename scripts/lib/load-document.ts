import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { textToDocument } from '../../utils/extract/text-to-document';
import { decodeBytes } from '../../utils/text/decode-bytes';
import { htmlDocumentFactory, parseHtml } from './parse-html';

// A file on disk → a Document: .html/.htm parsed as HTML, .md/.txt/.markdown through text-to-document.

function isPlainText(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return ext === '.md' || ext === '.txt' || ext === '.markdown';
}

// The bytes are decoded as a browser would (BOM, then the page's <meta> charset, then UTF-8), so a UTF-16 or
// windows-1252 page reads as the text its author wrote.
export async function loadDocument(file: string): Promise<Document> {
  const bytes = await readFile(file);
  const { text } = decodeBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { html: !isPlainText(file) });
  return documentFromText(text, file);
}

export function documentFromText(raw: string, name: string): Document {
  if (isPlainText(name)) return textToDocument(raw, htmlDocumentFactory());
  return parseHtml(raw);
}
