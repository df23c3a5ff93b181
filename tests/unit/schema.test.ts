import { describe, expect, it } from 'vitest';
import { PressReleaseSchema } from '../../utils/schema/record';

describe('PressReleaseSchema', () => {
  it('rejects an invalid contact email', () => {
    const result = PressReleaseSchema.safeParse({
      isPressRelease: true, confidence: 1, signals: [], url: 'https://x.test/', canonicalUrl: null,
      language: 'en', headline: 'H', issuer: null, releaseDate: '2026-01-05', datelinePlace: null,
      embargo: null, summary: null,
      contacts: [{ name: 'A', role: null, organization: null, emails: ['not-an-email'], phones: [] }],
    });
    expect(result.success).toBe(false);
  });
});
