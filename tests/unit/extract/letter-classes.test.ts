import { describe, expect, it } from 'vitest';
import { caseless, CJK, LETTER, LOWER, UPPER } from '../../../utils/extract/letter-classes';

// The classes stand in for \p{L} / \p{Lu} / \p{Ll} on the every-page path (see letter-classes.ts); within the
// scripts they cover they must agree with the Unicode properties.
const covered = (cls: string) => new RegExp(`^[${cls}]$`, 'u');
const chars = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const LATIN = [...chars(0x20, 0x7e), ...chars(0xa0, 0x24f), ...chars(0x1e00, 0x1eff)];
// Greek and Cyrillic are covered as whole blocks (a few signs and marks included): every letter must be in.
const GREEK_CYRILLIC = chars(0x370, 0x4ff);

describe('letter classes', () => {
  it('LETTER is \\p{L} on Latin, and holds every Greek and Cyrillic letter', () => {
    const re = covered(LETTER);
    for (const c of LATIN) expect([c, re.test(c)]).toEqual([c, /^\p{L}$/u.test(c)]);
    for (const c of GREEK_CYRILLIC) if (/^\p{L}$/u.test(c)) expect([c, re.test(c)]).toEqual([c, true]);
  });

  it('UPPER holds every Latin capital and LOWER every Latin small letter, and neither a non-letter', () => {
    const upper = covered(UPPER);
    const lower = covered(LOWER);
    for (const c of LATIN) {
      if (/^\p{Lu}$/u.test(c)) expect([c, upper.test(c)]).toEqual([c, true]);
      if (/^\p{Ll}$/u.test(c) && c !== 'ª' && c !== 'º' && c !== 'µ') expect([c, lower.test(c)]).toEqual([c, true]);
      if (!/^\p{L}$/u.test(c)) expect([c, upper.test(c) || lower.test(c)]).toEqual([c, false]);
    }
    for (const c of 'ÄÖÜÉÈÊÇÑÀÂÎÔÛŁŠŽ') expect(upper.test(c)).toBe(true);
    for (const c of 'äöüßéèêçñàâîôûłšž') expect(lower.test(c)).toBe(true);
    for (const c of 'ΑΩΆΏЀЯЖ') expect(upper.test(c)).toBe(true);
    for (const c of 'αωάώаяжѐџ') expect(lower.test(c)).toBe(true);
  });

  it('CJK covers kana, Han and Hangul', () => {
    const re = covered(CJK);
    for (const c of 'ひカ漢字한') expect(re.test(c)).toBe(true);
    expect(re.test('a')).toBe(false);
  });

  it('caseless() matches a phrase in any letter case and nothing else', () => {
    const re = new RegExp(`^${caseless('PRNewswire-Ärger')}$`);
    for (const s of ['PRNewswire-Ärger', 'prnewswire-ärger', 'PRNEWSWIRE-ÄRGER']) expect(re.test(s)).toBe(true);
    expect(re.test('PRNewswire Ärger')).toBe(false);
  });
});
