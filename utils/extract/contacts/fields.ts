import type { CountryCode } from 'libphonenumber-js/max';
import { ALWAYS_CONNECTORS, DATA_CONNECTORS, FIELD_LABELS, HIDDEN_EMAIL_MARKERS, POST_NOMINALS, type FieldKind } from '../cues/contact-cues';
import { BODY_ARTICLE } from '../cues/word-alternations';
import { escapeRegExp } from '../text-norm';
import { findEmails } from './emails';
import { isGivenName } from './given-names';
import { isLegalForm } from './legal-forms';
import { findPhones } from './phones';
import { phraseRegex } from './words';

// One line of a contact block → what it holds: e-mails, phones (not fax numbers), and the leftover text
// pieces (name, role, organization, address…) with the field label that introduced them, if any.
// Handles labelled lines ("Name: Serhat Bolukbasi, CEO Phone: 713-766-0908 Email: …") and lines a text export
// ran together ("Contact BioStem:Website: www.x.comE-Mail: info@x.comX: @BSEM_TechFacebook: …Phone: 954-…").

export interface Item {
  // 'hidden': the page hid an address here ("[email protected]"); the reader keeps the person without it.
  kind: 'email' | 'phone' | 'piece' | 'hidden';
  text: string;
  label: FieldKind | null;
  // Position in the line: a reader takes the items in the order they were written.
  at: number;
}

export interface LineFields {
  emails: string[];
  phones: string[];
  // E-mails, phones and the text pieces between them, in line order ("Jane Doe, jane@…, and John Roe, john@…").
  items: Item[];
  // A label with no value ("E-Mail:" alone in a <dt>): it applies to the next line.
  danglingLabel: FieldKind | null;
}

const LABEL_KIND = new Map<string, FieldKind>();
for (const [kind, words] of Object.entries(FIELD_LABELS) as [FieldKind, readonly string[]][]) {
  for (const w of words) if (!LABEL_KIND.has(w)) LABEL_KIND.set(w, kind);
}
const NUMBER_LABELS = [...LABEL_KIND.entries()].filter(([, k]) => k === 'phone' || k === 'mobile' || k === 'fax').map(([w]) => w);
// "Phone:", "E-Mail:": a label word followed by a colon; "Tel. 030", "Fax +49", "T +31": a number label
// followed by the number.
const LABEL = new RegExp(`${phraseRegex([...LABEL_KIND.keys()], 'giu').source}\\s*\\.?\\s*[:：]`, 'giu');
const NUMBER_LABEL = new RegExp(`${phraseRegex(NUMBER_LABELS, 'giu').source}\\s*\\.?(?=\\s*[+(]?\\d)`, 'giu');
// "E-mail jane@acme.com" (a link whose text was "E-mail", shown with its address): the label needs no colon when
// the address follows it.
const EMAIL_LABELS = [...LABEL_KIND.entries()].filter(([, k]) => k === 'email').map(([w]) => w);
const EMAIL_LABEL = new RegExp(`${phraseRegex(EMAIL_LABELS, 'giu').source}(?=\\s+[\\w.+-]+@[\\w-]+\\.)`, 'giu');
// "Company Website https://acme.com": a web or social label needs no colon before its link either.
const LINK_LABELS = [...LABEL_KIND.entries()].filter(([, k]) => k === 'web' || k === 'social').map(([w]) => w).filter((w) => w.length > 1);
const LINK_LABEL = new RegExp(`${phraseRegex(LINK_LABELS, 'giu').source}(?=\\s+(?:https?://|www\\.))`, 'giu');
// A capitalised label glued to the previous word by a text export: "TechnologiesPhone:", "comE-Mail:".
const GLUED_LABEL = /(?<=\p{Ll})(Phone|Telephone|Tel|E-Mail|Email|Fax|Mobile|Website|Web|Facebook|Twitter|LinkedIn|Instagram|X|Name|Title)\s*:/gu;
// …and a number label glued the same way, without a colon: "MedienverantwortlicherTel. +41 58 …".
const GLUED_NUMBER_LABEL = /(?<=\p{Ll})(Phone|Telephone|Tel|Telefon|Fax|Mobile|Mobil)\.?(?=\s*[+(]?\d)/gu;

const URL = /(?:https?:\/\/|www\.)[^\s|<>"]+/gi;
// Full-width punctuation separates fields in Chinese and Japanese text ("王丽，电话 …，邮箱 …"); a spaced slash
// separates contacts on one line ("… +1 614 555 0142 / Omar Haddad, …").
// Angle brackets hold a mail address after its owner's name ("Jane Doe <jane@acme.com>").
const SEPARATORS = /\s*(?:[|•·;,，；：、<>«»]|\s[-–—]\s|(?<=\s)\/(?=\s)|:(?!\/\/)|\s{2,}|\(|\)|（|）)\s*/;
// "Dana Reyes, Ph.D.": the degree after the comma belongs to the name before it.
const POST_NOMINAL = new Set(POST_NOMINALS);

// Whitespace inside a marker may be a no-break space ("[email&#160;protected]") or a line break.
// A notice's closing full stop goes with it ("… protected from spambots. You need JavaScript enabled to view it.").
const HIDDEN = new RegExp(
  `(?:${HIDDEN_EMAIL_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\u00a0 ]+/g, '[\\s\\u00a0]+')).join('|')})[.!]?`,
  'giu',
);

const DROP_KINDS = new Set<FieldKind>(['fax', 'web', 'social']);
const DATA_KINDS = new Set<FieldKind>(['phone', 'mobile', 'email']);

// Where the first address or number of a segment ends, in line positions.
function firstValueEnd(segStart: number, ...found: readonly { start: number; end: number }[][]): number {
  const ends = found.flat().map((f) => segStart + f.end);
  return ends.length ? Math.min(...ends) : Infinity;
}

interface Segment {
  label: FieldKind | null;
  text: string;
  start: number;
}

function labelKind(raw: string): FieldKind | null {
  const key = raw.toLowerCase().replace(/\s*[.:：]*\s*$/, '').trim();
  return LABEL_KIND.get(key) ?? LABEL_KIND.get(`${key}.`) ?? null;
}

function segmentByLabels(text: string): Segment[] {
  const marks: { index: number; end: number; kind: FieldKind }[] = [];
  for (const re of [LABEL, NUMBER_LABEL, EMAIL_LABEL, LINK_LABEL, GLUED_LABEL, GLUED_NUMBER_LABEL]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const kind = labelKind(m[1] ?? m[0]);
      if (kind) marks.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind });
    }
  }
  marks.sort((a, b) => a.index - b.index);
  const segments: Segment[] = [];
  let pos = 0;
  let label: FieldKind | null = null;
  for (const mark of marks) {
    // The same label found by two patterns ("Tel.:" as a colon label and as a number label).
    if (mark.index < pos) continue;
    segments.push({ label, text: text.slice(pos, mark.index), start: pos });
    label = mark.kind;
    pos = mark.end;
  }
  segments.push({ label, text: text.slice(pos), start: pos });
  return segments;
}

// Words joining fields in a sentence (the tables in contact-cues.ts): "Sarah Ng on 020 7946 0018 or sarah@…".
// A connector of several words may be spread over any whitespace ("par  courriel").
const escape = (w: string) => escapeRegExp(w).replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;
// By the time pieces are split, addresses and numbers found in the line are blanked to "|".
const DATA_AHEAD = String.raw`(?=\s+(?:\||[+(]?\d))`;
const CONNECTORS = new RegExp(
  String.raw`\s+(?:(?:${[...ALWAYS_CONNECTORS].sort(byLength).map(escape).join('|')})(?=\s|$)` +
    String.raw`|(?:${[...new Set(Object.values(DATA_CONNECTORS).flat())].sort(byLength).map(escape).join('|')})${DATA_AHEAD})`,
  'giu',
);

// Blank a span without moving what follows, so positions found earlier stay valid.
function blank(text: string, start: number, end: number): string {
  return `${text.slice(0, start)} ${'|'.padEnd(end - start - 1, ' ')}${text.slice(end)}`.slice(0, text.length);
}

const LONE_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
function isSurnameComma(surname: string, given: string): boolean {
  return LONE_WORD.test(surname) && LONE_WORD.test(given) && isGivenName(given) && !isGivenName(surname);
}

// A slash right next to an address or number ("Jane Doe/Acme/+1 …/jane@…") is the line's separator, and then so is
// every slash on it; elsewhere "PR/Communications" is one title.
const DATA_SLASH = /\|\s*\/|\/\s*\|/;

const LEADING_ARTICLE = new RegExp(String.raw`^${BODY_ARTICLE}\s+(?=\p{Lu})`, 'u');

function splitPieces(text: string, offset: number): { text: string; at: number }[] {
  const connected = text.replace(CONNECTORS, (m) => ' |'.padEnd(m.length, ' '));
  const joined = DATA_SLASH.test(connected) ? connected.replace(/(?<!\/)\/(?!\/)/g, '|') : connected;
  const out: { text: string; at: number }[] = [];
  let from = 0;
  for (const raw of joined.split(SEPARATORS)) {
    // A dash that separated two contacts right after a blanked number ("… 0142 – Kevin O'Brien") is left at the front.
    // "Press Secretary at the Ohio Department of …": the body after a connector, without its lower-case article.
    const piece = raw.trim().replace(/^[–—-]\s+/u, '').replace(LEADING_ARTICLE, '');
    if (!piece) continue;
    const at = joined.indexOf(piece, from);
    from = at + piece.length;
    const prev = out[out.length - 1];
    // "BioStem Technologies, Inc.": the legal form belongs to the piece before the comma.
    if ((isLegalForm(piece) || POST_NOMINAL.has(piece.toLowerCase())) && prev) prev.text += `, ${piece}`;
    // "Doe, Jane": a lone surname, a comma, and a lone known given name are one name, written surname first.
    else if (prev && /,\s*$/.test(joined.slice(Math.max(0, at - 3), at)) && isSurnameComma(prev.text, piece)) prev.text = `${piece} ${prev.text}`;
    else out.push({ text: piece, at: offset + at });
  }
  return out;
}

// `inherited` is the dangling label of the previous line (a <dt>Telefax:</dt><dd>…</dd> pair).
// `siblings`: see findPhones().
export function lineFields(text: string, country: CountryCode | undefined, inherited: FieldKind | null = null, siblings = false): LineFields {
  const result: LineFields = { emails: [], phones: [], items: [], danglingLabel: null };
  // A table cell or <dt> holding only a label, without colon ("Fax" | "030 1234-599"): it names the next line.
  const bare = labelKind(text);
  if (bare) return { ...result, danglingLabel: bare };
  const segments = segmentByLabels(text);
  if (segments[0] && segments[0].label === null) segments[0].label = inherited;
  for (const [i, seg] of segments.entries()) {
    let rest = seg.text;
    const emails = findEmails(rest);
    for (const e of emails) {
      result.emails.push(e.email);
      result.items.push({ kind: 'email', text: e.email, label: seg.label, at: seg.start + e.start });
      rest = blank(rest, e.start, e.end);
    }
    for (const m of rest.matchAll(HIDDEN)) {
      result.items.push({ kind: 'hidden', text: m[0], label: seg.label, at: seg.start + (m.index ?? 0) });
      rest = blank(rest, m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
    const linked = URL.test(rest);
    URL.lastIndex = 0;
    rest = rest.replace(URL, (m) => ' '.repeat(m.length));
    if (seg.label && DROP_KINDS.has(seg.label)) {
      // "Website:" alone names the next line; "Website: https://…" had its value.
      if (i === segments.length - 1 && !rest.trim() && !linked) result.danglingLabel = seg.label;
      continue;
    }
    const phones = findPhones(rest, country, siblings);
    // A number under no label counts; under a name/role/e-mail label it is still a phone ("Name: … 555-…").
    for (const p of phones) {
      result.phones.push(p.phone);
      result.items.push({ kind: 'phone', text: p.phone, label: seg.label, at: seg.start + p.start });
      rest = blank(rest, p.start, p.end);
    }
    const pieces = splitPieces(rest, seg.start);
    // A number or address label names one value: "Tel: +1 408 555 0100 – John Roe – …" goes on with the next person.
    const valueEnd = seg.label && DATA_KINDS.has(seg.label) ? firstValueEnd(seg.start, emails, phones) : Infinity;
    for (const piece of pieces) {
      result.items.push({ kind: 'piece', text: piece.text, label: piece.at > valueEnd ? null : seg.label, at: piece.at });
    }
    if (i === segments.length - 1 && seg.label && pieces.length === 0 && emails.length === 0 && phones.length === 0) {
      result.danglingLabel = seg.label;
    }
  }
  result.items.sort((a, b) => a.at - b.at);
  return result;
}
