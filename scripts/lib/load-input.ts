import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { convertFile, type ConvertedInput } from '../../utils/inputs/convert-file';
import { documentOf, extractInput, finishRecord, inputUrl } from '../../utils/inputs/extract-input';
import { checkSize } from '../../utils/inputs/input-error';
import type { PdfjsLike } from '../../utils/inputs/pdf-text';
import type { PressRelease } from '../../utils/schema/record';
import { htmlDocumentFactory, parseHtml } from './parse-html';

// Files that are not web pages (.pdf, .eml, .docx, .msg) for the CLI, the eval and the fixture tests: the
// extension's converters (utils/inputs/), with pdfjs-dist's legacy build, which runs on Node 20.


// pdfjs-dist's legacy build typed as the modern one: same API, older JavaScript.
export const nodePdfjs = pdfjs as unknown as PdfjsLike;

export async function convertPath(file: string): Promise<{ input: ConvertedInput; bytes: Uint8Array }> {
  // The cap is checked on the size on disk, before a 200 MB file is read into memory.
  checkSize((await stat(file)).size, basename(file));
  const bytes = new Uint8Array(await readFile(file));
  return { input: await convertFile(basename(file), bytes, nodePdfjs), bytes };
}

const makers = { parseHtml, createDocument: () => htmlDocumentFactory()() };

// The file as a Document for the eval (which extracts it twice), with the e-mail's additions to apply after.
export async function loadInputDocument(file: string): Promise<{ doc: Document; finish(record: PressRelease): PressRelease; input: ConvertedInput; bytes: Uint8Array }> {
  const { input, bytes } = await convertPath(file);
  return { doc: documentOf(input, makers), finish: (record) => finishRecord(record, input), input, bytes };
}

// The address a converted file is filed under when the caller names none.
export function convertedUrl(input: ConvertedInput, file: string, bytes: Uint8Array): Promise<string> {
  return inputUrl(input, basename(file), bytes);
}

// url: the address to file it under; without one, the file's own (name + hash, or the e-mail's Message-ID).
export async function extractPath(file: string, url: string | null): Promise<PressRelease> {
  const { input, bytes } = await convertPath(file);
  return extractInput(input, url ?? (await inputUrl(input, basename(file), bytes)), makers);
}
