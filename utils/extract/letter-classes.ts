// Character-class bodies (for use inside [...]) standing in for \p{L}, \p{Lu} and \p{Ll} in the regexes the
// every-page detector runs. V8 compiles a Unicode property escape into a table of hundreds of ranges — for every
// occurrence, and twice (bytecode on the first run, native code on the second) — so on a fresh page compiling the
// detector's regexes cost more than reading the page (CPU profile, issue 3). These ranges cover the scripts the cue
// languages are written in (Latin with its extensions), plus Greek and Cyrillic so names and places there still
// read as words. Latin Extended-A/B mixes cases letter by letter; both UPPER and LOWER include it whole.

// Written as the characters themselves (UTF-8), not \u escapes: the every-page script has a size budget.
// Latin Extended-A/B (Ā-ɏ) and Additional (Ḁ-ỿ):
const EXTENDED_LATIN = 'Ā-ɏḀ-ỿ';
// Latin-1 letters (ª µ º À-Ö Ø-ö ø-ÿ), Greek (Ͱ-Ͽ), Cyrillic (Ѐ-ӿ):
export const LETTER = `A-Za-zªµºÀ-ÖØ-öø-ÿ${EXTENDED_LATIN}Ͱ-ϿЀ-ӿ`;
// Capitals: À-Þ without ×, Greek Ά-Ϋ, Cyrillic Ѐ-Я.
export const UPPER = `A-ZÀ-ÖØ-Þ${EXTENDED_LATIN}Ά-ΫЀ-Я`;
// Small letters: ß-ÿ without ÷, Greek ά-Ͽ, Cyrillic а-џ.
export const LOWER = `a-zß-öø-ÿ${EXTENDED_LATIN}ά-Ͽа-џ`;

// Scripts written without spaces between words (kana, Han, Hangul): a run of them counts as one word, as \p{L}+ did.
export const CJK = '\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF';

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
