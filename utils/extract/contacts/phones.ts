import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { SAME_LANGUAGE_COUNTRIES } from './country';

// Phone numbers in one line of contact text, as E.164 where libphonenumber-js can validate them, else as printed.
//
// Why libphonenumber-js/max and not /min: /min only checks a number's length per country, so a German date
// "20.01.2022" or an ID run of digits passes as a "valid" number; /max checks the real number ranges
// (it rejects "20.01.2022" for DE) and that is what keeps dates and reference numbers out of contacts.
// The extra metadata (~140 kB) only loads where extraction runs, never in the every-page detector.

export interface FoundPhone {
  // "+4930284447430", "+12025550100;ext=123" (RFC 3966 extension, so `tel:${phone}` dials it), or as printed.
  phone: string;
  start: number;
  end: number;
}

// A run of digits with phone punctuation, optionally opened by "+", "(+32)" or "(0)" and closed by an extension.
const CANDIDATE =
  /(?:\(\s*\+\s*\d{1,4}\s*\)|\+)?\s*(?:\(\s*\d{1,5}\s*\)[\s./–-]*)?\d[\d\s()./–-]*\d(?:\s*(?:ext\.?|extension|x|Durchwahl|DW)\s*\d{1,6})?/gi;

const DATE_LIKE = [
  /^\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}$/, // 20.01.2022, 1/5/2024
  /^\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}$/, // 2024-01-20
  /^(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d$/, // 2017-2020, 2020/21
];

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

// "(+32) 2 28 33592" → "+32 2 28 33592"; "+49 (0)30-212" → "+49 30-212" (the trunk 0 is not dialled abroad).
function normalizeForParse(s: string): string {
  return s
    .replace(/^\(\s*\+\s*(\d{1,4})\s*\)/, '+$1 ')
    .replace(/^(\+\d{1,4})\s*\(0\)/, '$1 ')
    .replace(/–/g, '-');
}

function parseOne(printed: string, country: CountryCode | undefined, siblings: boolean): string | null {
  const text = printed.trim();
  const digits = digitCount(text.replace(/(?:ext\.?|extension|x|Durchwahl|DW)\s*\d+$/i, ''));
  if (digits < 6 || digits > 15) return null;
  if (DATE_LIKE.some((re) => re.test(text))) return null;
  const written = /[\s()./-]/.test(text) && !/^\d+$/.test(text);
  const normalized = normalizeForParse(text);
  const countries = country ? [country, ...(siblings ? SAME_LANGUAGE_COUNTRIES[country] ?? [] : [])] : [undefined];
  for (const c of countries) {
    const parsed = parsePhoneNumberFromString(normalized, c);
    if (parsed?.isValid()) return parsed.ext ? `${parsed.number};ext=${parsed.ext}` : parsed.number;
    // Numbers outside the real ranges (the fictional 555-123-4567) are kept as printed when at least their
    // length fits and they are written like a phone number: with separators, not as one digit run.
    if (parsed?.isPossible() && written) return text;
  }
  // With no country to read a national number in, keep it as printed when it has a phone's length and shape.
  if (!country && !text.startsWith('+') && written && digits >= 7) return text;
  return null;
}

// One candidate span may hold several numbers ("+49 30 28444-743 +49 151 678 51903"): take the longest
// run of space-separated pieces that parses, then go on after it.
function splitNumbers(span: string, offset: number, country: CountryCode | undefined, siblings: boolean): FoundPhone[] {
  const pieces: { text: string; start: number }[] = [];
  for (const m of span.matchAll(/\S+/g)) pieces.push({ text: m[0], start: m.index ?? 0 });
  // A run of dozens of digit groups is a table of figures, not phone numbers.
  if (pieces.length > 30) return [];
  const out: FoundPhone[] = [];
  let i = 0;
  while (i < pieces.length) {
    let found: FoundPhone | null = null;
    let next = i + 1;
    // A phone number has at most eight printed groups ("+49 30 2 84 44 74 30 ext 12"): bounded work per piece.
    for (let j = Math.min(pieces.length, i + 8); j > i; j--) {
      const first = pieces[i];
      const last = pieces[j - 1];
      if (!first || !last) continue;
      // A "+" inside the run starts another number.
      if (pieces.slice(i + 1, j).some((p) => p.text.startsWith('+') || p.text.startsWith('(+'))) continue;
      const printed = span.slice(first.start, last.start + last.text.length);
      const phone = parseOne(printed, country, siblings);
      if (phone) {
        found = { phone, start: offset + first.start, end: offset + last.start + last.text.length };
        next = j;
        break;
      }
    }
    if (found) out.push(found);
    i = next;
  }
  return out;
}

// `siblings`: the country is only the language's default (no region, no ccTLD), so a national number that does
// not fit it is also tried in the countries that share the language (SAME_LANGUAGE_COUNTRIES).
export function findPhones(text: string, country: CountryCode | undefined, siblings = false): FoundPhone[] {
  const out: FoundPhone[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const span = raw.trim().replace(/[\s(]+$/, '');
    if (digitCount(span) < 6) continue;
    // A digit glued to a letter before it is part of a word or an ID ("IPR43206"), not a phone;
    // "Partners(214) 987-4121" from a run-together text export still counts.
    const before = text[(m.index ?? 0) + lead - 1] ?? ' ';
    if (/\p{L}/u.test(before) && /^\d/.test(span)) continue;
    out.push(...splitNumbers(span, (m.index ?? 0) + lead, country, siblings));
  }
  return out;
}
