// Which part of an e-mail carries the release, and what a forward wraps around it. Pure string work, so the
// choice is tested without parsing MIME.
//
// Agencies send multipart/alternative: an HTML part (with the links, tables and mailto: contacts) and a text
// part. The HTML part is read through the HTML extractor unless it is empty or a stub ("view this e-mail in your
// browser"); the text part goes through text-to-document. A release the journalist forwarded to themselves
// ("---------- Forwarded message ---------") is read from its own headers: its sender, date and subject, not
// the forwarder's, and the forwarder's note above the marker is dropped. That cut is made in the text part (a
// forward's HTML nests the quote in markup of each mail program's own), so a forward prefers its text part.

export interface ForwardedHeaders {
  from: string | null;
  date: string | null;
  subject: string | null;
}

export interface BodyChoice {
  part: 'html' | 'text';
  body: string;
  forwarded: ForwardedHeaders | null;
}

const FORWARD_MARKERS = [
  /^-{5,}\s*Forwarded message\s*-{5,}\s*$/im,
  /^-{3,}\s*Original Message\s*-{3,}\s*$/im,
  /^Begin forwarded message:\s*$/im,
  /^-{5,}\s*(?:Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht)\s*-{5,}\s*$/im,
];
const HEADER_LINE = /^\s*(?:\*\s*)?(From|Von|De|Da|Van|Date|Datum|Sent|Gesendet|Envoyé|Enviado|Inviato|Subject|Betreff|Objet|Asunto|Oggetto|Onderwerp|To|An|À|Para|A|Aan|Cc)\s*:\s*\**\s*(.*)$/i;
const FIELD: Record<string, keyof ForwardedHeaders> = {
  from: 'from', von: 'from', de: 'from', da: 'from', van: 'from',
  date: 'date', datum: 'date', sent: 'date', gesendet: 'date', envoyé: 'date', enviado: 'date', inviato: 'date',
  subject: 'subject', betreff: 'subject', objet: 'subject', asunto: 'subject', oggetto: 'subject', onderwerp: 'subject',
};

// The text after a forward marker, without the forwarded message's header lines, and those headers.
export function unwrapForward(text: string): { body: string; headers: ForwardedHeaders } | null {
  const normalized = text.replace(/\r\n?/g, '\n');
  for (const marker of FORWARD_MARKERS) {
    const m = marker.exec(normalized);
    if (!m) continue;
    const lines = normalized.slice(m.index + m[0].length).split('\n');
    const headers: ForwardedHeaders = { from: null, date: null, subject: null };
    let i = 0;
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
    for (; i < lines.length; i++) {
      const h = HEADER_LINE.exec(lines[i] ?? '');
      if (!h) break;
      const key = FIELD[(h[1] ?? '').toLowerCase()];
      if (key) headers[key] = (h[2] ?? '').trim() || null;
    }
    return { body: lines.slice(i).join('\n').replace(/^\s*\n/, ''), headers };
  }
  return null;
}

// Visible text of an HTML part, roughly: enough to tell a real body from a stub.
function htmlTextLength(html: string): number {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim().length;
}

export function chooseBody(html: string | null, text: string | null): BodyChoice | null {
  const plain = text?.trim() ? text : null;
  const forward = plain ? unwrapForward(plain) : null;
  if (forward && forward.body.trim()) return { part: 'text', body: forward.body, forwarded: forward.headers };
  if (html) {
    const length = htmlTextLength(html);
    // A stub HTML part is much shorter than the text part it stands beside.
    if (length > 0 && (!plain || length >= plain.trim().length * 0.5)) return { part: 'html', body: html, forwarded: null };
  }
  if (plain) return { part: 'text', body: plain, forwarded: null };
  return null;
}
