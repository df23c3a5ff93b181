import { describe, expect, it } from 'vitest';
import { documentSnapshot } from '../../../utils/extract/detection/document-snapshot';
import { pageFeatures } from '../../../utils/extract/detection/features';
import { parseHtml } from '../../../scripts/lib/parse-html';

// The contactSentence feature: a release that gives its contact in a sentence, not under a "Media contact" label.
function features(body: string) {
  const doc = parseHtml(`<!doctype html><html lang="en"><head><title>T</title></head><body><h1>Riverside University engineers build a paper lead test</h1>${body}</body></html>`);
  return pageFeatures(documentSnapshot(doc, 'https://example.test/news/1'));
}
const STORY = '<p>Engineers at Riverside University have built a paper strip that shows within ten minutes whether tap water holds more lead than the federal action level.</p>';

describe('contactSentence', () => {
  it.each([
    "To arrange an interview, contact Tamara Greer in the university's Office of Communications at tamara.greer@riverside-u.example.",
    'For more information, please contact Tamara Greer at (541) 555-0142.',
    "Pour toute demande d'interview, contactez Solène Marchal au 04 72 55 10 20.",
  ])('fires on %j inside a paragraph', (sentence) => {
    const f = features(`${STORY}<p>Photos of the strip are available on request. ${sentence}</p>`);
    expect(f.values.mediaContact).toBe(0);
    expect(f.values.contactSentence).toBe(1);
  });

  it('does not fire without an address or number, or across a sentence end', () => {
    expect(features(`${STORY}<p>For more information, please contact the press office.</p>`).values.contactSentence).toBe(0);
    expect(features(`${STORY}<p>Please contact the organisers. The festival had 12,000 visitors in 2025 and sold 3,400 tickets.</p>`).values.contactSentence).toBe(0);
  });

  it('leaves the sentence to mediaContact when a media-contact label is there', () => {
    const f = features(`${STORY}<p>Media contact:</p><p>Tamara Greer, tamara.greer@riverside-u.example</p><p>For more information, contact Tamara Greer at 541-555-0142.</p>`);
    expect(f.values.mediaContact).toBe(1);
    expect(f.values.contactSentence).toBe(0);
  });
});
