import { CJK_TITLE_AND_UNIT_PARTS, HONORIFICS, NAME_PARTICLES, POST_NOMINALS, SALUTATIONS } from '../cues/contact-cues';
import { isGivenName } from './given-names';
import { isRole } from './roles';
import { isUnitOrPlace } from './units';
import { NON_NAME_WORDS, normalize } from './words';

// Is this short piece of a contact block a person's name? "Olivia Miller", "Dr. Daniel Giese",
// "Gediminas VILKAS" (EU institutions write surnames in capitals), "Thomas B. Heacock", "Karen McCook",
// "Karen Ehrhardt-Dreier", "Felix Hälbich", "Dana Reyes, Ph.D.", "JOHN O'NEILL" (a known given name in capitals).
// Not "Press Office", "Bateman Group", "IHR ANSPRECHPARTNER", "Polizeipräsidium Mittelfranken", "Haus der Wissenschaft".

const HONORIFIC_SET = new Set(HONORIFICS);
const SALUTATION_SET = new Set(SALUTATIONS);
const PARTICLES = new Set(NAME_PARTICLES);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// ", Ph.D." / " Jr." at the end of a name.
const POST_NOMINAL_TAIL = new RegExp(`(?:,?\\s+(?:${POST_NOMINALS.map(escape).join('|')}))+$`, 'iu');

// Prefixes after which a name carries a capital inside: "McKenzie", "O'Neill", "DeAngelo", "LaToya", "JoAnn",
// "MacArthur", "VanDyke", "FitzGerald", "DiNapoli". Any other inner capital is a brand's ("SunPeak", "BlackRock").
const INNER_CAPITAL_PREFIXES = ['Mc', 'Mac', "O'", 'O’', "D'", 'D’', 'De', 'Di', 'Da', 'Du', 'La', 'Le', 'Van', 'Von', 'Fitz', 'St', 'Jo', 'Mary', 'Ann'];
// A double surname may run on into a particle: "Hendriks-de Lange", "Koning-van der Meer".
const CAPITALISED = new RegExp(
  String.raw`^(?:${INNER_CAPITAL_PREFIXES.join('|')})?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?:-(?:${NAME_PARTICLES.join('|')}))?$`,
  'u',
);
const UPPER_SURNAME = /^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*$/u;
const UPPER_WORD = /^\p{Lu}(?:[\p{Lu}'’-]*\p{Lu})?$/u;
const INITIAL = /^\p{Lu}\.$/u;

export function stripHonorifics(text: string): { honorifics: string[]; rest: string[] } {
  const tokens = text.trim().split(/\s+/);
  const honorifics: string[] = [];
  while (tokens.length > 0 && HONORIFIC_SET.has((tokens[0] ?? '').toLowerCase())) honorifics.push(tokens.shift() ?? '');
  return { honorifics, rest: tokens };
}

// "Dana Reyes, Ph.D." → "Dana Reyes": the degree is kept in the name shown, not in the test.
export function withoutPostNominals(text: string): string {
  return text.replace(POST_NOMINAL_TAIL, '').trim();
}

// The address's local part spells the person's given name or surname ("jane.doe", "jdoe", "doe.j").
const letters = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
export function addressSpellsName(email: string, name: string): boolean {
  const local = letters(email.split('@')[0] ?? '');
  const { rest } = stripHonorifics(name);
  return rest.map(letters).some((w) => w.length >= 3 && local.includes(w));
}

// The address spells the whole name, given name (or its initial) and surname: "kemaris.jacobs@", "kjacobs@",
// "jacobs.kemaris@" for "Kemaris Jacobs", "devinen.brink@" for "Devinen van de Brink". A second source that agrees
// with the name's shape, so a given name no list knows, or a surname that is also a place ("Gatien Paris"), still
// makes a person.
export function addressSpellsWholeName(email: string, name: string): boolean {
  const local = letters(email.split('@')[0] ?? '');
  const words = stripHonorifics(withoutPostNominals(name)).rest.filter((w) => !INITIAL.test(w)).map(letters).filter(Boolean);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || first.length < 2 || last.length < 2) return false;
  return [first + last, last + first, first[0] + last, last + first[0]].includes(local);
}

// isPersonName, or a name-shaped piece whose address on the same line spells it whole.
export function isPersonNameOrAddressed(text: string, emails: readonly string[]): boolean {
  return isPersonName(text) || (emails.some((e) => addressSpellsWholeName(e, text)) && isPersonName(text, true));
}

// The piece's first word after any honorific is a known given name: strong evidence of a person.
export function startsWithGivenName(text: string): boolean {
  const { rest } = stripHonorifics(withoutPostNominals(text));
  return rest.length >= 2 && isGivenName(rest[0] ?? '');
}

// A Chinese or Japanese name: two to five Han characters, family name first ("王丽", "欧阳明华", "山田太郎"), the
// Japanese often with a space between family and given name ("山田 太郎"); never one holding a title or unit.
const HAN_NAME = /^(?=(?:\p{Script=Han}[ \u3000]?){2,5}$)\p{Script=Han}{1,4}(?:[ \u3000]\p{Script=Han}{1,3})?$/u;
const CJK_PARTS = new RegExp(CJK_TITLE_AND_UNIT_PARTS.join('|'), 'u');

// `spelled`: an address spells the whole name, so a surname that is also a cue or place word ("Paris", "Head") is
// allowed after the first word.
export function isPersonName(raw: string, spelled = false): boolean {
  const text = withoutPostNominals(raw);
  if (HAN_NAME.test(text)) return !isRole(text) && !CJK_PARTS.test(text);
  if (text.length > 70 || /[\d@/:|,]/.test(text)) return false;
  const { rest } = stripHonorifics(text);
  const particles = rest.filter((t, i) => i > 0 && PARTICLES.has(normalize(t))).length;
  if (rest.length < 2 || rest.length - particles > 5) return false;
  if (!spelled && isUnitOrPlace(rest)) return false;
  const clean = (t: string, i: number) =>
    INITIAL.test(t) || (spelled && i > 0) || (i > 0 && i < rest.length - 1 && PARTICLES.has(normalize(t))) || !NON_NAME_WORDS.has(normalize(t));
  // A name in capitals ("JOHN O'NEILL", "JENNA DE KIRLIN") when its first word is a known given name or its address
  // spells it, or surname first the way EU institutions write it ("VILKAS Gediminas").
  if (rest.every((t) => UPPER_WORD.test(t) || INITIAL.test(t)) && (spelled || isGivenName(rest[0] ?? ''))) return rest.every(clean);
  if (rest.length === 2 && UPPER_SURNAME.test(rest[0] ?? '') && CAPITALISED.test(rest[1] ?? '') && isGivenName(rest[1] ?? '')) return rest.every(clean);
  let words = 0;
  let mixedCase = 0;
  for (const [i, token] of rest.entries()) {
    const lower = normalize(token);
    if (PARTICLES.has(lower) && i > 0 && i < rest.length - 1) continue;
    if (NON_NAME_WORDS.has(lower) && !(spelled && i > 0)) return false;
    if (INITIAL.test(token) && i < rest.length - 1) continue;
    if (CAPITALISED.test(token)) {
      words++;
      mixedCase++;
      continue;
    }
    if (UPPER_SURNAME.test(token) && i > 0) {
      words++;
      continue;
    }
    return false;
  }
  // "IHR ANSPRECHPARTNER": a name has at least one word in normal capitalisation, the first one after a leading
  // initial ("J. Robert Klein").
  const first = INITIAL.test(rest[0] ?? '') ? rest[1] : rest[0];
  // "Dr. J. Klein": after a title, an initial and a surname are a name too.
  const titled = rest.length < text.trim().split(/\s+/).length && rest.length === 2 && INITIAL.test(rest[0] ?? '');
  return (words >= 2 || (titled && words === 1)) && mixedCase >= 1 && CAPITALISED.test(first ?? '');
}

// "Pressesprecherin Dr. Anna Berger" → ["Pressesprecherin", "Dr. Anna Berger"]: a title or organization, then
// a name that starts with an honorific or a known given name.
export function splitTrailingName(text: string, isLabel: (head: string) => boolean): [string, string] | null {
  const tokens = text.trim().split(/\s+/);
  for (let n = Math.min(5, tokens.length - 1); n >= 2; n--) {
    const head = tokens.slice(0, tokens.length - n).join(' ');
    const tail = tokens.slice(tokens.length - n).join(' ');
    const honorific = HONORIFIC_SET.has((tokens[tokens.length - n] ?? '').toLowerCase());
    if ((honorific || startsWithGivenName(tail)) && isPersonName(tail) && isLabel(head)) return [head, tail];
  }
  return null;
}

// "Heather HookKeyCrew Media" → ["Heather Hook", "KeyCrew Media"]; "Shane Devenish Canadian RV Association"
// → ["Shane Devenish", "Canadian RV Association"]: a name at the start of a run-together piece.
// `isLabel` says whether the rest is clearly an organization or title; a short name followed by one wins over
// a longer "name" that swallowed the organization's first words ("Shane Devenish Canadian RV").
// `emails`: the line's addresses; a name one of them spells whole wins over a shorter one ("Sonia Arellano Sandoval |
// Jefe de Prensa" for sonia.sandoval@…, not "Sonia Arellano | Sandoval Jefe de Prensa").
export function splitLeadingName(text: string, isLabel: (rest: string) => boolean = () => false, allowGlued = true, emails: readonly string[] = []): [string, string] | null {
  const glued = /^(.*?\p{Ll})(\p{Lu}.*)$/u;
  const tokens = text.trim().split(/\s+/);
  // Particles and initials make a name longer: "Lieve G. van der Velden".
  const longest = Math.min(tokens.length, 4 + tokens.slice(0, 6).filter((t) => PARTICLES.has(normalize(t)) || INITIAL.test(t)).length);
  let first: [string, string] | null = null;
  for (let n = 2; n < longest; n++) {
    const name = tokens.slice(0, n).join(' ');
    const rest = tokens.slice(n).join(' ');
    const spelled = emails.some((e) => addressSpellsWholeName(e, name));
    // One trailing word is the organization's own suffix ("Stonegate Capital Partners"), not a second field,
    // unless it is a title ("Andri Bryner Medienverantwortlicher").
    if (!isPersonName(name, spelled) || !(n <= tokens.length - 2 || isRole(rest)) || !isLabel(rest)) continue;
    if (spelled) return [name, rest];
    first ??= [name, rest];
  }
  if (first) return first;
  if (!allowGlued) return null;
  for (let n = Math.min(4, tokens.length); n >= 2; n--) {
    const head = tokens.slice(0, n);
    const tail = tokens.slice(n);
    const last = head[n - 1] ?? '';
    // The last name token may have the next field glued on ("HookKeyCrew", "LuongStrategy").
    const m = glued.exec(last);
    if (m && (m[1]?.length ?? 0) >= 3 && !/^(?:Mc|Mac)$/.test(m[1] ?? '')) {
      const name = [...head.slice(0, -1), m[1]].join(' ');
      if (isPersonName(name)) return [name, [m[2], ...tail].join(' ')];
    }
    const name = head.join(' ');
    if (tail.length > 1 && isPersonName(name) && /^\p{Lu}/u.test(tail[0] ?? '')) return [name, tail.join(' ')];
  }
  return null;
}

// A person's name inside a sentence ("… contact Jane Doe in the university's Office of Communications at …",
// "Jane Doe, a spokesperson for the university, can be reached at …"): the last run of two to four words that
// starts with an honorific or a known given name, is a name by isPersonName, and ends where the sentence goes on
// (punctuation, or a word in lower case), so it is not the start of an organization's or a building's name.
const OPENING_PUNCTUATION = /^[("“„«‘']+/u;
const CLOSING_PUNCTUATION = /[)"”»’',;:!?]+$|(?<=\p{L}{3,})\.$/u;
// `emails`: the addresses on the line; a run one of them spells whole needs no known given name.
export function nameInProse(text: string, emails: readonly string[] = []): string | null {
  const tokens = text.trim().split(/\s+/).map((t) => t.replace(OPENING_PUNCTUATION, ''));
  const words = tokens.map((t) => t.replace(CLOSING_PUNCTUATION, ''));
  const closes = (i: number) => words[i] !== tokens[i];
  let found: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const honorific = HONORIFIC_SET.has((tokens[i] ?? '').toLowerCase());
    if (!honorific && !isGivenName(words[i] ?? '') && (emails.length === 0 || !/^\p{Lu}/u.test(words[i] ?? ''))) continue;
    for (let n = Math.min(4, tokens.length - i); n >= 2; n--) {
      const end = i + n - 1;
      const endsClean = end === tokens.length - 1 || closes(end) || !/^\p{Lu}/u.test(words[end + 1] ?? '');
      const broken = words.slice(i, end).some((_, k) => closes(i + k));
      const name = words.slice(i, end + 1).join(' ');
      const spelled = emails.some((e) => addressSpellsWholeName(e, name));
      if (endsClean && !broken && isPersonName(name, spelled) && (honorific || spelled || startsWithGivenName(name))) {
        // "J. Robert Klein": a leading initial belongs to the name.
        found = i > 0 && INITIAL.test(words[i - 1] ?? '') && !closes(i - 1) ? `${words[i - 1]} ${name}` : name;
        i = end;
        break;
      }
    }
  }
  return found;
}

// "Frau Berger", "Mr. Okafor": a whole piece that is a form of address and one surname names a person (not a part of a
// longer piece: "Sra. Federico E. Serrano García" is not "Sra. Federico").
export function isSalutedSurname(text: string): boolean {
  const { honorifics, rest } = stripHonorifics(text);
  const surname = rest[0] ?? '';
  return rest.length === 1 && honorifics.some((h) => SALUTATION_SET.has(h.toLowerCase())) && CAPITALISED.test(surname) &&
    !NON_NAME_WORDS.has(normalize(surname)) && !isUnitOrPlace([surname]) && !isRole(surname);
}

// "Herr Dr. Max Mustermann" → "Dr. Max Mustermann": a form of address is not part of the name, a title is.
// With a surname alone the form of address stays: "Frau Berger".
export function shownName(text: string): string {
  const { honorifics, rest } = stripHonorifics(text);
  if (rest.length < 2) return text.trim();
  return [...honorifics.filter((h) => !SALUTATION_SET.has(h.toLowerCase())), ...rest].join(' ');
}
