import mammoth from 'mammoth';
import { InputError } from './input-error';

// A Word document (.docx, Office Open XML) → HTML with mammoth, then the HTML extractor: headings, paragraphs,
// lists and tables (a contacts table) keep their structure. Images are dropped (a release's photos say nothing
// the extractor reads, and inlining them as data: URLs would copy megabytes around).

export interface DocumentInput {
  kind: 'document';
  html: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function docxToHtml(bytes: Uint8Array): Promise<DocumentInput> {
  if (startsWith(bytes, OLE)) {
    throw new InputError('This is an old Word (.doc) file, which PressClip does not read: save it as .docx or PDF in Word, or paste its text.');
  }
  if (!startsWith(bytes, ZIP)) throw new InputError('This file is not a Word document (.docx): it is not even a zip archive.');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both accept an ArrayBuffer.
    const input = { arrayBuffer: buffer, buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    ({ value: html } = await mammoth.convertToHtml(input, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/main document part|word\/document\.xml/i.test(message)) {
      throw new InputError('This file is a zip archive but not a Word document (it has no word/document.xml): a .zip renamed to .docx?');
    }
    if (/end of central directory|corrupted zip|zip/i.test(message)) throw new InputError('This .docx is damaged: its zip archive cannot be read (cut off or corrupted).');
    throw new InputError(`This .docx could not be read: ${message.slice(0, 200)}`);
  }
  if (!html.replace(/<[^>]*>/g, '').trim()) throw new InputError('This Word document has no text.');
  return { kind: 'document', html };
}
