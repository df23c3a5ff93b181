// Word tokens for search and duplicate detection: case and accents folded ("Müller" finds "muller"),
// split on anything that is not a letter or digit. Scripts written without spaces (Chinese, Japanese) also
// yield overlapping two-character pieces, so a word inside a run of characters can still be found.

const WORD = /[\p{L}\p{N}]+/gu;
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function wordTokens(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of wordTokens(text)) {
    if (NO_SPACES.test(word) && word.length > 2) {
      const chars = [...word];
      for (let i = 0; i < chars.length - 1; i += 1) out.push(chars[i]! + chars[i + 1]!);
    } else {
      out.push(word);
    }
  }
  return out;
}
