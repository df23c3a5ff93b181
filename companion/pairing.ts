import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { chmod, readFile, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDirectory, writeSyncedTemp } from './write-log-file';

// The bearer token the extension must send, created once and kept next to the log file (mode 0600,
// readable by this user only), and the short pairing code the service prints so the journalist can
// hand the token to the extension without copying 43 characters.

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function tokenPath(file: string): string {
  return `${file}.token`;
}

// Written like the log (temp file, fsync, rename, directory fsync), so a crash leaves no token file or a whole
// one. The token used to be written into a file created empty first: a kill -9 or power cut between the two
// left a 0-byte file, and every later start refused it. Such a file is taken for no token at all.
export async function loadOrCreateToken(file: string, log: (line: string) => void): Promise<string> {
  const path = tokenPath(file);
  try {
    const text = await readFile(path, 'utf8');
    if (text.length > 0) {
      const token = text.trim();
      if (!TOKEN_PATTERN.test(token)) throw new Error(`${path} does not hold a PressClip token; delete it to make a new one (and pair again).`);
      if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600);
      return token;
    }
    log(`${path} is empty (left by a crash while it was first written); no browser can have paired with it, so a new one is made`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('base64url');
  const temp = await writeSyncedTemp(path, `${token}\n`);
  await rename(temp, path);
  await fsyncDirectory(dirname(path));
  return token;
}

export function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// A code that works for a few minutes and a few wrong tries: enough to type it into each browser
// the journalist uses (Chrome and Firefox pair with the same code), too few to guess it.
export class PairingCode {
  readonly code: string;
  private failures = 0;

  constructor(
    private readonly expiresAt: number,
    private readonly maxFailures = 5,
  ) {
    const chars = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
    this.code = `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
  }

  redeem(given: string, now: number): 'ok' | 'expired' | 'wrong' {
    if (now > this.expiresAt || this.failures >= this.maxFailures) return 'expired';
    const normalized = given.trim().toUpperCase().replace(/[^A-Z0-9]/g, '');
    if (!tokensMatch(normalized, this.code.replace('-', ''))) {
      this.failures++;
      return 'wrong';
    }
    return 'ok';
  }
}
