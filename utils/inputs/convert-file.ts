import type { DocumentInput } from './docx';
import type { EmailInput } from './email';
import { checkSize, InputError } from './input-error';
import { pdfToText, type PdfjsLike } from './pdf-text';

// A file's name and bytes → what the extractor reads, chosen by extension and checked against the file's first
// bytes (a PDF saved as .txt is still read as a PDF). Runs where no DOM is needed: a Worker in the extension,
// plain Node in the CLI. The result is plain data, so it crosses postMessage as it is.

export interface PdfInput {
  kind: 'pdf';
  text: string;
  pages: number;
}

export interface TextInput {
  // A .txt/.md file is a document; text the journalist pasted is "pasted".
  kind: 'document-text' | 'pasted';
  text: string;
}

export type ConvertedInput = PdfInput | EmailInput | DocumentInput | TextInput;

export const ACCEPTED_EXTENSIONS = ['.pdf', '.eml', '.docx', '.txt', '.md', '.markdown'] as const;

export function extensionOf(name: string): string {
  const m = /\.[^./\\]+$/.exec(name.toLowerCase());
  return m ? m[0] : '';
}

const isPdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a Windows text file; windows-1252 reads every byte.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function convertFile(name: string, bytes: Uint8Array, pdfjs: PdfjsLike): Promise<ConvertedInput> {
  checkSize(bytes.byteLength, name);
  if (bytes.byteLength === 0) throw new InputError(`${name} is empty.`);
  const ext = extensionOf(name);
  if (ext === '.msg') {
    throw new InputError('Outlook .msg files are not read: forward the message to yourself and save it as .eml, or copy its text and paste it here (Ctrl+V).');
  }
  if (ext === '.pdf' || isPdf(bytes)) {
    if (!isPdf(bytes)) throw new InputError(`${name} is named .pdf but is not a PDF.`);
    return { kind: 'pdf', ...(await pdfToText(bytes, pdfjs)) };
  }
  // The e-mail and Word readers load when first needed: a PDF tab's popup then starts without mammoth's code.
  if (ext === '.eml') {
    const { input, releaseAttachment } = await (await import('./email')).parseEmailWithAttachment(bytes);
    if (!releaseAttachment) return input;
    // A cover note with the release attached: the attachment is the release, read like a dropped file.
    const attached = await convertFile(releaseAttachment.filename, releaseAttachment.bytes, pdfjs);
    if (attached.kind !== 'pdf' && attached.kind !== 'document') return input;
    return { ...input, attached: { filename: releaseAttachment.filename, input: attached } };
  }
  if (ext === '.docx' || ext === '.doc') return (await import('./docx')).docxToHtml(bytes);
  if (ext === '.txt' || ext === '.md' || ext === '.markdown') return { kind: 'document-text', text: decodeText(bytes) };
  throw new InputError(`${name}: PressClip reads ${ACCEPTED_EXTENSIONS.join(', ')} files (and pasted text).`);
}
