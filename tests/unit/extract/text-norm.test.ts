import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstTerm, hasTerm, norm } from '../../../utils/extract/text-norm';

// norm() was rewritten from six replace() passes to one (issue 3's cost work); the old passes are the reference.
function referenceNorm(s: string): string {
  return s
    .replace(/[\u00AD\u200B-\u200D\uFEFF]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
    .trim();
}

const tricky = fc.constantFrom(
  '\u00AD', '\u200B', '\u200D', '\uFEFF', '\u2018', '\u2019', '\u201A', '\u2032', '`', '´', '\u201C', '\u201D', '\u201E',
  '\u00AB', '\u00BB', '\u2010', '\u2013', '\u2014', '\u2015', '\u2212', '\u00A0', '\u2007', '\u202F', ' ', '\n', 'Ä', 'é', 'A', 'z', '-',
);

describe('norm', () => {
  it('agrees with the six-pass reference on any mix of typographic characters', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(norm(s)).toBe(referenceNorm(s));
      }),
      { numRuns: 500 },
    );
  });

  it('maps quotes and dashes, drops soft hyphens and keeps other letters', () => {
    expect(norm('  «Presse\u00ADmitteilung» \u2013 Zur\u00A0sofortigen\u2019 ')).toBe('"pressemitteilung" - zur sofortigen\'');
  });
});

describe('firstTerm', () => {
  const TERMS = ['press release', 'communiqué de presse', 'pressemitteilung'];

  it('finds the first listed term present as whole words', () => {
    expect(firstTerm('lyon — communiqué de presse du 12 mai', TERMS)).toBe('communiqué de presse');
    expect(firstTerm('a pressemitteilung and a press release', TERMS)).toBe('press release');
  });

  it('does not match inside a longer word', () => {
    expect(firstTerm('the press releases page', TERMS)).toBeNull();
    expect(hasTerm('press releases', 'press release')).toBe(false);
  });

  it('answers the same as a term-by-term scan for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('press', 'release', 'communiqué', 'de', 'presse', 'pressemitteilung', 's', ' ', ',', 'x'), { maxLength: 12 }), (words) => {
        const text = words.join('');
        const slow = TERMS.find((t) => hasTerm(text, t)) ?? null;
        expect(firstTerm(text, TERMS)).toBe(slow);
      }),
    );
  });
});
