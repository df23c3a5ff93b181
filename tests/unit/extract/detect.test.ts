import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/extract/detect';
import { extract } from '../../../utils/extract/extract';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { PressReleaseSchema } from '../../../utils/schema/record';

const ROOT = resolve(__dirname, '../../..');

// Every module detect.ts reaches through relative imports (type-only imports are erased from the bundle).
function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.startsWith('pkg:')) continue;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
      const spec = m[1] ?? '';
      if (!spec.startsWith('.')) {
        stack.push(`pkg:${spec}`);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const path = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
      if (path) stack.push(path);
    }
  }
  return [...seen];
}

describe('detect() on the every-page path', () => {
  it('pulls in no zod, libphonenumber-js or readability (the content script must stay small)', () => {
    const heavy = (entry: string) =>
      importGraph(join(ROOT, entry)).filter((f) => /^pkg:(?:zod|libphonenumber-js|@mozilla\/readability)/.test(f));
    expect(heavy('utils/extract/detect.ts')).toEqual([]);
    // The check can fail: the eval's matcher does reach libphonenumber-js.
    expect(heavy('scripts/lib/match.ts')).toEqual(['pkg:libphonenumber-js']);
  });

  it('never changes the page', () => {
    const doc = parseHtml(readFileSync(join(ROOT, 'tests/fixtures/wire-prnewswire-acme/page.html'), 'utf8'));
    const before = doc.documentElement.outerHTML;
    const d = detect(doc, 'https://example.test/x');
    expect(d.isPressRelease).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a bounded amount of a huge page and says so', () => {
    const para = '<p>' + 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20) + '</p>';
    const doc = parseHtml(`<html><body><h1>A very long page about nothing</h1>${para.repeat(2000)}</body></html>`);
    const d = detect(doc, 'https://example.test/long');
    expect(d.incomplete).toBe(true);
    expect(d.isPressRelease).toBe(false);
  });

  it('a wire release lights up, a news article that quotes a release does not', () => {
    const wire = parseHtml(
      '<html lang="en"><body><h1>Acme Opens Plant</h1><p>DETROIT, May 4, 2026 /PRNewswire/ -- Acme Corp. today opened a plant in Detroit that will employ 400 people by the end of the year.</p><p>About Acme</p><p>Acme makes parts.</p></body></html>',
    );
    const news = parseHtml(
      '<html lang="en"><body><h1>Acme opens plant in Detroit</h1><p>By Jane Doe</p><p>DETROIT (AP) — Acme Corp. opened a plant on Monday, the company said in a press release. Workers welcomed the news, and the mayor told reporters it was a good day.</p></body></html>',
    );
    const a = detect(wire, 'https://example.test/a');
    const b = detect(news, 'https://example.test/b');
    expect(a.isPressRelease).toBe(true);
    expect(a.signals.join(' ')).toContain('/PRNewswire/');
    expect(b.isPressRelease).toBe(false);
    expect(b.score).toBeLessThan(a.score);
  });
});

describe('agency datelines', () => {
  it.each([
    '(Reuters) - The Federal Reserve held interest rates steady on Wednesday and signaled that cuts could come later, officials said.',
    'WASHINGTON (AP) — The Federal Reserve held interest rates steady on Wednesday and signaled that cuts could come later, officials said.',
  ])('%s is news, not a release', (lede) => {
    const d = detect(parseHtml(`<html lang="en"><body><h1>Fed holds rates steady</h1><p>${lede}</p></body></html>`), 'https://example.test/n');
    expect(d.isPressRelease).toBe(false);
    expect(d.signals.join(' ')).toMatch(/News-agency dateline/);
  });
});

describe('extract() time budget', () => {
  it('degrades to a partial, valid record when the budget runs out', () => {
    const doc = parseHtml(readFileSync(join(ROOT, 'tests/fixtures/wire-prnewswire-acme/page.html'), 'utf8'));
    let t = 0;
    // A clock that jumps 1 s per reading: the budget is gone after the first field.
    const rec = PressReleaseSchema.parse(extract(doc, 'https://example.test/x', { budgetMs: 500, now: () => (t += 1000) }));
    expect(rec.signals.at(-1)).toMatch(/Stopped early/);
    expect(rec.isPressRelease).toBe(true);
    expect(rec.summary).toBeNull();
    expect(rec.contacts).toEqual([]);
  });
});

describe('a text that calls itself a press release', () => {
  const page = (sentence: string) =>
    parseHtml(`<html><body><h1>Plant opens</h1><p>Acme opened a plant in Detroit on Monday, and 400 people will work there by the end of the year.</p><p>${sentence}</p></body></html>`);
  const selfReference = (sentence: string) => detect(page(sentence), 'https://example.test/x').signals.some((s) => s.startsWith('Calls itself a press release'));

  it.each([
    'The information provided in this press release is not investment advice.',
    'This news release contains forward-looking statements.',
    'Die Angaben in dieser Pressemitteilung sind ohne Gewähr.',
    'Ce communiqué contient des déclarations prospectives.',
    'Este comunicado contiene declaraciones prospectivas.',
    'Dit persbericht bevat toekomstgerichte verklaringen.',
  ])('counts "%s"', (sentence) => {
    expect(selfReference(sentence)).toBe(true);
  });

  it.each([
    'The company said so in a press release on Monday.',
    'According to the press release, the plant cost $40 million.',
    'In seinem Pressemitteilungsarchiv findet sich nichts dazu.',
  ])('does not count a report on a release: "%s"', (sentence) => {
    expect(selfReference(sentence)).toBe(false);
  });
});
