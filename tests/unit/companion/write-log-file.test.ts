// @vitest-environment node
import { link, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPath, serializeLog, writeLogFile } from '../../../companion/write-log-file';
import { soakDoc } from './soak-doc';

// Backup rotation after writes that were killed between linking .bak1 and the rename: the state
// the kill soak ran into (EEXIST on every later write), set up here by hand.

let dir: string;
let file: string;
const text = (version: number) => serializeLog(soakDoc(version, 2));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressclip-write-'));
  file = join(dir, 'log.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeLogFile backups', () => {
  it('keeps one version per backup and newest first', async () => {
    for (let version = 1; version <= 5; version++) await writeLogFile(file, soakDoc(version, 2), { backupIntervalMs: 0 });
    expect(await readFile(file, 'utf8')).toBe(text(5));
    expect(await readFile(backupPath(file, 1), 'utf8')).toBe(text(4));
    expect(await readFile(backupPath(file, 2), 'utf8')).toBe(text(3));
    expect(await readFile(backupPath(file, 3), 'utf8')).toBe(text(2));
  });

  it('writes on after kills left the current file linked as every backup', async () => {
    await writeFile(file, text(1));
    for (let n = 1; n <= 3; n++) await link(file, backupPath(file, n));
    await writeLogFile(file, soakDoc(2, 2), { backupIntervalMs: 0 });
    await writeLogFile(file, soakDoc(3, 2), { backupIntervalMs: 0 });
    expect(await readFile(file, 'utf8')).toBe(text(3));
    expect(await readFile(backupPath(file, 1), 'utf8')).toBe(text(2));
    expect(await readFile(backupPath(file, 2), 'utf8')).toBe(text(1));
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('does not rotate again when the current file is already .bak1', async () => {
    await writeFile(backupPath(file, 2), text(0));
    await writeFile(file, text(1));
    await link(file, backupPath(file, 1));
    await writeLogFile(file, soakDoc(2, 2), { backupIntervalMs: 0 });
    expect(await readFile(backupPath(file, 1), 'utf8')).toBe(text(1));
    expect(await readFile(backupPath(file, 2), 'utf8')).toBe(text(0));
    await expect(stat(backupPath(file, 3))).rejects.toThrow(/ENOENT/);
  });
});
