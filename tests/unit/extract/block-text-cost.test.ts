import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../utils/extract/block-text';
import { detectWithEvidence, PAGE_SKIP } from '../../../utils/extract/detect';
import { parseHtml } from '../../../scripts/lib/parse-html';

// The cheaper walk (issue 3 "Cost") must read exactly what the plain one read: the skip selector compiled to
// tag/attribute tests agrees with Element.matches(), and detect() on a prefix of extract()'s longer walk gives
// the same evidence as its own walk.

const ROOT = resolve(__dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');

describe('textBlocks skip selector', () => {
  const page = parseHtml(
    '<html><body><nav><p>Menu line</p></nav><div role="navigation"><p>Breadcrumb</p></div><div role="main"><p>Body text</p></div>' +
      '<aside data-x="1"><p>Aside text</p></aside><section class="promo"><p>Promo text</p></section><p hidden>Hidden</p><p aria-hidden="true">Aria</p></body></html>',
  );

  it.each([
    ['nav, [role="navigation"]', ['Body text', 'Aside text', 'Promo text']],
    ['[data-x]', ['Menu line', 'Breadcrumb', 'Body text', 'Promo text']],
    ['NAV , section.promo', ['Breadcrumb', 'Body text', 'Aside text']],
    ['div[role="main"] p', ['Menu line', 'Breadcrumb', 'Aside text', 'Promo text']],
  ])('skips what %s matches, like Element.matches()', (selector, expected) => {
    expect(textBlocks(page.body, { skipSelector: selector }).map((b) => b.text)).toEqual(expected);
  });

  it('stops when shouldStop says so', () => {
    const many = parseHtml(`<html><body>${'<p>line</p>'.repeat(10_000)}</body></html>`);
    let asked = 0;
    const lines = textBlocks(many.body, { shouldStop: () => ++asked >= 2 });
    expect(asked).toBe(2);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(10_000);
  });
});

describe('detect on extract()\'s walk', () => {
  const slugs = readdirSync(FIXTURES).filter((s) => existsSync(join(FIXTURES, s, 'page.html')));
  it.each(slugs)('%s: same evidence from a prefix of the 300 000-character walk', (slug) => {
    const doc = parseHtml(readFileSync(join(FIXTURES, slug, 'page.html'), 'utf8'));
    const own = detectWithEvidence(doc, `https://example.test/${slug}`);
    const shared = detectWithEvidence(doc, `https://example.test/${slug}`, textBlocks(doc.body, { maxChars: 300_000, skipSelector: PAGE_SKIP }));
    expect(shared).toEqual(own);
  });

  it('cuts a long page exactly where detect() stops reading', () => {
    const paragraph = '<p>Another paragraph of plain text that goes on for a while to fill the page up.</p>';
    const long = parseHtml(`<html><body><h1>Long page</h1>${paragraph.repeat(2000)}</body></html>`);
    const own = detectWithEvidence(long, 'https://example.test/long');
    const shared = detectWithEvidence(long, 'https://example.test/long', textBlocks(long.body, { maxChars: 300_000, skipSelector: PAGE_SKIP }));
    expect(own.detection.incomplete).toBe(true);
    expect(shared.detection).toEqual(own.detection);
  });
});
