import { describe, expect, it } from 'vitest';
import { whyNot } from '../../../entrypoints/popup/why-not';

describe('whyNot', () => {
  it('names the strongest reason against', () => {
    expect(whyNot({ score: 0.12, signals: ['Has a quote', 'Against: Byline of a staff reporter', 'Against: comments'] }))
      .toBe('Why: Byline of a staff reporter (score 12%).');
  });

  it('says what was missing when nothing spoke against it', () => {
    expect(whyNot({ score: 0.031, signals: ['Has a quote'] })).toBe('Why: no release wording, dateline or media-contact block found (score 3%).');
  });
});
