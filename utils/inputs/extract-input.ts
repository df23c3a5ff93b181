import { extract, type ExtractOptions } from '../extract/extract';
import { textToDocument } from '../extract/text-to-document';
import type { PressRelease } from '../schema/record';
import type { SourceKind } from '../schema/source-kind';
import type { ConvertedInput } from './convert-file';
import { tableRowsAsParagraphs } from './docx-tables';

// A converted file (convert-file.ts) → the record, through the same extractor as a web page: a PDF's text and a
// text file through text-to-document, a Word document's HTML and an e-mail's HTML part through the HTML path.
// The caller makes the Documents (happy-dom in Node, DOMParser / document.implementation in the extension).
//
// What only the e-mail knows fills what the release does not say: its subject is the title (a headline
// candidate, as a web page's <title>), its date the release date, and its sender a contact, only when the body
// names none (a press office's mail is often signed by a person the body never lists).

export interface DocumentMakers {
  parseHtml(html: string): Document;
  createDocument(): Document;
}

export function sourceKindOf(input: ConvertedInput): SourceKind {
  switch (input.kind) {
    case 'pdf':
      return 'pdf';
    case 'email':
      return 'email';
    case 'pasted':
      return 'pasted';
    default:
      return 'document';
  }
}

export function documentOf(input: ConvertedInput, makers: DocumentMakers): Document {
  switch (input.kind) {
    case 'pdf':
    case 'document-text':
    case 'pasted':
      return textToDocument(input.text, () => makers.createDocument());
    case 'document': {
      const doc = makers.parseHtml(input.html);
      tableRowsAsParagraphs(doc);
      return doc;
    }
    case 'email': {
      // The release attached to a cover note keeps its own title (its first heading); the subject fills in.
      if (input.attached) {
        const doc = documentOf(input.attached.input, makers);
        if (input.subject && !doc.title) doc.title = input.subject;
        return doc;
      }
      const doc = input.part === 'html' ? makers.parseHtml(input.body) : textToDocument(input.body, () => makers.createDocument());
      if (input.subject) doc.title = input.subject;
      return doc;
    }
  }
}

// What only the e-mail knows, added to the record extracted from its body.
export function finishRecord(record: PressRelease, input: ConvertedInput): PressRelease {
  if (input.kind !== 'email') return record;
  const sender = input.sender;
  const senderContact = record.contacts.length === 0 && sender?.address && !/^(?:no-?reply|do-?not-?reply|mailer-daemon)@/i.test(sender.address)
    ? [{ name: sender.name, role: null, organization: record.issuer, emails: [sender.address.toLowerCase()], phones: [] }]
    : [];
  return {
    ...record,
    headline: record.headline ?? input.subject,
    releaseDate: record.releaseDate ?? input.date,
    contacts: [...record.contacts, ...senderContact],
    signals: senderContact.length ? [...record.signals, 'No contact in the text: the e-mail’s sender is offered as the contact'].slice(0, 50) : record.signals,
  };
}

// `options`: as for extract(); the extension passes contacts: 'always', since a file the journalist drops or a PDF
// tab they open is a clip they asked for.
export function extractInput(input: ConvertedInput, url: string, makers: DocumentMakers, options: ExtractOptions = {}): PressRelease {
  return finishRecord(extract(documentOf(input, makers), url, options), input);
}

// Where a record from a file points: a file has no address, so its name and a hash of its bytes make one. The
// log keeps one entry per URL, so dropping the same file again updates its entry, and two files of one name
// stay apart. An e-mail is its Message-ID (RFC 2392 mid: URL) when it has one.
// Pasted text has no name: about:blank, as text clipped from the context menu, with the hash.
export async function inputUrl(input: ConvertedInput, name: string, bytes: Uint8Array): Promise<string> {
  if (input.kind === 'email' && input.messageId) return `mid:${encodeURIComponent(input.messageId)}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()));
  const hash = [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const file = encodeURIComponent(name.replace(/^.*[\\/]/, ''));
  return input.kind === 'pasted' || !file ? `about:blank#pasted-sha256-${hash}` : `file:///${file}#sha256-${hash}`;
}
