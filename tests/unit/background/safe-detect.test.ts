import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../utils/toolbar/badge-view';
import { detectSafely } from '../../../utils/page/safe-detect';
import { DetectionSchema } from '../../../utils/schema/detection';

describe('detectSafely', () => {
  it('passes a normal verdict through', () => {
    const verdict = { isPressRelease: true, score: 0.8, signals: ['Wire dateline'], incomplete: false };
    expect(detectSafely(() => verdict)).toBe(verdict);
  });

  it('turns a crashing detector into an incomplete verdict that the badge shows as "?"', () => {
    const broken = () => {
      throw new TypeError('Cannot read properties of undefined (reading "<secret page text>")');
    };
    const verdict = detectSafely(broken);
    expect(DetectionSchema.parse(verdict)).toEqual(verdict);
    expect(verdict).toEqual({
      isPressRelease: false,
      score: 0,
      signals: ['The detector failed on this page (TypeError).'],
      incomplete: true,
    });
    expect(badgeFor(verdict).text).toBe('?');
  });
});
