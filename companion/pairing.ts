import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { chmod, open, readFile, stat } from 'node:fs/promises';

// The bearer token the extension must send, created once and kept next to the log file (mode 0600,
// readable by this user only), and the short pairing code the service prints so the journalist can
// hand the token to the extension without copying 43 characters.

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function tokenPath(file: string): string {
  return `${file}.token`;
}

export async function loadOrCreateToken(file: string): Promise<string> {
  const path = tokenPath(file);
  try {
    const token = (await readFile(path, 'utf8')).trim();
    if (!TOKEN_PATTERN.test(token)) throw new Error(`${path} does not hold a PressClip token; delete it to make a new one (and pair again).`);
    if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600);
    return token;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('base64url');
  const handle = await open(path, 'wx', 0o600);
  await handle.writeFile(`${token}\n`);
  await handle.sync();
  await handle.close();
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
