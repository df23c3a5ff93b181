import { MONTHS } from './cues/release-cues';
import { caseless, LETTER } from './letter-classes';

// Finds calendar dates written the ways releases write them, in any of the cue languages:
//   "Jan. 5, 2026"  "January 5th, 2026"  "5 January 2026"  "5. März 2022"  "14 de enero de 2020"
//   "24.01.2022"  "2022-01-24"  "01/16/2021" (US order for English, else day first)  "2019年3月5日"

export interface FoundDate {
  iso: string; // YYYY-MM-DD
  index: number; // where the match starts in the input
  length: number;
  text: string;
}

// Month names are matched as any word, then looked up in MONTHS: an alternation of the 105 month names in seven
// languages with the `i` and `u` flags took V8 several milliseconds to compile on every fresh page.
const WORD = `[${LETTER}]{3,10}`;
const L = `(?<![${LETTER}0-9])`;
const R = `(?![${LETTER}])`;
// The small words around a month, in any case ("14 DE ENERO DE 2020", "JANUARY 5TH, 2026").
const [ORD, DAY_SUFFIX, OF, OF_YEAR] = [
  ['st', 'nd', 'rd', 'th'],
  ['er'],
  ['de', 'of'],
  ['de', 'del'],
].map((words) => words.map(caseless).join('|'));
const MDY = new RegExp(String.raw`${L}(${WORD})\.?\s+(\d{1,2})(?:${ORD})?\.?,?\s+(\d{4})(?!\d)`, 'g');
// Polish dates end in "r." (roku, "of the year"): "12 marca 2025 r.".
// British ordinals too: "3rd March 2026", "21st of June, 2026".
const DMY = new RegExp(String.raw`${L}(\d{1,2})(?:\.|${DAY_SUFFIX}|${ORD}|º|°)?\s*(?:(?:${OF})\s+)?(${WORD})${R}\.?,?\s*(?:(?:${OF_YEAR})\s+)?(\d{4})(?!\d)(?:\s?r\.)?`, 'g');
// Month name with a two-digit year: "( Pescasseroli, 14 Gennaio 20 )".
const DMY2 = new RegExp(String.raw`${L}(\d{1,2})\.?\s+(${WORD})${R}\.?\s+'?(\d{2})(?![\d.:])`, 'g');
// Year first with dots or slashes: "2019.03.05", "2019/03/05".
const YMD = /(?<![\d.])(\d{4})[./](\d{1,2})[./](\d{1,2})(?![\d.])/g;
const NUMERIC_DOT = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/g;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
// Slashes, or dashes as the European Parliament writes them ("04-03-2026").
const SLASH = /(?<![\d/-])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?![\d/-])/g;
const TWO_DIGITS = /\d\d/;
const CJK = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

function toIso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

// All dates in `text`, ordered by position. `language` picks the order of slashed numeric dates.
export function findDates(text: string, language: string | null = null): FoundDate[] {
  // Every pattern below needs at least two digits in a row (a year): most lines have none, and this one cheap
  // test saves the eight regex passes (detect runs findDates over every short line of every page).
  if (!TWO_DIGITS.test(text)) return [];
  const out: FoundDate[] = [];
  const push = (m: RegExpExecArray, iso: string | null) => {
    if (!iso) return;
    if (out.some((o) => m.index < o.index + o.length && o.index < m.index + m[0].length)) return;
    out.push({ iso, index: m.index, length: m[0].length, text: m[0] });
  };
  const run = (re: RegExp, fn: (m: RegExpExecArray) => string | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const iso = fn(m);
      push(m, iso);
      // A rejected candidate ("Chapter 12 2026": not a month) must not hide a date that starts inside it.
      if (!iso) re.lastIndex = m.index + 1;
    }
  };
  run(MDY, (m) => {
    const mo = month(m[1] ?? '');
    return mo ? toIso(+(m[3] ?? 0), mo, +(m[2] ?? 0)) : null;
  });
  run(DMY, (m) => {
    const mo = month(m[2] ?? '');
    return mo ? toIso(+(m[3] ?? 0), mo, +(m[1] ?? 0)) : null;
  });
  run(DMY2, (m) => {
    const mo = month(m[2] ?? '');
    return mo ? toIso(2000 + +(m[3] ?? 0), mo, +(m[1] ?? 0)) : null;
  });
  run(YMD, (m) => toIso(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)));
  run(CJK, (m) => toIso(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)));
  run(ISO, (m) => toIso(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)));
  run(NUMERIC_DOT, (m) => toIso(+(m[3] ?? 0), +(m[2] ?? 0), +(m[1] ?? 0)));
  // Month first only for US English; en-GB/IE/AU/NZ/IN/ZA and every other language write the day first.
  // Dashed dates ("04-03-2026", European Parliament) are day-first unless the page says en-US.
  const lang = (language ?? '').toLowerCase();
  const usEnglish = lang === 'en-us' || lang === 'en' || lang === '';
  run(SLASH, (m) => {
    const a = +(m[1] ?? 0);
    const b = +(m[2] ?? 0);
    const y = +(m[3] ?? 0);
    const monthFirst = m[0].includes('/') ? usEnglish : lang === 'en-us';
    // Unambiguous when one part exceeds 12; otherwise the language decides.
    if (a > 12) return toIso(y, b, a);
    if (b > 12) return toIso(y, a, b);
    return monthFirst ? toIso(y, a, b) : toIso(y, b, a);
  });
  return out.sort((x, y) => x.index - y.index);
}

// ISO 8601 timestamps from meta tags / JSON-LD ("2022-01-24T10:00:00+01:00") → the date part as written.
export function isoDatePart(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? toIso(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)) : null;
}
