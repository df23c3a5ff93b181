import { AGENCY_TAILS, COPULAS, ORGANIZATION_WORDS, PRESS_AUDIENCE_WORDS, ROLE_MODIFIERS, ROLE_TAILS, ROLE_WORDS, WORKPLACE_LINKS } from '../cues/contact-cues';
import { hasLegalForm } from './legal-forms';
import { isPressUnit, isUnitOrPlace } from './units';
import { normalize, phraseRegex } from './words';

// Is a short piece of a contact block a job title ("Press Officer", "Pressesprecherin des Deutschen
// Caritasverbandes", "Communications Director") or an organization ("Bateman Group", "Philips Global Press
// Office", "Stiftung Jugend forscht e. V.", the issuer itself, the name behind the e-mail domain)?

const ROLE = phraseRegex(ROLE_WORDS);
const WORKPLACE_LINK_SET: ReadonlySet<string> = new Set(WORKPLACE_LINKS);
const PRESS_WORDS: ReadonlySet<string> = new Set(PRESS_AUDIENCE_WORDS);

// Words that name an organization even next to a role word ("Catalyst Marketing Agency").
const WEAK_ORG_WORDS = new Set(['media', 'communications', 'pr', 'marketing', 'relations', 'partners', 'solutions', 'network', 'studio', 'studios', 'labs', 'consulting', 'technologies', 'center', 'centre']);
const STRONG_ORG = phraseRegex(ORGANIZATION_WORDS.filter((w) => !WEAK_ORG_WORDS.has(w)));
const ANY_ORG = phraseRegex(ORGANIZATION_WORDS);

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const MODIFIERS = new Set(ROLE_MODIFIERS);
const AGENCY_TAIL = new RegExp(`^((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3})(?:${AGENCY_TAILS.join('|')})$`, 'iu');

// "Chen Communications", "Berger PR": capitalised words that are not title words, then an agency-like tail.
export function isAgencyName(text: string): boolean {
  const m = AGENCY_TAIL.exec(text.trim());
  if (!m) return false;
  const head = (m[1] ?? '').trim().split(/\s+/);
  return head.every((w) => /^\p{Lu}/u.test(w) && !MODIFIERS.has(normalize(w)) && !ROLE.test(w));
}

const ROLE_TAIL = new RegExp(`(?<![\\p{L}])[\\p{L}-]*(?:${ROLE_TAILS.join('|')})(?![\\p{L}])`, 'iu');

// "Ihre Ansprechpartnerin für die Presse ist": prose that names a title, then the person.
const ENDS_IN_COPULA = new RegExp(`(?<![\\p{L}])(?:${COPULAS.join('|')})$`, 'iu');

export function isRole(text: string): boolean {
  return wordCount(text) <= 10 && !ENDS_IN_COPULA.test(text.trim()) && !/[\d@]/.test(text) && (ROLE.test(text) || ROLE_TAIL.test(text)) && !isAgencyName(text);
}

function squash(text: string): string {
  return normalize(text).normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

// True when the piece is (part of) the issuer's name or spells the e-mail domain ("Havas Formula" for
// lotto@havasformula.com).
export function matchesKnownOrganization(text: string, issuer: string | null, emailDomains: readonly string[]): boolean {
  const piece = squash(text);
  if (piece.length < 3) return false;
  if (issuer) {
    const iss = squash(issuer);
    if (iss.length >= 3 && (iss.includes(piece) || piece.includes(iss))) return true;
  }
  return emailDomains.some((d) => {
    const label = squash(d.split('.')[0] ?? '');
    return label.length >= 4 && (label === piece || label.includes(piece) || piece.includes(label));
  });
}

// Stricter than matchesKnownOrganization: 2 when the piece is the issuer's name or the e-mail domain's, 1 when it names
// the issuer nearly whole (not one word of "Ayuntamiento de Villaverde") or holds the domain's name, else 0.
export function knownOrganizationMatch(text: string, issuer: string | null, emailDomains: readonly string[]): number {
  const piece = squash(text);
  const iss = issuer ? squash(issuer) : '';
  const labels = emailDomains.map((d) => squash(d.split('.')[0] ?? '')).filter((label) => label.length >= 4);
  if (piece.length >= 3 && (piece === iss || labels.includes(piece))) return 2;
  const [short, long] = piece.length <= iss.length ? [piece, iss] : [iss, piece];
  if (short.length >= 3 && long.includes(short) && short.length / long.length >= 0.6) return 1;
  return labels.some((label) => piece.includes(label)) ? 1 : 0;
}

export function isOrganization(text: string, issuer: string | null, emailDomains: readonly string[]): boolean {
  if (wordCount(text) > 10 || /@/.test(text)) return false;
  if (hasLegalForm(text) || STRONG_ORG.test(text)) return true;
  if (/^\p{Lu}/u.test(text) && isUnitOrPlace(text.split(/\s+/))) return true;
  if (matchesKnownOrganization(text, issuer, emailDomains)) return true;
  return ANY_ORG.test(text) && !isRole(text);
}

// "Chargée de communication chez Acme SA", "Jefe de Prensa de Acme SA": the title, a link word, then a body that
// `knownBody` rates above 0 (see knownOrganizationMatch; "Leiter der Abteilung Kommunikation" is one title). Of several
// link words the one before the best-rated body wins ("Jefe de Prensa de Acme SA", not "Jefe" of "Prensa de Acme SA").
function splitAtLink(words: readonly string[], knownBody: (rest: string) => number): [string, string] | null {
  let best: [string, string] | null = null;
  let bestRating = 0;
  for (let k = 1; k <= words.length - 2; k++) {
    const title = words.slice(0, k).join(' ');
    for (const width of [2, 1]) {
      const link = words.slice(k, k + width).join(' ').toLowerCase();
      const body = words.slice(k + width).join(' ');
      if (!body || !WORKPLACE_LINK_SET.has(link) || !/^\p{Lu}/u.test(body) || isRole(body) || !isRole(title)) continue;
      if (namesField(body)) continue;
      const rating = knownBody(body);
      if (rating > bestRating) [best, bestRating] = [[title, body], rating];
    }
  }
  return best;
}

// "Directora de Prensa Acme SA", "Adviseur Pers en Media": a rest that opens with the press or the media is the field
// the title names, not a body.
const namesField = (rest: string) => PRESS_WORDS.has(normalize(rest.split(' ')[0] ?? ''));

// The title ends on a title word, a word in lower case, the press ("Directora de Prensa") or a press office
// ("Responsabile Ufficio Stampa"), not on a
// capitalised word that starts the body ("Public Information Officer City" of Madera).
function endsAsTitle(title: string): boolean {
  const words = title.split(' ');
  const last = words[words.length - 1] ?? '';
  return !/^\p{Lu}/u.test(last) || isRole(last) || PRESS_WORDS.has(normalize(last)) || isPressUnit(words.slice(-2).join(' ')) || isPressUnit(words.slice(-3).join(' '));
}

// "Directora de Comunicación Corporativa Arce Coronado" for prensa@arcecoronado…, "Pressesprecher der Stadtwerke Lindau"
// for the issuer Stadtwerke Lindau: a rest that is exactly the issuer's or the e-mail domain's name (`knownBody` rates it
// 2) ends the title wherever it starts; the word linking them belongs to neither.
export function titleBeforeKnownBody(text: string, knownBody: (rest: string) => number): [string, string] | null {
  const words = text.trim().split(/\s+/);
  for (let k = 1; k <= words.length - 1; k++) {
    const body = words.slice(k).join(' ');
    if (knownBody(body) < 2) continue;
    const linked = [2, 1].find((w) => k - w >= 1 && WORKPLACE_LINK_SET.has(words.slice(k - w, k).join(' ').toLowerCase())) ?? 0;
    const title = words.slice(0, k - linked).join(' ');
    if (isRole(title) && endsAsTitle(title)) return [title, body];
  }
  return null;
}

// "Director of Communications Riverside Health System", "Public Information Officer City of Riverside": a title run
// into the body it works for, with no separator (plain-text wires). A split at a link word before a known body comes
// first, unless the title would not end as one (endsAsTitle); else the shortest
// title whose rest `isBody` accepts and is no title itself.
export function splitTitleAndBody(text: string, isBody: (rest: string) => boolean, knownBody: (rest: string) => number = () => 0): [string, string] | null {
  const words = text.trim().split(/\s+/);
  const known = titleBeforeKnownBody(text, knownBody);
  if (known) return known;
  const linked = splitAtLink(words, knownBody);
  if (linked && endsAsTitle(linked[0])) return linked;
  for (let k = 1; k <= words.length - 2; k++) {
    const body = words.slice(k).join(' ');
    // "Responsabile Ufficio Stampa": the press office a title names is part of it.
    if (!/^\p{Lu}/u.test(body) || isRole(body) || isPressUnit(body) || namesField(body)) continue;
    const title = words.slice(0, k).join(' ');
    // "… Officer for the City of Riverside" is one title: it ends on a capitalised word.
    if (/^\p{Lu}/u.test(words[k - 1] ?? '') && isRole(title) && isBody(body)) return [title, body];
  }
  return null;
}
