import { afterEach, describe, expect, it, vi } from 'vitest';

// web-ext.config.ts decides how `npm run dev` starts Chromium: --no-sandbox only as root (a container, CI),
// and a DevTools port only when the dev-command e2e asks for one.

async function chromiumArgs(uid: number | undefined, debugPort?: string): Promise<string[]> {
  vi.resetModules();
  vi.spyOn(process, 'getuid').mockReturnValue(uid as number);
  if (debugPort === undefined) delete process.env.PRESSCLIP_DEV_DEBUG_PORT;
  else process.env.PRESSCLIP_DEV_DEBUG_PORT = debugPort;
  const { default: config } = await import('../../../web-ext.config');
  return config.chromiumArgs ?? [];
}

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.PRESSCLIP_DEV_DEBUG_PORT;
});

describe('web-ext config for npm run dev', () => {
  it('turns the sandbox off for root only', async () => {
    expect(await chromiumArgs(0)).toContain('--no-sandbox');
    expect(await chromiumArgs(1000)).not.toContain('--no-sandbox');
  });

  it('opens a DevTools port only when asked, and only for a number', async () => {
    expect((await chromiumArgs(1000)).some((a) => a.startsWith('--remote-debugging-port'))).toBe(false);
    expect(await chromiumArgs(1000, '9333')).toContain('--remote-debugging-port=9333');
    expect((await chromiumArgs(1000, '9333 --evil')).some((a) => a.startsWith('--remote-debugging-port'))).toBe(false);
  });
});
