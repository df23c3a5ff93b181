import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './harness/companion';

// The README's first command, `npm install && npm run dev`, must open Chromium with PressClip loaded (WXT opens
// a browser only when web-ext is installed). Run here as a new user would, under a virtual display (xvfb-run),
// with Chromium's DevTools port opened through web-ext.config.ts (PRESSCLIP_DEV_DEBUG_PORT) so the test can
// see the extension's service worker come up. The whole process group is ended afterwards.

const ROOT = resolve(import.meta.dirname, '../..');
// A dev build took 12-60 s on a loaded 2-core machine, the browser a few more.
const UP_WITHIN_MS = 180_000;

interface Target {
  type: string;
  url: string;
  title: string;
}

let dev: ChildProcess | null = null;
let port = 0;
let output = '';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

// The developer's environment, without what vitest adds (NODE_ENV=test, TEST, VITEST…): under those WXT's logger
// stays silent but for warnings, and the build would not be the one a developer gets.
function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  return env;
}

async function targets(): Promise<Target[]> {
  try {
    const answer = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(2000) });
    return (await answer.json()) as Target[];
  } catch {
    return [];
  }
}

// Chromium runs in a process group of its own (chrome-launcher starts it detached): if it outlived wxt, its
// main process is the one started with this test's DevTools port, and only that one is ended.
function endLeftoverBrowser(): void {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmdline.split('\0').includes(`--remote-debugging-port=${port}`)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
  }
}

async function stopDev(): Promise<void> {
  const child = dev;
  dev = null;
  if (!child?.pid) return;
  const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((done) => child.once('exit', () => done()));
  // Ctrl+C, as a developer stops it: wxt closes the browser, xvfb-run its display.
  try {
    process.kill(-child.pid, 'SIGINT');
  } catch {
    return;
  }
  const stopped = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
  if (!stopped) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Gone between the check and the kill.
    }
    await Promise.race([exited, sleep(5000)]);
  }
  for (let i = 0; i < 20 && (await targets()).length > 0; i++) await sleep(250);
  if ((await targets()).length > 0) endLeftoverBrowser();
}

afterAll(stopDev, 60_000);

describe('npm run dev', () => {
  it('opens Chromium with PressClip loaded (its service worker running)', async () => {
    expect(spawnSync('xvfb-run', ['--help']).error, 'xvfb-run is missing: apt-get install xvfb').toBeUndefined();
    port = await freePort();
    dev = spawn('xvfb-run', ['-a', 'npm', 'run', 'dev'], {
      cwd: ROOT,
      // A process group of its own, so the whole tree (xvfb-run, Xvfb, npm, wxt) can be ended together.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...userEnv(), PRESSCLIP_DEV_DEBUG_PORT: String(port) },
    });
    dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

    let worker: Target | undefined;
    let seen: Target[] = [];
    for (const deadline = Date.now() + UP_WITHIN_MS; Date.now() < deadline && !worker; await sleep(1000)) {
      // Without web-ext, WXT builds and then only tells you to load the extension yourself: no need to wait on.
      if (dev?.exitCode !== null || output.includes('unpacked extension manually')) break;
      seen = await targets();
      worker = seen.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    }
    // Without its colour and spinner escapes (ESC [ … letter).
    const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g'), '');
    expect(worker, `no extension service worker; targets: ${JSON.stringify(seen.map((t) => t.url))}\n${plain.slice(-3000)}`).toBeDefined();
    expect(new URL(worker!.url).pathname).toBe('/background.js');
    expect(plain).not.toContain('as an unpacked extension manually');
    // It is PressClip: the same extension opened its welcome page on install.
    const extension = new URL(worker!.url).host;
    await expect.poll(async () => (await targets()).some((t) => t.type === 'page' && t.url === `chrome-extension://${extension}/welcome.html`), { timeout: 20_000 }).toBe(true);
  }, UP_WITHIN_MS + 30_000);

  it('stops with the whole process group: no browser left on its DevTools port', async () => {
    expect(port).toBeGreaterThan(0);
    await stopDev();
    expect(await targets()).toEqual([]);
  }, 60_000);
});
