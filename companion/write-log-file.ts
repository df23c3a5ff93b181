import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { LogExport } from '../utils/schema/log-export';

// Writing the inquiry-log file. A write never leaves a half-written file: the new text goes to a
// temp file in the same directory, is fsynced, renamed over the old one (atomic on POSIX), and the
// directory is fsynced so the rename itself survives a power cut. Before a write replaces the file,
// the previous version is kept as a backup (.bak1 newest … .bak3 oldest), at most one per interval.
// Kept apart from reading (log-file.ts) so it needs no zod: the kill soak bundles exactly this code
// into a writer that must start in milliseconds (tests/unit/companion/kill-soak.test.ts).

const BACKUPS = 3;

function tempPrefix(file: string): string {
  return `.${basename(file)}.`;
}

export function backupPath(file: string, n: number): string {
  return `${file}.bak${n}`;
}

export function serializeLog(doc: LogExport): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

// Shift .bak1 -> .bak2 -> .bak3 and hard-link the current file as .bak1: the old text keeps its
// inode when the rename replaces the name, so the backup costs no copy.
async function rotateBackups(file: string, minIntervalMs: number, now: number): Promise<void> {
  if (!(await exists(file))) return;
  // A write killed between this link and its rename left the current file linked as .bak1 already:
  // it is backed up. Rotating again would fill every slot with the same text (found by the kill soak).
  if (await sameFile(file, backupPath(file, 1))) return;
  try {
    const newest = await stat(backupPath(file, 1));
    if (now - newest.mtimeMs < minIntervalMs) return;
  } catch {
    // No backup yet.
  }
  for (let n = BACKUPS - 1; n >= 1; n--) {
    const from = backupPath(file, n);
    if (!(await exists(from))) continue;
    // rename() between two names of one inode does nothing and keeps both (POSIX), which would make
    // the link below fail with EEXIST on every later write: drop the duplicate name instead.
    if (await sameFile(from, backupPath(file, n + 1))) await unlink(from);
    else await rename(from, backupPath(file, n + 1));
  }
  await link(file, backupPath(file, 1));
}

export interface WriteOptions {
  backupIntervalMs: number;
  now?: () => number;
  // Refuse (LogTooLargeError) a file larger than this many bytes of UTF-8.
  maxBytes?: number;
}

// The text in a new temp file beside `target` (mode 0600), fsynced; the caller renames it into place and
// fsyncs the directory. Named with `target`'s temp prefix, so a start after a crash removes a leftover one.
export async function writeSyncedTemp(target: string, text: string): Promise<string> {
  const temp = join(dirname(target), `${tempPrefix(target)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

// A write that would make the file larger than the service reads back (log-file.ts's MAX_FILE_BYTES): refused
// before anything is written, or the next request would find a file it cannot load and refuse everything.
export class LogTooLargeError extends Error {}

export async function writeLogFile(file: string, doc: LogExport, options: WriteOptions): Promise<void> {
  const text = serializeLog(doc);
  if (options.maxBytes !== undefined && Buffer.byteLength(text) > options.maxBytes) {
    throw new LogTooLargeError(`The log file would grow past ${options.maxBytes} bytes; nothing was written.`);
  }
  const temp = await writeSyncedTemp(file, text);
  await rotateBackups(file, options.backupIntervalMs, (options.now ?? Date.now)());
  await rename(temp, file);
  await fsyncDirectory(dirname(file));
}

// Temp files a killed writer left behind; only ever partial copies, never the log itself.
export async function removeStaleTempFiles(file: string): Promise<number> {
  const dir = dirname(file);
  const prefix = tempPrefix(file);
  let removed = 0;
  for (const name of await readdir(dir)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      await unlink(join(dir, name)).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

export async function ensureDirectory(file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
}
