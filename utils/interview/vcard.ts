import type { Contact } from '../schema/record';

// Media contacts as vCard 4.0 (RFC 6350), for the journalist's address book.

export interface VCardContext {
  // Where the contact was found, written into NOTE so the card says why it exists.
  headline?: string | null;
  issuer?: string | null;
  url?: string | null;
}

// RFC 6350 §3.4: in a text value, backslash, comma and semicolon are escaped, and a line break becomes "\n".
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

// RFC 6350 §3.2: lines longer than 75 octets are folded with CRLF + one space, never inside a UTF-8 sequence.
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space that counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const E164 = /^\+[1-9]\d{6,14}$/;

function phoneLine(phone: string): string {
  // A number libphonenumber could read is stored as E.164 and becomes a tel: URI; anything else stays text.
  if (E164.test(phone)) return `TEL;VALUE=uri;TYPE=work:tel:${phone}`;
  return `TEL;VALUE=text;TYPE=work:${escapeText(phone)}`;
}

function displayName(contact: Contact): string {
  return contact.name?.trim() || contact.organization?.trim() || contact.emails[0] || 'Media contact';
}

export function contactToVCard(contact: Contact, context: VCardContext = {}): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(displayName(contact))}`, 'KIND:individual'];
  if (contact.organization) lines.push(`ORG:${escapeText(contact.organization)}`);
  if (contact.role) lines.push(`TITLE:${escapeText(contact.role)}`);
  for (const email of contact.emails) lines.push(`EMAIL;TYPE=work:${escapeText(email)}`);
  for (const phone of contact.phones) lines.push(phoneLine(phone));
  const about = [context.headline, context.issuer].filter((v): v is string => !!v).join(' — ');
  if (about || context.url) {
    const note = ['Media contact', about ? `for: ${about}` : '', context.url ? `(${context.url})` : '']
      .filter(Boolean)
      .join(' ');
    lines.push(`NOTE:${escapeText(note)}`);
  }
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function contactsToVCards(contacts: readonly Contact[], context: VCardContext = {}): string {
  return contacts.map((contact) => contactToVCard(contact, context)).join('');
}
