import { LEGAL_FORMS } from '../cues/organization-words';
import { escapeRegExp } from '../text-norm';

// A company's legal form ("GmbH", "Inc.", "e. V.", "S.p.A.") in a piece of a contact block, from the one table of
// forms: the readers of roles, units and fields ask here rather than keep patterns of their own.

// Longest first, so "S.p.A." is not read as "S" and "Inc." keeps its dot. No letter on either side: "AG" in "AGB" is none.
const FORMS = [...LEGAL_FORMS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const ANYWHERE = new RegExp(String.raw`(?<![\p{L}])(?:${FORMS})(?![\p{L}])`, 'u');
const WHOLE = new RegExp(String.raw`^(?:${FORMS})$`, 'u');

export function hasLegalForm(text: string): boolean {
  return ANYWHERE.test(text);
}

// The piece is only a legal form: a comma cut it off its company's name ("Acme, Inc.").
export function isLegalForm(piece: string): boolean {
  return WHOLE.test(piece.trim());
}
