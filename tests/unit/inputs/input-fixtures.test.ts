import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPath } from '../../../scripts/lib/load-input';
import { PressReleaseSchema, type PressRelease } from '../../../utils/schema/record';

// The loop over the input fixtures (tests/fixtures-inputs/<slug>/): page.pdf | page.eml | page.docx | page.msg,
// made by scripts/inputs/make-fixtures.ts, and expected.json: a PARTIAL record (only its keys are asserted), or
// {"error": "..."} for a file that must be refused with that message. Read as the CLI reads them, filed under
// their own address. Expected files are rewritten only with UPDATE_FIXTURES=1 (a new fixture gets the keys below).

const ROOT = join(__dirname, '../../fixtures-inputs');
const PAGES = ['page.pdf', 'page.eml', 'page.docx', 'page.msg'];
const NEW_KEYS: (keyof PressRelease)[] = ['isPressRelease', 'headline', 'issuer', 'releaseDate', 'datelinePlace', 'embargo', 'contacts'];
const update = process.env.UPDATE_FIXTURES === '1';

const slugs = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'sources' && d.name !== 'eval')
  .map((d) => d.name)
  .sort();

async function outcome(page: string): Promise<{ record: PressRelease } | { error: string }> {
  try {
    return { record: PressReleaseSchema.parse(await extractPath(page, null)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

describe('input fixtures', () => {
  it('cover every input kind and every refusal', () => {
    const kinds = new Set(slugs.map((s) => s.split('-')[0]));
    expect([...kinds].sort()).toEqual(['docx', 'eml', 'msg', 'pdf']);
    expect(slugs).toEqual(expect.arrayContaining(['pdf-encrypted', 'pdf-scan-no-text', 'eml-truncated', 'docx-zip-renamed']));
  });

  it.each(slugs)('%s', async (slug) => {
    const name = PAGES.find((n) => existsSync(join(ROOT, slug, n)));
    if (!name) throw new Error(`${slug} has no page`);
    const expectedFile = join(ROOT, slug, 'expected.json');
    const got = await outcome(join(ROOT, slug, name));
    if (update) {
      const keys = existsSync(expectedFile) ? Object.keys(JSON.parse(readFileSync(expectedFile, 'utf8')) as object) : null;
      const next = 'error' in got ? { error: got.error } : Object.fromEntries((keys && !keys.includes('error') ? keys : NEW_KEYS).map((k) => [k, got.record[k as keyof PressRelease]]));
      writeFileSync(expectedFile, `${JSON.stringify(next, null, 2)}\n`);
      return;
    }
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, unknown>;
    if ('error' in expected) {
      expect(got).toEqual({ error: expected.error });
      return;
    }
    if ('error' in got) throw new Error(`${slug}: ${got.error}`);
    for (const key of Object.keys(expected)) expect(got.record[key as keyof PressRelease], `${slug}: ${key}`).toEqual(expected[key]);
  });
});
