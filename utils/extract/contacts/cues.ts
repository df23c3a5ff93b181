import {
  allCues, AUDIENCE_SUB_LABELS, BLOCK_END_CUES, CONTACT_REQUEST_WORDS, EXCLUDED_CONTACT_CUES, GENERIC_CONTACT_CUES, INVESTOR_CUES,
  COPULAS, MEDIA_CONTACT_CUES, MEDIA_ROLE_WORDS, PRESS_AUDIENCE_WORDS,
} from '../cues/contact-cues';
import { escapeRegExp } from '../text-norm';
import { normalize, phraseRegex } from './words';

// Where a line names a contact block: "Media Contact:", "Pressekontakt", "For interviews please contact …",
// "Investor Relations:" (a sub-label), "For Public Inquiries:" (a label of a contact that is not for press).

export type CueKind = 'media' | 'generic' | 'investor' | 'excluded';

export interface CueMatch {
  kind: CueKind;
  start: number;
  end: number;
  // The text the cue introduces on the same line ("Jane Doe, jane@acme.com" after "Media Contact:").
  remainder: string;
  // The cue is at the head of the line (a heading/label), not inside a sentence.
  leading: boolean;
}

const KINDS: [CueKind, RegExp][] = [
  ['excluded', phraseRegex(EXCLUDED_CONTACT_CUES, 'giu', true)],
  ['investor', phraseRegex(INVESTOR_CUES, 'giu')],
  ['media', phraseRegex(allCues(MEDIA_CONTACT_CUES), 'giu')],
  ['generic', phraseRegex(allCues(GENERIC_CONTACT_CUES), 'giu')],
];
// "ContactShane Devenish", "Contact DetailsPlatinum Learning": a text export glued the label to the value.
const GLUED_GENERIC = /^(Contacts?(?: Details| Information)?|Kontakt|Contacto|Contato|Contatti)(?=\p{Lu}\p{Ll})/u;
const MEDIA_ROLE = phraseRegex(MEDIA_ROLE_WORDS, 'iu');
const END = BLOCK_END_CUES.map((c) => c.toLowerCase());

function remainderAfter(text: string, end: number): string {
  const rest = text.slice(end);
  const colon = rest.search(/:(?!\/\/)/);
  if (colon >= 0 && colon <= 40 && !/[@\d]/.test(rest.slice(0, colon))) return rest.slice(colon + 1).trim();
  return rest.replace(/^[\s,.;–—-]+/, '').trim();
}

// Inside a block, a bare audience word with a colon is a sub-label too ("Media: …", "Investors: …").
const SUB_LABEL = new RegExp(`(?<![\\p{L}])(${AUDIENCE_SUB_LABELS.join('|')})(?=\\s*:)`, 'giu');

// Cheap pre-check derived from the same tables: the first five letters of every word of every cue. A line
// with no word starting like that holds no cue, and most lines of a page are rejected here without the regexes.
const CUE_WORD_PREFIXES: ReadonlySet<string> = new Set(
  [...EXCLUDED_CONTACT_CUES, ...INVESTOR_CUES, ...allCues(MEDIA_CONTACT_CUES), ...allCues(GENERIC_CONTACT_CUES), ...AUDIENCE_SUB_LABELS]
    // Dots inside a word are dropped: "V.i.S.d.P." is the word "visdp".
    .flatMap((p) => normalize(p).split(/[^\p{L}.]+/u).map((w) => w.replace(/\./g, '')))
    .filter((w) => w.length >= 2)
    .map((w) => w.slice(0, 5)),
);

function mayHoldCue(text: string): boolean {
  // Split camel-glued words first ("Technologies" + "Contact…" → "TechnologiesContact").
  for (const raw of text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[^\p{L}.]+/u)) {
    // Each word between dots ("acme.com.media"), and the dotted abbreviation as one word ("v.i.s.d.p.").
    for (const w of [...raw.split('.'), raw.replace(/\./g, '')]) {
      if (w.length >= 2 && CUE_WORD_PREFIXES.has(w.slice(0, 5))) return true;
    }
  }
  return false;
}

// "… uses membrane filtration. Media: Jane Doe, …": a label opening a sentence inside a paragraph is a label too.
function opensSentence(text: string, at: number): boolean {
  return at > 0 && /[.!?]\s+$/.test(text.slice(Math.max(0, at - 4), at));
}

// Every cue in the line, earliest first; exclusions and investor labels win over a generic cue at the same place.
export function findCues(text: string, inBlock = false): CueMatch[] {
  const found: CueMatch[] = [];
  if (!mayHoldCue(text)) return found;
  const glued = GLUED_GENERIC.exec(text);
  if (glued) found.push({ kind: 'generic', start: 0, end: glued[0].length, remainder: text.slice(glued[0].length).trim(), leading: true });
  for (const [kind, re] of KINDS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const leading = (start <= 30 && !/[.!?]\s/.test(text.slice(0, start))) || opensSentence(text, start);
      found.push({ kind, start, end, remainder: remainderAfter(text, end), leading });
    }
  }
  // Inside a block anywhere, and opening a line anywhere ("Press: Jane Doe (jane@…) · John Roe (…)").
  for (const m of text.matchAll(SUB_LABEL)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!inBlock && start > 0 && !opensSentence(text, start)) continue;
    if (!found.some((f) => start < f.end && end > f.start)) found.push({ kind: 'media', start, end, remainder: remainderAfter(text, end), leading: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

const AUDIENCE_WORDS: ReadonlySet<string> = new Set(PRESS_AUDIENCE_WORDS);
const GLUED_BEFORE = /(?:[.!?)]|[\p{Ll}\d])$/u;
// "… contact Jane Doe", "Ihre Ansprechpartnerin ist Anna Berger": a capitalised name right after the cue, or after "is".
const NAMES_PERSON = new RegExp(String.raw`^\s*(?:(?:${COPULAS.map(escapeRegExp).join('|')})\s+)?\p{Lu}[\p{Ll}.]+\s+\p{Lu}`, 'u');
const SENTENCE_CUE = new RegExp(allCues(CONTACT_REQUEST_WORDS).map(escapeRegExp).join('|'), 'iu');

// The text asks to get in touch ("please contact", "can be reached", "kontaktieren", "comunicarse").
export function asksToGetInTouch(text: string): boolean {
  return SENTENCE_CUE.test(text);
}

// The cue and the rest of its sentence, up to 100 characters: "Para más información, los medios pueden contactar
// con …" asks to get in touch some words after the cue.
function sentenceAfter(text: string, cue: CueMatch): string {
  const rest = text.slice(cue.end, cue.end + 100);
  const stop = rest.search(/[.!?](?:\s|$)/);
  return text.slice(cue.start, cue.end) + (stop >= 0 ? rest.slice(0, stop) : rest);
}

// "Per informazioni alla stampa: …", "Contact for the media: …": a generic cue whose label goes on to name the
// press before its colon.
function namesAudienceBeforeColon(after: string): boolean {
  const label = /^([^:.!?@\d]{1,40}):/u.exec(after)?.[1];
  if (!label) return false;
  const words = label.split(/[^\p{L}]+/u).filter(Boolean);
  return words.length <= 4 && words.some((w) => AUDIENCE_WORDS.has(w.toLowerCase()));
}

// Does this line open a contact block? `hasData` says whether its remainder holds an e-mail or phone
// (a function: parsing phones is the costly part, and most lines are decided without it).
export function opensBlock(text: string, cue: CueMatch, hasData: () => boolean): boolean {
  if (cue.kind === 'excluded' || cue.kind === 'investor') return cue.leading;
  const after = text.slice(cue.end);
  const labelLike = /^\s*[^\s:]{0,30}\s*:/.test(after) || /^\p{Lu}/u.test(after) || namesAudienceBeforeColon(after);
  // A short line opens a block when it is a heading: a press cue, or a generic "Contact" with at most two
  // other words ("IHR ANSPRECHPARTNER", "Contact Details"), not "Contacts with the ministry continued …".
  const others = `${text.slice(0, cue.start)} ${after}`.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // "Kontakt für die Presse", "Contact for the media", "Contacto para los medios de comunicación": a generic cue
  // that names the press is a press heading, however many words it takes.
  const forPress = others.length <= 6 && others.some((w) => AUDIENCE_WORDS.has(w.toLowerCase()));
  const heading = text.length <= 80 && (cue.kind === 'media' || others.length <= 2 || forPress);
  if (cue.leading && (heading || labelLike)) return true;
  // A plain-text wire glued the label to the end of the sentence before it ("… visit www.acme.com.Media Contacts")
  // and put the contacts on the lines after it.
  if (cue.kind === 'media' && !after.trim() && GLUED_BEFORE.test(text.slice(0, cue.start))) return true;
  // "… contact Jane Doe at 555-0100": the cue names a person right after it.
  const namesPerson = NAMES_PERSON.test(after);
  if (!(cue.kind === 'media' || SENTENCE_CUE.test(sentenceAfter(text, cue)) || labelLike || namesPerson)) return false;
  return hasData();
}

export function isMediaRoleLine(text: string): boolean {
  return text.length <= 80 && MEDIA_ROLE.test(text);
}

// Where a press job title starts in a business-card line ("Anna Reid | Senior Media Officer | +44 …"), or -1.
export function mediaRoleAt(text: string): number {
  if (text.length > 160) return -1;
  return MEDIA_ROLE.exec(text)?.index ?? -1;
}

export function endsBlock(text: string): boolean {
  const t = normalize(text);
  return END.some((c) => t.startsWith(c) || t === c.trim());
}
