import type { ConvertedInput } from '../inputs/convert-file';
import { bodyFromSanitizedHtml, bodyFromText } from './from-text';
import type { ReleaseBody } from './schema';

// The release text of a file or pasted text on the log page: the text itself for text inputs (PDF, .txt/.md,
// pasted, a plain-text e-mail), the HTML of a Word file or an HTML e-mail through the caller's sanitizer
// (DOMPurify under the allowlist: the log page has a DOM). An e-mail whose release is attached keeps the attachment's.
export function inputBody(input: ConvertedInput, sanitize: (html: string) => string): ReleaseBody | null {
  switch (input.kind) {
    case 'pdf':
    case 'document-text':
    case 'pasted':
      return bodyFromText(input.text);
    case 'document':
      return bodyFromSanitizedHtml(sanitize(input.html));
    case 'email':
      if (input.attached) return inputBody(input.attached.input, sanitize);
      return input.part === 'html' ? bodyFromSanitizedHtml(sanitize(input.body)) : bodyFromText(input.body);
  }
}
