import { CJK, LETTER } from './letter-classes';

// Text normalisation shared by the cue matchers: one place decides what "the same words" means.

// The characters norm() rewrites, in one pass: six replace() passes per line made norm() the detector's largest
// cost after the DOM walk (CPU profile, issue 3).
const TYPOGRAPHIC: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'", '`': "'", '´': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
};
const SPECIAL = /[\u00AD\u200B-\u200D\uFEFF\u2018\u2019\u201A\u2032`´\u201C\u201D\u201E\u00AB\u00BB\u2010-\u2015\u2212]/g;
// Dashes become a hyphen; soft hyphens and zero-width characters vanish.
const special = (c: string): string => TYPOGRAPHIC[c] ?? ((c >= '\u2010' && c <= '\u2015') || c === '\u2212' ? '-' : '');

// Lowercase, typographic quotes/dashes to ASCII, NBSP and runs of whitespace to one space.
export function norm(s: string): string {
  return s.replace(SPECIAL, special).toLowerCase().replace(/[\s\u00A0\u2007\u202F]+/g, ' ').trim();
}

// Collapse whitespace only (keeps case and punctuation) — for values shown to the user.
// Soft hyphens and zero-width characters (BKA: "Mes\u00ADsen\u00ADger\u00ADdiens\u00ADte") are dropped.
export function clean(s: string): string {
  return s.replace(/[\u00AD\u200B-\u200D\uFEFF]/g, '').replace(/[\s\u00A0\u2007\u202F]+/g, ' ').trim();
}

const WORD_CHAR = new RegExp(`[${LETTER}${CJK}0-9]`, 'u');
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');

// Does `text` contain `term` as whole words? (Unicode-aware: JS \b does not know 'ä'.)
export function hasTerm(text: string, term: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(term, from);
    if (i < 0) return false;
    const before = i === 0 ? '' : text[i - 1] ?? '';
    const after = text[i + term.length] ?? '';
    // CJK has no spaces between words: any occurrence counts.
    const edgeOk = (c: string, termEdge: string) => !c || !WORD_CHAR.test(c) || !WORD_CHAR.test(termEdge) || CJK_CHAR.test(termEdge);
    if (edgeOk(before, term[0] ?? '') && edgeOk(after, term[term.length - 1] ?? '')) return true;
    from = i + 1;
  }
}

// Per term list, one regex that finds any of its terms: most lines contain none, and one native scan rejects
// them where a hasTerm() per term took dozens of indexOf() calls.
const anyTermOf = new WeakMap<readonly string[], RegExp>();

export function firstTerm(text: string, terms: readonly string[]): string | null {
  let any = anyTermOf.get(terms);
  if (!any) anyTermOf.set(terms, (any = termsRegExp(terms)));
  if (!any.test(text)) return null;
  for (const t of terms) if (hasTerm(text, t)) return t;
  return null;
}

// A regex matching any of `terms` as written (no word boundaries; flags as given).
export function termsRegExp(terms: readonly string[], prefix = '', suffix = ''): RegExp {
  return new RegExp(`${prefix}(?:${terms.map(escapeRegExp).join('|')})${suffix}`);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CJK_RUN = new RegExp(`[${CJK}]`, 'gu');

// Length in "Latin-equivalent" characters: a CJK character carries about as much as 2.5 Latin ones, so a
// 40-character Japanese paragraph counts like a 100-character English one.
export function textWeight(s: string): number {
  const cjk = s.match(CJK_RUN)?.length ?? 0;
  return s.length + cjk * 1.5;
}
