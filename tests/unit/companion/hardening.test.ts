// @vitest-environment node
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authed, call, runCompanion, type Running } from './harness';

// What a black-box probe of the companion found (issue 17), kept as tests: a kill -9 the moment the token file
// appears must not stop the next start, and a body that cannot be valid must not stall the service.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TOKEN = /^[A-Za-z0-9_-]{43}\n$/;

let dir: string;
const started: Running[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressclip-companion-hardening-'));
});

afterAll(async () => {
  for (const running of started) if (running.child.exitCode === null) running.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

async function start(file: string, args: string[] = []): Promise<Running> {
  const running = await runCompanion(file, args);
  started.push(running);
  return running;
}

// Starts the service on a fresh directory and kills it (SIGKILL) as soon as the directory shows a file whose name
// passes `when`; resolves with that name once the process is gone.
function killWhenFileAppears(file: string, folder: string, when: (name: string) => boolean): Promise<string | null> {
  return new Promise((resolve) => {
    let seen: string | null = null;
    const child = spawn(process.execPath, ['--import', 'tsx', 'companion/main.ts', '--file', file, '--port', '0'], { cwd: ROOT, stdio: 'ignore' });
    const watcher = watch(folder, (_event, name) => {
      if (seen === null && name && when(name)) {
        seen = name;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => {
      watcher.close();
      resolve(seen);
    });
  });
}

describe('the token file under kill -9', () => {
  const cases: [string, (name: string) => boolean][] = [
    ['its temp file', (name) => name.includes('.token.') && name.endsWith('.tmp')],
    ['the token file itself', (name) => name === 'log.json.token'],
  ];
  it.each(cases)('a start killed the moment %s appears is followed by a start that comes up', async (_what, when) => {
    for (let round = 0; round < 3; round++) {
      const folder = join(dir, `kill-${cases.findIndex(([w]) => w === _what)}-${round}`);
      await mkdir(folder, { recursive: true });
      const file = join(folder, 'log.json');
      const seen = await killWhenFileAppears(file, folder, when);
      expect(seen).not.toBeNull();
      const again = await start(file);
      expect(await readFile(`${file}.token`, 'utf8')).toMatch(TOKEN);
      expect((await call(again.port, { path: '/v1/log', headers: authed(again.token) })).status).toBe(200);
      expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      again.child.kill('SIGKILL');
      await again.exited;
    }
  }, 90_000);

  it('takes a 0-byte token file left by an older version for no token, and says so', async () => {
    const folder = join(dir, 'empty-token');
    await mkdir(folder, { recursive: true });
    const file = join(folder, 'log.json');
    await writeFile(`${file}.token`, '');
    const running = await start(file);
    expect(await readFile(`${file}.token`, 'utf8')).toMatch(TOKEN);
    expect(running.stderr()).toContain('log.json.token is empty (left by a crash while it was first written)');
  }, 30_000);
});

// Sends `body` to /v1/changes as fast as the socket takes it; resolves with the answer once the whole body is
// sent too (the service answers a body it refuses before the rest of it is in, and drains the rest).
function pushRaw(port: number, token: string, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    let sent = false;
    let answer: { status: number; text: string } | null = null;
    const settle = () => {
      if (sent && answer) resolve(answer);
    };
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/v1/changes', headers: { Host: `127.0.0.1:${port}`, ...authed(token), 'Content-Type': 'application/json', 'Content-Length': String(body.length) } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          answer = { status: res.statusCode ?? 0, text };
          settle();
        });
      },
    );
    req.on('error', reject);
    req.end(body, () => {
      sent = true;
      settle();
    });
  });
}

describe('bodies that cannot be valid', () => {
  let server: Running;

  beforeAll(async () => {
    server = await start(join(dir, 'bodies', 'log.json'));
  }, 30_000);

  // Health asked back to back while `body` is sent and refused; every answer timed.
  async function healthDuring(body: Buffer): Promise<{ answer: { status: number; text: string }; healthMs: number[] }> {
    const healthMs: number[] = [];
    let pushing = true;
    const push = pushRaw(server.port, server.token, body).finally(() => (pushing = false));
    while (pushing) {
      const t0 = performance.now();
      const health = await call(server.port, { path: '/v1/health', headers: { 'X-PressClip': '1' } });
      healthMs.push(performance.now() - t0);
      expect(health.status).toBe(200);
    }
    return { answer: await push, healthMs: healthMs.sort((a, b) => a - b) };
  }

  // The target is under 100 ms (before: nothing for 8-11 s, and 1.4 s for the nested case). Every probe is timed,
  // including the test's own event loop, which also sends the body; on a loaded 2-core machine the slowest may
  // stray, the median not.
  const cases: [string, string, string][] = [
    ['a 30 MB push of 10 million empty changes', `{"changes":[${'{},'.repeat(10_000_000 - 1)}{}]}`, 'An array holds more than 200 items.'],
    ['an 18 MB push of one change whose tags hold 9 million items', `{"changes":[{"changeId":"a","entry":{"tags":[${'0,'.repeat(9_000_000)}0]}}]}`, 'An array holds more than 1000 items.'],
  ];
  it.each(cases)('refuses %s at once, and keeps answering health meanwhile', async (_what, text, error) => {
    const { answer, healthMs } = await healthDuring(Buffer.from(text));
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(error);
    expect(healthMs[Math.floor(healthMs.length / 2)]).toBeLessThan(100);
    expect(healthMs.at(-1)).toBeLessThan(1000);
    // The log is untouched.
    expect((await call(server.port, { path: '/v1/log', headers: authed(server.token) })).body).toMatchObject({ entries: [] });
  }, 60_000);

  it('refuses a pairing body over 512 bytes, declared or not', async () => {
    const code = JSON.stringify({ code: 'X'.repeat(600) });
    const declared = await call(server.port, { method: 'POST', path: '/v1/pair', headers: { 'X-PressClip': '1', 'Content-Type': 'application/json' }, body: code });
    expect(declared.status).toBe(413);
    expect(declared.body).toEqual({ error: 'The body is larger than 512 bytes.' });
    const chunked = await call(server.port, {
      method: 'POST',
      path: '/v1/pair',
      headers: { 'X-PressClip': '1', 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: code,
    });
    expect(chunked.status).toBe(413);
  }, 30_000);

  it('refuses a push nested deeper than any entry before parsing it', async () => {
    const deep = `{"changes":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    const answer = await call(server.port, { method: 'POST', path: '/v1/changes', headers: authed(server.token, { 'Content-Type': 'application/json' }), body: deep });
    expect(answer).toMatchObject({ status: 400, body: { error: 'The JSON is nested deeper than 32 levels.' } });
  }, 30_000);
});
