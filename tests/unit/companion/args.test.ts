import { homedir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../companion/args';

describe('log-server arguments', () => {
  it('reads --file (expanding a quoted ~) and --port, with defaults for the rest', () => {
    expect(parseArgs(['--file', '~/PressClip/inquiry-log.json', '--port', '18000'])).toEqual({
      file: `${homedir()}/PressClip/inquiry-log.json`,
      port: 18000,
      maxBodyBytes: 32 * 1024 * 1024,
      backupIntervalMs: 10 * 60_000,
    });
    expect(parseArgs(['--file', '/tmp/log.json']).port).toBe(17373);
  });

  it('refuses a missing file, unknown options and bad numbers', () => {
    expect(() => parseArgs([])).toThrow(/Usage/);
    expect(() => parseArgs(['--file', 'x', '--host', '0.0.0.0'])).toThrow(/Unknown option --host/);
    expect(() => parseArgs(['--file', 'x', '--port', '70000'])).toThrow(/--port must be/);
    expect(() => parseArgs(['--file'])).toThrow(/Usage/);
  });
});
