import { AUDIENCE_SUB_LABELS, PLACE_WORDS, PRESS_UNIT_WORDS, UNIT_WORD_ENDINGS } from '../cues/contact-cues';
import { LEGAL_FORMS, UNIT_HEADS } from '../cues/organization-words';
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
// Press words inside compounds ("Hochschulkommunikation"); the bare audience words only whole ("Referat Presse",
// not "Abteilung Personal").
const PRESS_UNIT = new RegExp(
  `${PRESS_UNIT_WORDS.map(escapeRegExp).join('|')}|(?<![\\p{L}])(?:${AUDIENCE_SUB_LABELS.map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'iu',
);
const LEGAL_FORM = new RegExp(String.raw`(?<![\p{L}])(?:${LEGAL_FORMS.map(escapeRegExp).join('|')})(?![\p{L}])`, 'u');

// The press office inside a body: "Referat Presse- und Öffentlichkeitsarbeit", "Stabsstelle Hochschulkommunikation",
// "Office of Communications", "Unternehmenskommunikation". A unit word first and a press word anywhere (German writes
// them as one word), and no legal form ("Acme Communications GmbH" is an agency).
export function isPressUnit(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 8 || LEGAL_FORM.test(text)) return false;
  const head = normalize(words[0] ?? '').replace(/[-:,]+$/, '');
  return UNIT_HEAD.has(head) && PRESS_UNIT.test(text);
}
