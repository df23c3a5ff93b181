import { CJK, LETTER } from './letter-classes';
import { norm } from './text-norm';

// How much two texts share their words: shared distinct words over the smaller text's distinct words (1 = one text's
// words all appear in the other). Used to match a headline with the page title, in the detector and the extractor.

const WORDS = new RegExp(`[${LETTER}${CJK}0-9]+`, 'gu');

function tokens(s: string): Set<string> {
  return new Set(norm(s).match(WORDS) ?? []);
}

export function overlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let n = 0;
  for (const t of ta) if (tb.has(t)) n++;
  return n / Math.min(ta.size, tb.size);
}
