// @vitest-environment node
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeNonReleasePage } from '../../../scripts/bench/pages';
import { DEFAULT_EXTRACT_LIMITS, ExtractPool } from '../../../scripts/lib/extract-pool';

// The extract CLI and the eval against what a fuzzer fed them (issue 17): one page too large for the parser's
// heap, 100,000 nested elements, UTF-16 and legacy-encoded pages. Every file gets its line and the rest of
// the batch goes on. Inputs are generated here, none is committed.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GOOD = join(ROOT, 'tests/fixtures/wire-prnewswire-acme/page.html');
const GOOD_HEADLINE = 'Northwind Robotics Opens Service Hub in Ohio to Support Warehouse Customers';
const run = promisify(execFile);

let dir: string;

// A French release whose headline and issuer carry letters outside ASCII, to be saved in several encodings.
function release(declaration: string): string {
  return (
    `<!doctype html><html lang="fr"><head>${declaration}<title>Communiqué de presse</title></head><body>` +
    '<p>COMMUNIQUÉ DE PRESSE</p><h1>Café Éléphant ouvre à Genève</h1>' +
    '<p>GENÈVE, le 3 mars 2026 – Café Éléphant SA a ouvert aujourd’hui son premier café à Genève.</p>' +
    '<p>Contact presse : Zoë Müller, zoe.muller@cafe-elephant.example, +41 22 555 01 23</p></body></html>'
  );
}
const HEADLINE = 'Café Éléphant ouvre à Genève';

function utf16(text: string, bigEndian: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (bigEndian) body.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
}

function nested(depth: number): string {
  return `<!doctype html><html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`;
}

async function cli(...args: string[]): Promise<Record<string, unknown>[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressclip-cli-hostile-'));
  await writeFile(join(dir, 'huge-20mb.html'), largeNonReleasePage(20 * 1024 * 1024));
  await writeFile(join(dir, 'deep.html'), nested(100_000));
  await writeFile(join(dir, 'utf16le.html'), utf16(release('<meta charset="utf-8">'), false));
  await writeFile(join(dir, 'utf16be.html'), utf16(release(''), true));
  await writeFile(join(dir, 'cp1252.html'), Buffer.from(release('<meta charset="windows-1252">').replace('’', '\x92'), 'latin1'));
  await writeFile(join(dir, 'latin1.html'), Buffer.from(release('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">').replace('’', "'"), 'latin1'));
  await writeFile(join(dir, 'page-3mb.html'), largeNonReleasePage(3 * 1024 * 1024));
  await copyFile(GOOD, join(dir, 'good.html'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extract CLI with hostile files', () => {
  it('gives every file its line, in order, and goes on after the bad ones', async () => {
    const names = ['huge-20mb.html', 'deep.html', 'utf16le.html', 'utf16be.html', 'cp1252.html', 'latin1.html', 'missing.html', 'good.html'];
    const lines = await cli(...names.map((n) => join(dir, n)));
    expect(lines.map((l) => l.file)).toEqual(names.map((n) => join(dir, n)));
    const [huge, deep, le, be, cp1252, latin1, missing, good] = lines;
    expect(huge).toEqual({ file: join(dir, 'huge-20mb.html'), error: 'the file is 20.0 MB; pages over 8.0 MB are not read (--max-mb raises the cap)' });
    expect(deep!.error).toBe('could not analyse the page: its elements are nested more than 1000 levels deep');
    for (const line of [le, be, cp1252, latin1]) {
      expect(line).toMatchObject({ headline: HEADLINE, language: 'fr' });
      expect(JSON.stringify(line)).not.toMatch(/\uFFFD|\\u0000|Ã/);
    }
    expect(cp1252!.summary).toContain('aujourd’hui');
    expect(missing!.error).toMatch(/ENOENT/);
    expect(good!.headline).toBe(GOOD_HEADLINE);
  }, 120_000);
});

describe('extract pool', () => {
  it('turns a parse that exhausts the worker heap into an error and reads the next file', async () => {
    const pool = new ExtractPool({ ...DEFAULT_EXTRACT_LIMITS, heapMb: 64 });
    try {
      expect(await pool.extractFile(join(dir, 'page-3mb.html'), 'https://example.test/big')).toEqual({
        ok: false,
        error: 'reading the page ran out of memory (the limit is 64 MB)',
      });
      expect(await pool.extractFile(GOOD, 'https://example.test/good')).toMatchObject({ ok: true, record: { headline: GOOD_HEADLINE } });
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('stops a file that takes too long and reads the next file', async () => {
    // 5 s is ample for an ordinary page even on a loaded machine, and far too little for 20 MB (30 s or more).
    const pool = new ExtractPool({ ...DEFAULT_EXTRACT_LIMITS, maxBytes: 64 * 1024 * 1024, timeoutMs: 5000 });
    try {
      expect(await pool.extractFile(join(dir, 'huge-20mb.html'), 'https://example.test/big')).toEqual({
        ok: false,
        error: 'reading the page took longer than 5 s; stopped',
      });
      expect(await pool.extractFile(GOOD, 'https://example.test/good')).toMatchObject({ ok: true, record: { headline: GOOD_HEADLINE } });
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe('eval with a bad file', () => {
  it('reports the bad file as an error and scores the rest', async () => {
    const corpus = join(dir, 'corpus');
    await mkdir(join(corpus, 'pages'), { recursive: true });
    await copyFile(join(dir, 'deep.html'), join(corpus, 'pages/deep.html'));
    await copyFile(GOOD, join(corpus, 'pages/good.html'));
    const label = (id: string, isRelease: boolean) => ({
      id,
      file: `pages/${id}.html`,
      language: 'en',
      is_press_release: isRelease,
      headline: isRelease ? GOOD_HEADLINE : null,
      issuer: null,
      release_date: null,
      dateline_place: null,
      embargo: null,
      contacts: [],
    });
    await writeFile(join(corpus, 'labels.json'), JSON.stringify([label('deep', false), label('good', true)]));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', corpus], { cwd: ROOT });
    expect(stdout).toContain('2 files');
    expect(stdout).toContain('1 errors');
    expect(stdout).toContain('errors: deep: could not analyse the page: its elements are nested more than 1000 levels deep');
    // Labels without a split count in the "all" column only: the good page's headline is 1 of 1 there.
    expect(stdout).toMatch(/^headline\s+–\s+–\s+1\.000 \(1\/1\)/m);
  }, 120_000);
});
