// Text normalisation shared by the cue matchers: one place decides what "the same words" means.

// Lowercase, typographic quotes/dashes to ASCII, NBSP and runs of whitespace to one space.
export function norm(s: string): string {
  return s
    .replace(/[\u00AD\u200B-\u200D\uFEFF]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
    .trim();
}

// Collapse whitespace only (keeps case and punctuation) — for values shown to the user.
// Soft hyphens and zero-width characters (BKA: "Mes\u00ADsen\u00ADger\u00ADdiens\u00ADte") are dropped.
export function clean(s: string): string {
  return s.replace(/[\u00AD\u200B-\u200D\uFEFF]/g, '').replace(/[\s\u00A0\u2007\u202F]+/g, ' ').trim();
}

// Does `text` contain `term` as whole words? (Unicode-aware: JS \b does not know 'ä'.)
export function hasTerm(text: string, term: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(term, from);
    if (i < 0) return false;
    const before = i === 0 ? '' : text[i - 1] ?? '';
    const after = text[i + term.length] ?? '';
    // CJK has no spaces between words: any occurrence counts.
    const edgeOk = (c: string, termEdge: string) =>
      !c || !/[\p{L}\p{N}]/u.test(c) || !/[\p{L}\p{N}]/u.test(termEdge) || /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(termEdge);
    if (edgeOk(before, term[0] ?? '') && edgeOk(after, term[term.length - 1] ?? '')) return true;
    from = i + 1;
  }
}

export function firstTerm(text: string, terms: readonly string[]): string | null {
  for (const t of terms) if (hasTerm(text, t)) return t;
  return null;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

// Length in "Latin-equivalent" characters: a CJK character carries about as much as 2.5 Latin ones, so a
// 40-character Japanese paragraph counts like a 100-character English one.
export function textWeight(s: string): number {
  const cjk = s.match(CJK)?.length ?? 0;
  return s.length + cjk * 1.5;
}
