import { basename } from 'node:path';
import type { PressRelease } from '../../utils/schema/record';
import { isBinaryInput } from './input-kinds';
import { loadDocument } from './load-document';

// Any input file for the CLI's worker: a page or text through load-document, a .pdf/.eml/.docx through the
// converters (load-input.ts, loaded only then: pdf.js alone is most of the worker's start-up heap).
// `url` null: the file's own address (a page: https://example.test/<name>; a converted file: name + hash, or the
// e-mail's Message-ID, as the log page files it).
export async function loadAnyInput(file: string, url: string | null): Promise<{ doc: Document; url: string; finish(record: PressRelease): PressRelease }> {
  if (!isBinaryInput(file)) return { doc: await loadDocument(file), url: url ?? `https://example.test/${encodeURIComponent(basename(file))}`, finish: (r) => r };
  const { loadInputDocument, convertedUrl } = await import('./load-input');
  const { doc, finish, input, bytes } = await loadInputDocument(file);
  return { doc, url: url ?? (await convertedUrl(input, file, bytes)), finish };
}
