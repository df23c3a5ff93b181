import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_COMPANION_PORT } from '../utils/sync/protocol';
import { DEFAULT_MAX_BODY_BYTES } from './server';

// `pressclip-log-server --file ~/PressClip/inquiry-log.json [--port 17373]` (in a checkout: `npm run log-server -- …`)

export interface CompanionArgs {
  file: string;
  port: number;
  maxBodyBytes: number;
  backupIntervalMs: number;
}

export const USAGE =
  'Usage: pressclip-log-server --file ~/PressClip/inquiry-log.json [--port 17373] [--max-body-bytes N] [--backup-minutes N]';

export function parseArgs(argv: readonly string[]): CompanionArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!flag.startsWith('--') || value === undefined) throw new Error(USAGE);
    values.set(flag.slice(2), value);
    i++;
  }
  for (const name of values.keys()) {
    if (!['file', 'port', 'max-body-bytes', 'backup-minutes'].includes(name)) throw new Error(`Unknown option --${name}. ${USAGE}`);
  }
  const file = values.get('file');
  if (!file) throw new Error(USAGE);
  const number = (name: string, fallback: number, min: number, max: number) => {
    const raw = values.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}.`);
    return n;
  };
  // A quoted "~/…" reaches us unexpanded.
  const expanded = file.startsWith('~/') ? `${homedir()}${file.slice(1)}` : file;
  return {
    file: resolve(expanded),
    port: number('port', DEFAULT_COMPANION_PORT, 0, 65535),
    maxBodyBytes: number('max-body-bytes', DEFAULT_MAX_BODY_BYTES, 1024, 512 * 1024 * 1024),
    backupIntervalMs: number('backup-minutes', 10, 0, 24 * 60) * 60_000,
  };
}
