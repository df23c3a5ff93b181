import { describe, expect, it } from 'vitest';
import {
  allCues, CUE_LANGUAGES, EXCLUDED_CONTACT_CUES, GENERIC_CONTACT_CUES, INVESTOR_CUES, MEDIA_CONTACT_CUES,
} from '../../../utils/extract/cues/contact-cues';
import { findCues } from '../../../utils/extract/contacts/cues';

// The cue tables are data: these checks catch an entry added to the wrong table or in a form the matcher
// cannot find.
describe('contact cue tables', () => {
  it('have press and generic cues for every language', () => {
    for (const lang of CUE_LANGUAGES) {
      expect(MEDIA_CONTACT_CUES[lang].length, lang).toBeGreaterThan(0);
      expect(GENERIC_CONTACT_CUES[lang].length, lang).toBeGreaterThan(0);
    }
  });

  it('give no phrase two different kinds', () => {
    const tables: [string, readonly string[]][] = [
      ['media', allCues(MEDIA_CONTACT_CUES)],
      ['generic', allCues(GENERIC_CONTACT_CUES)],
      ['investor', INVESTOR_CUES],
      ['excluded', EXCLUDED_CONTACT_CUES],
    ];
    const kindOf = new Map<string, string>();
    for (const [kind, phrases] of tables) {
      for (const p of phrases) {
        const key = p.toLowerCase();
        expect(kindOf.get(key) ?? kind, `"${p}" is both ${kindOf.get(key)} and ${kind}`).toBe(kind);
        kindOf.set(key, kind);
      }
    }
  });

  it('are all found by the matcher, as written and in capitals', () => {
    const tables: [string, readonly string[]][] = [
      ['media', allCues(MEDIA_CONTACT_CUES)],
      ['investor', INVESTOR_CUES],
      ['excluded', EXCLUDED_CONTACT_CUES],
    ];
    for (const [kind, phrases] of tables) {
      for (const p of phrases) {
        for (const text of [`${p}:`, `${p.toUpperCase()}:`]) {
          expect(findCues(text).map((c) => c.kind), text).toContain(kind);
        }
      }
    }
  });
});
