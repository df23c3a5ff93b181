// Character-class bodies (for use inside [...]) standing in for \p{L}, \p{Lu} and \p{Ll} in the regexes the
// every-page detector runs. V8 compiles a Unicode property escape into a table of hundreds of ranges — for every
// occurrence, and twice (bytecode on the first run, native code on the second) — so on a fresh page compiling the
// detector's regexes cost more than reading the page (CPU profile, issue 3). These ranges cover the scripts the cue
// languages are written in (Latin with its extensions), plus Greek and Cyrillic so names and places there still
// read as words. Latin Extended-A/B mixes cases letter by letter; both UPPER and LOWER include it whole.

const EXTENDED_LATIN = '\\u0100-\\u024F\\u1E00-\\u1EFF';

export const LETTER = `A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF${EXTENDED_LATIN}\\u0370-\\u03FF\\u0400-\\u04FF`;
export const UPPER = `A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE${EXTENDED_LATIN}\\u0386-\\u03AB\\u0400-\\u042F`;
export const LOWER = `a-z\\u00DF-\\u00F6\\u00F8-\\u00FF${EXTENDED_LATIN}\\u03AC-\\u03FF\\u0430-\\u045F`;

// Scripts written without spaces between words (Han, kana, Hangul): a run of them counts as one word, as \p{L}+ did.
export const CJK = '\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF';

// A literal phrase matched in any letter case without the `i` flag ("PRNewswire" → "[pP][rR]…"): with `i`,
// V8 also case-folds every class in the same regex, which is what made the wire-tag regex slow to compile.
export function caseless(literal: string): string {
  let out = '';
  for (const ch of literal) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    out += lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : ch;
  }
  return out;
}
