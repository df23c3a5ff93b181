import { AUDIENCE_SUB_LABELS, PLACE_WORDS, PRESS_UNIT_WORDS, UNIT_WORD_ENDINGS } from '../cues/contact-cues';
import { CJK_ORGANIZATION_PARTS, CJK_UNIT_ENDINGS, NAME_LINK_WORDS, SUBUNIT_LEADS, UNIT_HEADS } from '../cues/organization-words';
import { LINK_BEFORE_BODY } from '../cues/word-alternations';
import { hasLegalForm } from './legal-forms';
import { escapeRegExp } from '../text-norm';
import { isGivenName } from './given-names';
import { normalize } from './words';

// An office or a building, however capitalised: its first word is a unit ("Polizeipräsidium Mittelfranken",
// "Kommunikationsabteilung Nord") or one of its words names a place ("Haus der Wissenschaft", "Town Hall").
// Such a piece of a contact block is the contact's organization, never its name.

const PLACES = new Set(PLACE_WORDS);
const UNIT_ENDING = new RegExp(`(?:${UNIT_WORD_ENDINGS.join('|')})$`, 'u');

export function isUnitOrPlace(tokens: readonly string[]): boolean {
  const first = normalize(tokens[0] ?? '');
  if (UNIT_ENDING.test(first) && !isGivenName(first)) return true;
  return tokens.some((t) => PLACES.has(normalize(t)));
}

const UNIT_HEAD = new Set(UNIT_HEADS);
// "Media", "Presse" alone name an audience, not an office.
const AUDIENCE = new Set(AUDIENCE_SUB_LABELS);
// Press words inside compounds ("Hochschulkommunikation"); the bare audience words only whole ("Referat Presse",
// not "Abteilung Personal").
const PRESS_UNIT = new RegExp(
  `${PRESS_UNIT_WORDS.map(escapeRegExp).join('|')}|(?<![\\p{L}])(?:${AUDIENCE_SUB_LABELS.map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'iu',
);

const CJK_ORG = new RegExp(CJK_ORGANIZATION_PARTS.join('|'), 'u');

// A Chinese or Japanese piece names a body: it holds a company form or a body's word ("株式会社", "大学").
export function namesCjkBody(text: string): boolean {
  return CJK_ORG.test(text);
}
const CJK_UNIT_END = new RegExp(`(?:${CJK_UNIT_ENDINGS.join('|')})$`, 'u');
// A press unit, or a department that is not itself a body ("総務部", not "株式会社ミドリ").
const isCjkUnit = (part: string) => PRESS_UNIT.test(part) || (CJK_UNIT_END.test(part) && !CJK_ORG.test(part));
// A company name may open in hiragana ("みどり食品株式会社"); such a piece must still name a body or a unit below.
const CJK_START = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;

// A Chinese or Japanese piece of a contact block as organization, press unit and what follows the unit (often the
// person: "青葉大学 総務部広報課 鈴木 一郎"): "ミドリ精機株式会社 広報部" → organization "ミドリ精機株式会社", unit "広報部";
// null when it names neither.
export function cjkOrganizationAndUnit(text: string): { organization: string | null; unit: string | null; rest: string } | null {
  if (!CJK_START.test(text)) return null;
  const parts = text.trim().split(/[\s\u3000]+/u);
  const unitAt = parts.findIndex(isCjkUnit);
  const head = (unitAt > 0 ? parts.slice(0, unitAt) : unitAt < 0 ? parts : []).join(' ');
  const organization = head && CJK_ORG.test(head) ? head : null;
  // A unit inside a unit is one ("経営企画室 広報担当"): the run of unit parts.
  let unitEnd = unitAt;
  while (unitAt >= 0 && unitEnd + 1 < parts.length && isCjkUnit(parts[unitEnd + 1] ?? '')) unitEnd++;
  const unit = unitAt >= 0 ? parts.slice(unitAt, unitEnd + 1).join(' ') : null;
  const rest = unitAt >= 0 ? parts.slice(unitEnd + 1).join(' ') : '';
  return organization || unit ? { organization, unit, rest } : null;
}

// The press office inside a body: "Referat Presse- und Öffentlichkeitsarbeit", "Stabsstelle Hochschulkommunikation",
// "Office of Communications", "Press Office", "Pressestelle". A unit word and a press word (German writes them as
// one word), and no legal form ("Acme Communications GmbH" is an agency).
export function isPressUnit(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 8 || hasLegalForm(text) || !PRESS_UNIT.test(text)) return false;
  const head = normalize(words[0] ?? '').replace(/[-:,]+$/, '');
  const tail = normalize(words[words.length - 1] ?? '').replace(/[-:,.]+$/, '');
  // English names the unit last: "Press Office", "Communications Department". One word may name the office
  // itself: "Pressestelle", "Medienstelle", "Hochschulkommunikation".
  return UNIT_HEAD.has(head) || (words.length <= 3 && UNIT_HEAD.has(tail)) || (words.length === 1 && !AUDIENCE.has(head));
}

const SUBUNIT = new RegExp(`^(?:${SUBUNIT_LEADS.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');

// "Institut für Zellbiologie", "Department of Chemistry": a unit inside a body (SUBUNIT_LEADS), no legal form.
export function isSubUnit(text: string): boolean {
  return SUBUNIT.test(text.trim()) && !hasLegalForm(text) && text.split(/\s+/).length <= 10;
}

// "Gabinete de Comunicación del Ministerio de Vivienda" → office "Gabinete de Comunicación", body "Ministerio de
// Vivienda": the first link word whose left part `isOffice` accepts (a press unit by default; not "Gabinete" alone).
export function officeBeforeBody(text: string, isOffice: (office: string) => boolean = isPressUnit): { office: string; body: string } | null {
  for (const m of text.matchAll(LINK_BEFORE_BODY)) {
    const office = text.slice(0, m.index ?? 0);
    if (office.length >= 3 && office.length <= 50 && isOffice(office)) return { office, body: text.slice((m.index ?? 0) + m[0].length) };
  }
  return null;
}

// A short line that names the press function ("Presse- und Öffentlichkeitsarbeit", "Media Relations", "Office of
// Communications, Stadtwerke Talheim"): under a story, with data below it, it opens the press office's card.
// A name, not a sentence ("Wir ermöglichen Kommunikation."): each word capitalised, a linking word, or a press word.
const LINKING = new Set(NAME_LINK_WORDS);
const nameLike = (words: readonly string[]) => words.every((w) => /^[\p{Lu}&]/u.test(w) || LINKING.has(w.toLowerCase()) || PRESS_UNIT.test(w));

export function namesPressFunction(text: string): boolean {
  const head = text.split(',')[0]?.trim() ?? '';
  const words = head.split(/\s+/);
  return words.length <= 6 && !/[\d@.!?]$|[\d@]/.test(text) && PRESS_UNIT.test(head) && !hasLegalForm(head) && nameLike(words);
}
