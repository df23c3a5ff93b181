import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { textToDocument } from '../../utils/extract/text-to-document';
import { htmlDocumentFactory, parseHtml } from './parse-html';

// A file on disk → a Document: .html/.htm parsed as HTML, .md/.txt/.markdown through text-to-document.
export async function loadDocument(file: string): Promise<Document> {
  const raw = await readFile(file, 'utf8');
  return documentFromText(raw, file);
}

export function documentFromText(raw: string, name: string): Document {
  const ext = extname(name).toLowerCase();
  if (ext === '.md' || ext === '.txt' || ext === '.markdown') return textToDocument(raw, htmlDocumentFactory());
  return parseHtml(raw);
}
