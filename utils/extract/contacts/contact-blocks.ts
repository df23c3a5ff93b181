import type { CountryCode } from 'libphonenumber-js/max';
import { AUDIENCE_SUB_LABELS, INTERVIEW_WORDS, PRESS_AUDIENCE_WORDS, type FieldKind } from '../cues/contact-cues';
import { END_MARKS } from '../cues/release-cues';
import { WORKPLACE_LINK } from '../cues/word-alternations';
import { BlockReader, type BlockContext, type Draft } from './block-reader';
import type { ContactLine } from './contact-lines';
import { countryOfDomain } from './country';
import { endsBlock, findCues, isMediaRoleLine, mediaRoleAt, opensBlock, type CueKind, type CueMatch } from './cues';
import { lineFields } from './fields';
import { findEmails } from './emails';
import { addressSpellsName, isPersonName, nameInProse } from './names';
import { phraseRegex } from './words';
import { isRole } from './roles';
import { cjkOrganizationAndUnit, isPressUnit, namesPressFunction, officeBeforeBody } from './units';

// Finds contact blocks by their cue lines ("Media Contact:", "Pressekontakt", "For interviews please contact …",
// a press officer's business card) and where each block ends (boilerplate, a heading, prose, a gap), and feeds
// their lines to a BlockReader.

// A contact block is short: it ends after this many lines, or after this many lines in a row with nothing
// a contact is made of.
const MAX_BLOCK_LINES = 40;
const AUDIENCE = new Set(AUDIENCE_SUB_LABELS);
const MAX_GAP = 4;

function opener(line: ContactLine, cues: readonly CueMatch[], country: CountryCode | undefined): CueMatch | null {
  if (line.chrome) return null;
  // "Contact:General Inquiries …", "Kontakt für Zeugenhinweise": a contact, but not for the press.
  if (cues.some((c) => c.kind === 'excluded')) return null;
  for (const [i, cue] of cues.entries()) {
    const hasData = () => {
      const data = lineFields(cue.remainder, country);
      return data.emails.length + data.phones.length > 0 || data.items.some((i) => i.kind === 'hidden');
    };
    if (!opensBlock(line.text, cue, hasData)) continue;
    // "For interviews please contact Olivia Miller…", "For media inquiries, please contact: …": the block's
    // text starts after the last of the cues that follow each other.
    let last = cue;
    for (const next of cues.slice(i + 1)) {
      if (next.start > last.end + 3) break;
      last = next;
    }
    // "Ben Okoro | Media Relations Manager | +44 …": the cue is part of a job title after a name, so the line is the
    // person's whole card.
    if (namedBefore(line.text, cue.start)) return { ...cue, remainder: line.text };
    // "… contactez Marie Dupont, chargée des relations presse, au 01 …": a cue inside a sentence, after the name of
    // the person it describes; the sentence is read from its start.
    const sentence = sentenceStart(line.text, cue.start);
    if (!cue.leading && nameInProse(line.text.slice(sentence, cue.start))) return { ...cue, remainder: line.text.slice(sentence) };
    return { ...cue, remainder: last.remainder };
  }
  return null;
}

// Where the sentence holding `at` starts: after the last ". " / "! " / "? " before it.
function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/[.!?]\s+(?=\P{Ll})/gu)) start = (m.index ?? 0) + m[0].length;
  return start;
}

// Where the first sentence starts that names a person, then their e-mail address, as a press contact; or -1. Off a
// detected release the address must spell the name and the sentence speak to the press ("Media wishing to …",
// "Interviews … can be arranged through …"): "Vous pouvez joindre Frédéric Zalac par courriel à …" under a news story
// asks readers for tips. On a release, releaseContact() is enough.
const PRESS_SENTENCE = phraseRegex([...PRESS_AUDIENCE_WORDS, ...INTERVIEW_WORDS], 'iu');
const NAME_REACH = 80;
const ADJACENT = 40;
function pressContactSentence(text: string, release: boolean): number {
  if (!text.includes('@')) return -1;
  for (const e of findEmails(text)) {
    const start = sentenceStart(text, e.start);
    const before = text.slice(Math.max(start, e.start - NAME_REACH), e.start);
    const name = nameInProse(before);
    const sentence = text.slice(start, e.start);
    if (!name) continue;
    const spells = addressSpellsName(e.email, name);
    if (spells && PRESS_SENTENCE.test(sentence)) return start;
    if (release && releaseContact(sentence, before, name, spells)) return start;
  }
  return -1;
}

// On a release, a name and the address that spells it (`spells`), or follows it within ADJACENT characters in
// `before`, are enough ("Tours can be arranged through Jane Doe (jd@…)"), unless the sentence speaks to investors or
// another audience.
function releaseContact(sentence: string, before: string, name: string, spells: boolean): boolean {
  const at = before.lastIndexOf(name);
  const gap = at < 0 ? null : before.slice(at + name.length);
  const adjacent = gap !== null && gap.length <= ADJACENT && !gap.includes('@');
  return (spells || adjacent) && !findCues(sentence).some((c) => c.kind === 'excluded' || c.kind === 'investor');
}

// A person's name opens the line before `at`, set off by a separator ("Ben Okoro | …", "Anna Reid, …").
function namedBefore(text: string, at: number): boolean {
  const first = /^(.{3,60}?)\s*(?:[|,;–—]|\s-\s)/u.exec(text);
  return !!first && first[0].length <= at && isPersonName((first[1] ?? '').trim());
}

// A line that is only a link ("Pressekontakt" in a menu not marked as <nav>) is navigation, not a label.
function isLinkOnly(line: ContactLine): boolean {
  for (const a of Array.from(line.element.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (/^(mailto|tel):/i.test(href)) continue;
    if ((a.textContent ?? '').replace(/\s+/g, ' ').trim() === line.text) return true;
  }
  return false;
}

// A line's text so far ends with an e-mail address or a number.
const AFTER_DATA = /(?:@[\w-]+(?:\.[\w-]+)+|\d)\s*$/u;
// One capitalised word right before a cue: "Partner" in "Partner Contact".
const QUALIFIER = /\s\p{Lu}\p{Ll}+\s*$/u;

// Feeds one line to the reader. A cue followed by a colon, or ending a line it (nearly) fills, is a label
// ("Investors:", "Contact data:", "BWE Pressekontakt"); any other cue describes the line it is in
// ("Media Relations Manager", "Acme Investor Relations", "Acme Global Press Office").
function feedLine(reader: BlockReader, text: string, dangling: FieldKind | null): { useful: boolean; dangling: FieldKind | null } {
  reader.beginLine();
  const cues = isPersonName(text) ? [] : findCues(text, true);
  // Where the label holding cue `c` starts, or -1 when the cue is no label.
  const labelStart = (c: CueMatch, from: number): number => {
    const after = text.slice(c.end);
    // "Responsable des relations presse:", "Head of Media Relations:": the cue ends a job title that labels the person.
    if (/^\s*:/.test(after)) return titleBefore(text, from, c.start) ?? c.start;
    // A run-together export opens a line with the label: "Contact Details Brightline PR John Roe +1 …", or puts it
    // right after the previous contact's address or number: "… Email: jane@acme.com Media Contact John Roe …".
    // One word may qualify the label there, and belongs to it ("… +1 937 … Partner Contact Robert Lin …").
    const before = text.slice(0, c.start);
    const qualifier = QUALIFIER.exec(before);
    const start = c.start === 0 || AFTER_DATA.test(before) ? c.start : qualifier && AFTER_DATA.test(before.slice(0, qualifier.index)) ? qualifier.index + 1 : -1;
    if (start >= 0 && /^\s+\p{Lu}/u.test(after) && /[@\d]/.test(after)) return start;
    // "Responsabile Ufficio Stampa" alone on its line: a job title ending in the cue, the label of the person's role.
    return /^\s*$/.test(after) && before.trim().split(/\s+/).filter(Boolean).length <= 1 ? (titleBefore(text, from, c.start) ?? c.start) : -1;
  };
  let useful = cues.length > 0;
  // The line cut at each cue: a label ("Investors:") is cut out and starts the next contact; a cue inside the text
  // ("Lisa Park, Investor Relations, …") stays in it and describes the contact it sits in, not the line's first one.
  const parts: { kind: CueKind | null; label: string | null; describes: CueKind | null; text: string }[] = [];
  let pos = 0;
  let kind: CueKind | null = null;
  let label: string | null = null;
  let describes: CueKind | null = null;
  for (const c of cues) {
    const start = labelStart(c, pos);
    const labelCue = start >= 0;
    const cut = labelCue ? start : lastPieceStart(text, pos, c.start);
    parts.push({ kind, label, describes, text: text.slice(pos, cut) });
    if (labelCue) [kind, label, describes, pos] = [c.kind, text.slice(start, c.end), null, c.end];
    else [kind, label, describes, pos] = [null, null, c.kind, cut];
  }
  parts.push({ kind, label, describes, text: text.slice(pos).replace(/^\s*:\s*/, '') });
  for (const part of parts) {
    if (part.describes) reader.describe(part.describes);
    // "Public Relations:" names the person's function as well as the kind of contact.
    // "Media:" alone names the audience, not a title.
    // "ミドリ精機株式会社 広報部": a Japanese press unit is the person's role too.
    // A generic label is never a title, even qualified ("Partner Contact").
    const named = part.label && part.kind !== 'generic' && (isRole(part.label) || isPressUnit(part.label) || cjkOrganizationAndUnit(part.label)?.unit);
    // A title alone on its line ("Responsabile Ufficio Stampa" under "[Jane Doe](mailto:…)") may be the person's above;
    // one with a colon or text after it ("Media Relations: John Roe, …") labels the next.
    const alone = !!named && text.trim() === part.label?.trim() && !AUDIENCE.has(part.label.trim().toLowerCase());
    if (part.kind) reader.subLabel(part.kind, alone);
    if (named && part.label && !AUDIENCE.has(part.label.trim().toLowerCase())) reader.setRole(part.label);
    if (!part.text.trim()) continue;
    const r = reader.line(part.text, dangling);
    dangling = r.dangling;
    useful ||= r.useful;
  }
  return { useful, dangling };
}

// Where a job title or department starts that runs on into the cue at `at` (from the last separator after `from`), or null.
function titleBefore(text: string, from: number, at: number): number | null {
  const before = text.slice(from, at);
  const sep = Math.max(...['|', ',', ';', ':', '·'].map((c) => before.lastIndexOf(c)));
  const start = from + sep + 1;
  const fragment = text.slice(start, at).trim();
  // A Japanese department before its press desk ("経営企画室 広報担当") is one title with it.
  const title = isRole(fragment) || cjkOrganizationAndUnit(fragment)?.unit === fragment;
  return fragment && !/[@\d]/.test(fragment) && title ? start + text.slice(start, at).search(/\S/) : null;
}

// Where the contact holding a descriptive cue starts: after the last ";" or "|" before it ("…, jroe@x.com; Lisa
// Park, Investor Relations, …" → at "Lisa Park"), else where the text read so far starts ("Acme Global Press Office"
// stays one name).
function lastPieceStart(text: string, from: number, at: number): number {
  const before = text.slice(from, at);
  const sep = Math.max(before.lastIndexOf(';'), before.lastIndexOf('|'));
  return sep >= 0 ? from + sep + 1 : from;
}

// A heading inside a contact list that names the next person's organization ("Media contacts" / h4 "Berger PR" /
// Tom Berger / phone / e-mail): the short lines under it, up to the next heading, hold an address or a number.
const CARD_LINES = 6;
function headsContactCard(lines: readonly ContactLine[], at: number, country: CountryCode | undefined): boolean {
  if ((lines[at]?.text.split(/\s+/).length ?? 99) > 8) return false;
  for (let j = at + 1; j < lines.length && j <= at + CARD_LINES; j++) {
    const line = lines[j];
    if (!line || line.heading || line.text.length > 120) return false;
    const data = lineFields(line.text, country);
    if (data.emails.length + data.phones.length > 0) return true;
  }
  return false;
}

// A heading that is a job description or a press office ("Ihr Ansprechpartner für Pressefragen", "Media Relations",
// "Pressesprecherin", "Pressestelle") is the role of the people under it who give none of their own.
function headingRole(line: string, remainder: string): string | null {
  const text = line.trim().replace(/\s*:$/, '');
  if (remainder.trim()) return null;
  // "Gabinete de Comunicación del Ministerio de Vivienda": the office, not the body it belongs to.
  const office = officeBeforeBody(text);
  if (office) return office.office;
  return text.length <= 60 && (isRole(text) || isPressUnit(text)) ? text : null;
}

// "Gabinete de Prensa del Ayuntamiento de Villaverde": the cue's remainder goes on into the body the office belongs to.
const LINKED_BODY = new RegExp(String.raw`^${WORKPLACE_LINK}\s+\p{Lu}`, 'u');

function readBlock(lines: readonly ContactLine[], from: number, remainder: string, cue: CueKind, ctx: BlockContext, block: number): { drafts: Draft[]; next: number } {
  const heading = lines[from]?.text ?? '';
  const first = LINKED_BODY.test(remainder) && heading.endsWith(remainder) ? '' : remainder;
  // "Ufficio Stampa Comune di Borgomonte": a press office heading names the role of the contacts under it, even with the
  // body after it.
  const label = first && heading.endsWith(first) ? heading.slice(0, heading.length - first.length).replace(/[\s:：]+$/u, '') : '';
  const reader = new BlockReader(ctx, block, cue, headingRole(heading, first) ?? (label && isPressUnit(label) ? label : null));
  // "Pressestelle der Stadtwerke Talheim: Jonas Keller, …": the label before the block's first contact names the press
  // office and its body.
  if (!first || heading.endsWith(first)) reader.officeLabel(heading.slice(0, heading.length - first.length).replace(/[\s:：]+$/u, ''));
  let dangling = feedLine(reader, first, null).dangling;
  let gap = 0;
  let i = from + 1;
  const startChrome = lines[from]?.chrome ?? false;
  for (; i < lines.length && i - from <= MAX_BLOCK_LINES; i++) {
    const line = lines[i];
    if (!line) break;
    if (line.chrome && !startChrome) break;
    if (endsBlock(line.text)) break;
    if (line.heading && !isPersonName(line.text) && findCues(line.text, true).length === 0 && !headsContactCard(lines, i, ctx.country)) break;
    if (line.text.length > 250) {
      const fields = lineFields(line.text, ctx.country);
      if (fields.emails.length + fields.phones.length === 0) break;
    }
    const r = feedLine(reader, line.text, dangling);
    dangling = r.dangling;
    gap = r.useful ? 0 : gap + 1;
    if (gap > MAX_GAP) break;
  }
  return { drafts: reader.finish(), next: i };
}

// The one country all of a block's e-mail domains point to by their ccTLD, if there is exactly one.
function emailCountry(drafts: readonly Draft[]): CountryCode | undefined {
  const countries = new Set(drafts.flatMap((d) => d.emails.map((e) => countryOfDomain(e.split('@')[1] ?? ''))));
  const [only] = [...countries];
  return countries.size === 1 ? only : undefined;
}

// `late`: extract()'s deadline, asked every CHECK_EVERY lines; past it, the blocks read so far are returned.
const CHECK_EVERY = 64;

// Where the story has ended: its end mark ("###", "-30-") or its last paragraph of prose, whichever comes first.
// Wires put the contact under these without a label ("###" / "Dana Whitfield" / "Lumen Grid" / "+1 614 …"). Not
// after an "About …" heading: a partner's boilerplate may carry the partner's own contact.
const END_MARK_SET = new Set(END_MARKS);
const PROSE = 150;
function storyEnd(lines: readonly ContactLine[]): number {
  let end = Infinity;
  let lastProse = -1;
  for (const [i, l] of lines.entries()) {
    if (l.chrome) continue;
    const text = l.text.trim();
    if (END_MARK_SET.has(text.toLowerCase())) end = Math.min(end, i + 1);
    if (text.length >= PROSE) lastProse = i;
  }
  return Math.min(end, lastProse >= 0 ? lastProse + 1 : Infinity);
}

// An unlabelled card after the story's end: a person's name or a press office on a line of its own, an address or
// number within the next three short lines.
const CARD_REACH = 3;
function startsSignature(lines: readonly ContactLine[], at: number, country: CountryCode | undefined): boolean {
  const line = lines[at];
  if (!line || line.chrome) return false;
  // "Dana Whitfield, Lumen Grid, dana@…, +1 614 …": name and data on one line.
  if (line.text.length <= 160 && namedBefore(line.text, line.text.length)) {
    const data = lineFields(line.text, country);
    if (data.emails.length + data.phones.length > 0) return true;
  }
  // A press office's card opens with the office ("Presse- und Öffentlichkeitsarbeit" / "Anna Berger" / "Tel. …").
  if (line.text.length > 60 || !(isPersonName(line.text) || namesPressFunction(line.text))) return false;
  for (let j = at + 1; j <= at + CARD_REACH && j < lines.length; j++) {
    const next = lines[j];
    if (!next || next.chrome || next.text.length > 120) return false;
    const data = lineFields(next.text, country);
    // A hidden address ("[email protected]", "email us here") is the person's too.
    if (data.emails.length + data.phones.length > 0 || data.items.some((i) => i.kind === 'hidden')) return true;
  }
  return false;
}

export function readContactBlocks(lines: readonly ContactLine[], ctx: BlockContext, late: () => boolean = () => false): Draft[] {
  const drafts: Draft[] = [];
  let block = 0;
  const tail = storyEnd(lines);
  // A label line like "Herausgeber:" (publisher) or "Send us your comments" makes the box right under it a
  // non-press contact.
  let excludedUntil = -1;
  for (let i = 0; i < lines.length; i++) {
    if (i % CHECK_EVERY === CHECK_EVERY - 1 && late()) break;
    const line = lines[i];
    if (!line) continue;
    const cues = findCues(line.text);
    if (line.text.length <= 80 && cues.some((c) => c.kind === 'excluded' && c.leading)) excludedUntil = i + 1;
    const cue = opener(line, cues, ctx.country);
    if (cue && !isLinkOnly(line)) {
      const kind = i <= excludedUntil ? 'excluded' : cue.kind;
      let { drafts: found, next } = readBlock(lines, i, cue.remainder, kind, ctx, block);
      const hint = ctx.countryGuessed ? emailCountry(found) : undefined;
      // "Phone: 020 7946 0958 / jane@acme.co.uk" on an English page of a .com site: read it as British.
      if (hint && hint !== ctx.country) ({ drafts: found, next } = readBlock(lines, i, cue.remainder, kind, { ...ctx, country: hint }, block));
      block++;
      drafts.push(...found);
      i = next - 1;
      continue;
    }
    // An unlabelled card under the story.
    if (i >= tail && startsSignature(lines, i, ctx.country)) {
      const { drafts: found, next } = readBlock(lines, i, line.text, 'media', ctx, block++);
      drafts.push(...found);
      i = next - 1;
      continue;
    }
    // "Media wishing to attend should register with Jane Doe (jane.doe@…)": a person and their address, in a sentence
    // that gives them as a press contact.
    const sentenceAt = line.chrome ? -1 : pressContactSentence(line.text, ctx.release ?? false);
    if (sentenceAt >= 0) {
      const { drafts: found, next } = readBlock(lines, i, line.text.slice(sentenceAt), 'media', ctx, block++);
      drafts.push(...found);
      i = next - 1;
      continue;
    }
    // A newsroom business card with no heading: a name, then a press job title, on lines of their own or on one.
    const prev = lines[i - 1];
    const role = mediaRoleAt(line.text);
    if (!line.chrome && role > 0 && namedBefore(line.text, role)) {
      const { drafts: found, next } = readBlock(lines, i, line.text, 'media', ctx, block++);
      drafts.push(...found);
      i = next - 1;
      continue;
    }
    if (!line.chrome && isMediaRoleLine(line.text) && prev && !prev.chrome && isPersonName(prev.text)) {
      const { drafts: found, next } = readBlock(lines, i, `${prev.text} | ${line.text}`, 'media', ctx, block++);
      drafts.push(...found);
      i = next - 1;
    }
  }
  return drafts;
}
