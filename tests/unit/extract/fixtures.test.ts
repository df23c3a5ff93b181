import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../scripts/lib/load-document';
import { extract } from '../../../utils/extract/extract';
import { PressReleaseSchema, type PressRelease } from '../../../utils/schema/record';
import { FITTED_WEIGHTS } from '../../../utils/extract/detection/fitted-weights';

// The ONE loop over every fixture folder (tests/fixtures/<slug>/): page.html | page.md | page.txt, expected.json
// and an optional url.txt (default https://example.test/<slug>). expected.json is a PARTIAL record: only the keys
// it states are asserted, so a contacts fixture may state just isPressRelease and contacts.
// Expected files are rewritten only when UPDATE_FIXTURES=1 (then only the keys they already state are refreshed).
// Pages are parsed as the CLI and the eval parse them (parse5 into happy-dom).

const FIXTURES = join(__dirname, '../../fixtures');
const PAGE_NAMES = ['page.html', 'page.md', 'page.txt'];
const update = process.env.UPDATE_FIXTURES === '1';

const slugs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function pageOf(slug: string): string | null {
  const name = PAGE_NAMES.find((n) => existsSync(join(FIXTURES, slug, n)));
  return name ? join(FIXTURES, slug, name) : null;
}

function urlOf(slug: string): string {
  const file = join(FIXTURES, slug, 'url.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : `https://example.test/${slug}`;
}

describe('fixture folders', () => {
  it('there are fixtures for the required formats', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10);
  });

  it.each(slugs)('%s has a page and an expected.json', (slug) => {
    expect(pageOf(slug), `${slug}: page.html / page.md / page.txt`).not.toBeNull();
    expect(existsSync(join(FIXTURES, slug, 'expected.json')), `${slug}: expected.json`).toBe(true);
  });
});

describe('extract() on every fixture', () => {
  it.each(slugs)('%s', (slug) => {
    const page = pageOf(slug);
    const expectedFile = join(FIXTURES, slug, 'expected.json');
    if (!page || !existsSync(expectedFile)) throw new Error(`${slug} is incomplete`);
    const doc = documentFromText(readFileSync(page, 'utf8'), page);
    const before = doc.documentElement.outerHTML;
    const record = PressReleaseSchema.parse(extract(doc, urlOf(slug)));
    // extract() reads the page, never changes it.
    expect(doc.documentElement.outerHTML).toBe(before);
    // detect() and extract() share one scorer: the flag and the confidence agree.
    expect(record.isPressRelease).toBe(record.confidence >= FITTED_WEIGHTS.threshold);
    if (record.isPressRelease) expect(record.signals.length).toBeGreaterThan(0);

    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Partial<PressRelease>;
    const keys = Object.keys(expected) as (keyof PressRelease)[];
    expect(keys.length, `${slug}: expected.json states nothing`).toBeGreaterThan(0);
    if (update) {
      const refreshed = Object.fromEntries(keys.map((k) => [k, record[k]]));
      writeFileSync(expectedFile, `${JSON.stringify(refreshed, null, 2)}\n`);
      return;
    }
    for (const key of keys) expect(record[key], `${slug}: ${key}`).toEqual(expected[key]);
  });
});
