import PostalMime from 'postal-mime';
import { chooseBody, type ForwardedHeaders } from './email-body';
import { InputError } from './input-error';

// An .eml file (RFC 5322, as mail programs save a message) → the part carrying the release and the message's
// own facts: sender, the date as written, and the subject as a headline candidate. postal-mime does the MIME
// work (multipart, quoted-printable, base64, charsets, encoded headers); it is lenient with broken files, so
// a file cut off in the middle is caught here first.

export interface EmailSender {
  name: string | null;
  address: string | null;
}

export interface EmailInput {
  kind: 'email';
  subject: string | null;
  sender: EmailSender | null;
  // The calendar date in the sender's own offset ("Tue, 3 Mar 2026 23:30:00 -0500" → 2026-03-03).
  date: string | null;
  messageId: string | null;
  part: 'html' | 'text';
  body: string;
  attachments: { filename: string | null; mimeType: string }[];
  // The release itself, when the mail only says "please find attached" and attaches it as a PDF or .docx
  // (convert-file.ts converts it; the mail still gives subject, date and sender).
  attached?: { filename: string; input: AttachedInput };
}

export type AttachedInput = { kind: 'pdf'; text: string; pages: number } | { kind: 'document'; html: string };

// A body this short ("Please find attached our press release.") is a cover note, not the release.
const COVER_NOTE_CHARS = 600;
const RELEASE_ATTACHMENT = /\.(?:pdf|docx)$/i;

export interface ParsedEmail {
  input: EmailInput;
  // The attachment to read as the release, when the body is only a cover note.
  releaseAttachment: { filename: string; bytes: Uint8Array } | null;
}

function visibleLength(choice: { part: 'html' | 'text'; body: string }): number {
  const text = choice.part === 'html' ? choice.body.replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ') : choice.body;
  return text.replace(/\s+/g, ' ').trim().length;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function dateAsWritten(header: string | null | undefined): string | null {
  const m = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(header ?? '');
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase());
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
}

// "Fwd: AW: Press release: …" → "Press release: …": reply and forward prefixes in the languages of the cues.
export function subjectHeadline(subject: string | null | undefined): string | null {
  const s = (subject ?? '').replace(/^(?:\s*(?:fwd?|fw|wg|tr|re|aw|rv|sv|vs|i|r)\s*(?:\[\d+\])?\s*:\s*)+/i, '').trim();
  return s || null;
}

// "Jane Roe <jane@org.example>" or "jane@org.example" or "Jane Roe [mailto:jane@org.example]".
export function parseSender(value: string | null): EmailSender | null {
  if (!value) return null;
  const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(value)?.[0] ?? null;
  const name = value.replace(/<[^>]*>|\[mailto:[^\]]*\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '').replace(/["']/g, '').trim() || null;
  return address || name ? { name, address } : null;
}

// A saved message cut short (a failed download, a copy that ran out of space) still parses, into half a
// body. Two signs give it away: no blank line ending the headers, or a multipart boundary never closed.
function checkComplete(raw: string): void {
  const headerEnd = /\r?\n\r?\n/.exec(raw);
  if (!headerEnd) throw new InputError('This e-mail is cut off: the file ends inside its headers (it was truncated when saved or copied).');
  if (!/^(?:from|subject|date|message-id|mime-version|content-type|received|to)\s*:/im.test(raw.slice(0, headerEnd.index + 1))) {
    throw new InputError('This file is not an e-mail message: it has no From, Subject or Date header. Save the message from your mail program as .eml.');
  }
  for (const m of raw.matchAll(/boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/gi)) {
    const boundary = m[1] ?? m[2] ?? '';
    if (boundary && !raw.includes(`--${boundary}--`)) {
      throw new InputError('This e-mail is cut off: one of its parts never ends (the file was truncated when saved or copied).');
    }
  }
}

export async function parseEmail(bytes: Uint8Array): Promise<EmailInput> {
  return (await parseEmailWithAttachment(bytes)).input;
}

export async function parseEmailWithAttachment(bytes: Uint8Array): Promise<ParsedEmail> {
  // Headers and boundaries are ASCII: latin1 reads any byte without failing.
  checkComplete(new TextDecoder('latin1').decode(bytes));
  const email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  const choice = chooseBody(email.html ?? null, email.text ?? null);
  const attachment = email.attachments.find((a) => RELEASE_ATTACHMENT.test(a.filename ?? '') && typeof a.content !== 'string');
  const releaseAttachment = attachment && (!choice || visibleLength(choice) < COVER_NOTE_CHARS)
    ? { filename: attachment.filename ?? 'attachment', bytes: new Uint8Array(attachment.content as ArrayBuffer) }
    : null;
  if (!choice && !releaseAttachment) throw new InputError('This e-mail has no text: it holds only attachments or images.');
  const forwarded: ForwardedHeaders | null = choice?.forwarded ?? null;
  const header = (key: string) => email.headers.find((h) => h.key === key)?.value ?? null;
  const topSender: EmailSender | null = email.from ? { name: email.from.name || null, address: 'address' in email.from ? email.from.address ?? null : null } : null;
  const input: EmailInput = {
    kind: 'email',
    subject: subjectHeadline(forwarded?.subject ?? email.subject),
    sender: forwarded?.from ? parseSender(forwarded.from) : topSender,
    date: dateAsWritten(forwarded?.date ?? header('date')),
    messageId: email.messageId?.replace(/^<|>$/g, '') || null,
    part: choice?.part ?? 'text',
    body: choice?.body ?? '',
    attachments: email.attachments.map((a) => ({ filename: a.filename ?? null, mimeType: a.mimeType })),
  };
  return { input, releaseAttachment };
}
