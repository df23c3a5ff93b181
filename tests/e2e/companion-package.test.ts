import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startCompanion } from './harness/companion';

// The companion as a journalist gets it: `npm pack` of companion/ (its prepack builds the one-file bin), then
// installed from that tarball into an empty folder with no network and run by the `pressclip-log-server`
// command npm puts on the PATH, with plain node, far from this checkout's node_modules (no tsx, no zod).

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let tarball: string;
let packed: { path: string }[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressclip-companion-pkg-'));
  const { stdout } = await run('npm', ['pack', './companion', '--json', '--pack-destination', dir], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  // prepack's build output comes before the JSON on stdout.
  const [info] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = join(dir, info!.filename);
  packed = info!.files;
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the companion package', () => {
  it('packs the one-file bin and its README, and no source', () => {
    expect(packed.map((f) => f.path).sort()).toEqual(['README.md', 'dist/pressclip-log-server.mjs', 'package.json']);
  });

  it('installs from the tarball offline and starts as `pressclip-log-server`', async () => {
    const prefix = join(dir, 'install');
    await run('npm', ['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: dir });
    const bin = join(prefix, 'node_modules/.bin/pressclip-log-server');
    expect(existsSync(bin)).toBe(true);
    // Nothing else was installed beside it: the bin needs no dependencies.
    expect((await run('npm', ['ls', '--prefix', prefix, '--all', '--parseable'], { cwd: dir })).stdout.trim().split('\n')).toHaveLength(2);
    const file = join(dir, 'home', 'inquiry-log.json');
    const companion = await startCompanion(file, await freePort(), 30_000, [bin, []]);
    try {
      expect(companion.pairingCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      const doc = JSON.parse(await readFile(file, 'utf8')) as { entries: unknown[] };
      expect(doc.entries).toEqual([]);
    } finally {
      await companion.stop();
    }
  }, 120_000);
});
