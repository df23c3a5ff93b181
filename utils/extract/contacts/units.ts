import { PLACE_WORDS, UNIT_WORD_ENDINGS } from '../cues/contact-cues';
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
