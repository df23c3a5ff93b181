// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyLog } from '../../../companion/log-state';
import { loadLogFile, serializeLog } from '../../../companion/log-file';
import type { LogEntry } from '../../../utils/schema/entry';
import { sampleEntry } from '../sync/sample-entry';
import { authed, call, push, runCompanion, type Running } from './harness';

// The companion as a real process: security rules one by one, idempotent pushes, concurrent
// clients, a hand-broken file, the lock, and kill -9 in the middle of writes.

let dir: string;
const started: Running[] = [];

async function start(file: string, args: string[] = []): Promise<Running> {
  const running = await runCompanion(file, args);
  started.push(running);
  return running;
}

function version(id: string, minute: number, notes: string): LogEntry {
  return sampleEntry({
    id,
    notes,
    updatedAt: new Date(Date.UTC(2026, 2, 3, 9, 0, 0, minute)).toISOString(),
    record: { ...sampleEntry().record, url: `https://wire.example/${id}` },
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressclip-companion-'));
});

afterAll(async () => {
  for (const running of started) if (running.child.exitCode === null) running.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('companion security', () => {
  let server: Running;
  const json = { 'Content-Type': 'application/json' };
  const validBody = () => JSON.stringify({ changes: [{ changeId: 'sec-1', entry: version('sec', 1, 'x') }] });

  beforeAll(async () => {
    server = await start(join(dir, 'security', 'log.json'), ['--max-body-bytes', '65536']);
  });

  it('answers the paired extension', async () => {
    const answer = await call(server.port, { path: '/v1/log', headers: authed(server.token) });
    expect(answer.status).toBe(200);
    expect(await call(server.port, { path: '/v1/log', headers: authed(server.token, { Host: `localhost:${server.port}` }) })).toMatchObject({ status: 200 });
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    const answer = await call(server.port, { path: '/v1/log', headers: authed(server.token, { Host: `evil.example:${server.port}` }) });
    expect(answer.status).toBe(421);
    expect(JSON.stringify(answer.body)).not.toContain('entries');
  });

  it('refuses a request without the X-PressClip header', async () => {
    const answer = await call(server.port, { path: '/v1/log', headers: { Authorization: `Bearer ${server.token}` } });
    expect(answer.status).toBe(403);
  });

  it('refuses a request carrying a web page origin', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:8080', 'null', 'file://']) {
      const answer = await call(server.port, { path: '/v1/log', headers: authed(server.token, { Origin: origin }) });
      expect(answer.status).toBe(403);
    }
  });

  it('listens on loopback only', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (!external) return;
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: external.address, port: server.port });
      socket.on('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });

  it('refuses a missing or wrong token', async () => {
    expect((await call(server.port, { path: '/v1/log', headers: { 'X-PressClip': '1' } })).status).toBe(401);
    const wrong = `${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await call(server.port, { path: '/v1/log', headers: authed(wrong) })).status).toBe(401);
    expect((await call(server.port, { method: 'POST', path: '/v1/changes', headers: authed('nope', json), body: validBody() })).status).toBe(401);
  });

  it('refuses a body over the size limit with 413', async () => {
    const big = JSON.stringify({ changes: [{ changeId: 'big', entry: { ...version('big', 1, 'x'), notes: 'x'.repeat(70_000) } }] });
    expect((await call(server.port, { method: 'POST', path: '/v1/changes', headers: authed(server.token, json), body: big })).status).toBe(413);
  });

  it('refuses a body that is not application/json with 415', async () => {
    const answer = await call(server.port, { method: 'POST', path: '/v1/changes', headers: authed(server.token, { 'Content-Type': 'text/plain' }), body: validBody() });
    expect(answer.status).toBe(415);
  });

  it('never approves a CORS preflight from a web origin, nor sends allow-origin on any answer', async () => {
    const preflight = await call(server.port, {
      method: 'OPTIONS',
      path: '/v1/changes',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-pressclip,authorization,content-type' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
    const normal = await call(server.port, { path: '/v1/log', headers: authed(server.token, { Origin: 'chrome-extension://abcdef' }) });
    expect(normal.status).toBe(200);
    expect(normal.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses malformed changes without writing anything', async () => {
    const answer = await call(server.port, { method: 'POST', path: '/v1/changes', headers: authed(server.token, json), body: JSON.stringify({ changes: [{ changeId: 'm', entry: { id: 'm' } }] }) });
    expect(answer.status).toBe(400);
    expect(String((answer.body as { error: string }).error)).toMatch(/changes\[0\]\.entry/);
  });

  it('pairs each browser with the printed code until five wrong tries, and keeps the token file private', async () => {
    const pair = (code: string) => call(server.port, { method: 'POST', path: '/v1/pair', headers: { 'X-PressClip': '1', ...json }, body: JSON.stringify({ code }) });
    expect((await pair('AAAA-AAAA')).status).toBe(403);
    expect(await pair(server.pairingCode.toLowerCase())).toMatchObject({ status: 200, body: { token: server.token } });
    expect(await pair(server.pairingCode)).toMatchObject({ status: 200, body: { token: server.token } });
    for (let i = 0; i < 4; i++) expect((await pair('AAAA-AAAA')).status).toBe(403);
    expect(await pair(server.pairingCode)).toMatchObject({ status: 403, body: { error: expect.stringMatching(/expired/) } });
    expect((await stat(join(dir, 'security', 'log.json.token'))).mode & 0o777).toBe(0o600);
  });

  it('reports health without a token but says whether the token is right', async () => {
    expect((await call(server.port, { path: '/v1/health', headers: { 'X-PressClip': '1' } })).body).toMatchObject({ authorized: false });
    expect((await call(server.port, { path: '/v1/health', headers: authed(server.token) })).body).toMatchObject({ authorized: true });
  });
});

describe('companion log file', () => {
  it('applies a change id once, however often it is pushed', async () => {
    const file = join(dir, 'idem', 'log.json');
    const server = await start(file);
    const changes = [{ changeId: 'c1', entry: version('a', 1, 'first') }, { changeId: 'c2', entry: version('b', 1, 'first') }];
    expect((await push(server.port, server.token, changes)).body).toMatchObject({ applied: 2, duplicates: 0 });
    const before = await readFile(file, 'utf8');
    expect((await push(server.port, server.token, changes)).body).toMatchObject({ applied: 0, duplicates: 2 });
    expect(await readFile(file, 'utf8')).toBe(before);
    const since = (await call(server.port, { path: '/v1/log?since=2', headers: authed(server.token) })).body as { entries: unknown[] };
    expect(since.entries).toEqual([]);
  });

  it('loses nothing when two clients push concurrently', async () => {
    const file = join(dir, 'concurrent', 'log.json');
    const server = await start(file);
    const client = (name: string) =>
      Array.from({ length: 20 }, (_, i) =>
        push(server.port, server.token, [
          { changeId: `${name}-${i}-own`, entry: version(`${name}-${i}`, i, `${name} own ${i}`) },
          // Both clients also edit the shared entries: every version must survive, as winner or revision.
          { changeId: `${name}-${i}-shared`, entry: version(`shared-${i % 5}`, i * 2 + (name === 'a' ? 0 : 1), `${name} shared ${i}`) },
        ]),
      );
    const answers = await Promise.all([...client('a'), ...client('b')]);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const loaded = await loadLogFile(file);
    if (!loaded.ok || !loaded.doc) throw new Error('log file unreadable');
    const ids = new Set(loaded.doc.entries.map((e) => e.id));
    for (const name of ['a', 'b']) for (let i = 0; i < 20; i++) expect(ids.has(`${name}-${i}`)).toBe(true);
    const kept = new Set(loaded.doc.entries.flatMap((e) => [e.notes, ...e.revisions.map((r) => r.fields.notes)]));
    for (const name of ['a', 'b']) for (let i = 0; i < 20; i++) expect(kept.has(`${name} shared ${i}`)).toBe(true);
    expect(loaded.doc.companion?.appliedChangeIds).toHaveLength(80);
  });

  it('refuses to overwrite a hand-edited file that is no longer a valid log', async () => {
    const file = join(dir, 'broken', 'log.json');
    const server = await start(file);
    const broken = serializeLog(emptyLog('2026-03-03T09:00:00.000Z')).replace('"entries": []', '"entries": [{"id": "x", "notes": 5}]');
    await writeFile(file, broken);
    const answer = await push(server.port, server.token, [{ changeId: 'h1', entry: version('a', 1, 'x') }]);
    expect(answer.status).toBe(409);
    expect((answer.body as { error: string }).error).toMatch(/not a valid PressClip log: entries\[0\]/);
    expect((await call(server.port, { path: '/v1/log', headers: authed(server.token) })).status).toBe(409);
    expect(await readFile(file, 'utf8')).toBe(broken);
    expect(server.stderr()).toMatch(/refusing to touch the log file/);
  });

  it('lets only one service write a file at a time', async () => {
    const file = join(dir, 'locked', 'log.json');
    await start(file);
    await expect(runCompanion(file)).rejects.toThrow(/Another PressClip log service \(pid \d+\)/);
  });
});

describe('companion under kill -9', () => {
  it('always leaves a whole log on disk holding every acknowledged change', async () => {
    const file = join(dir, 'kill', 'log.json');
    const seeded = emptyLog('2026-03-03T09:00:00.000Z');
    // A few hundred entries make every write take long enough to be hit mid-way.
    seeded.entries = Array.from({ length: 300 }, (_, i) => version(`seed-${i}`, 0, `seed ${'n'.repeat(500)}`));
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'kill'), { recursive: true });
    await writeFile(file, serializeLog(seeded));

    const acked = new Map<string, string>();
    let counter = 0;
    let kills = 0;
    let killedInFlight = 0;
    let staleLocksTaken = 0;
    let killedMidWrite = 0;
    let ackedChanges = 0;
    const deadline = Date.now() + 20_000;
    while (kills < 15 && Date.now() < deadline) {
      const server = await start(file, ['--backup-minutes', '0']);
      if (/took over a stale lock/.test(server.stderr())) staleLocksTaken++;
      let inFlight = 0;
      let stopped = false;
      const pusher = (async () => {
        while (!stopped) {
          const n = ++counter;
          const entry = version(`k-${n % 7}`, n, `push ${n}`);
          inFlight++;
          try {
            const answer = await push(server.port, server.token, [{ changeId: `kill-${n}`, entry }]);
            if (answer.status === 200) {
              acked.set(entry.id, entry.updatedAt);
              ackedChanges++;
            }
          } catch {
            // Connection cut by the kill: not acknowledged, so it may or may not be there.
          } finally {
            inFlight--;
          }
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 250));
      stopped = true;
      if (inFlight > 0) killedInFlight++;
      server.child.kill('SIGKILL');
      await server.exited;
      await pusher;
      kills++;
      // A temp file on disk means the kill landed between writing the new text and the rename.
      if ((await readdir(join(dir, 'kill'))).some((name) => name.endsWith('.tmp'))) killedMidWrite++;

      const loaded = await loadLogFile(file);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok || !loaded.doc) throw new Error('no log after kill');
      const byId = new Map(loaded.doc.entries.map((e) => [e.id, e]));
      for (const [id, updatedAt] of acked) {
        expect(Date.parse(byId.get(id)!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(updatedAt));
      }
      expect(byId.size).toBeGreaterThanOrEqual(300);
    }
    const final = await start(file);
    const afterRestart = (await readdir(join(dir, 'kill'))).filter((name) => name.endsWith('.tmp'));
    final.child.kill('SIGTERM');
    await final.exited;
    console.info(
      `kill -9: ${kills} kills (${killedInFlight} with a push in flight, ${killedMidWrite} with a temp file half-done), ` +
        `${counter} pushes, ${ackedChanges} acknowledged, none of them lost, ${staleLocksTaken} stale locks taken over`,
    );
    expect(kills).toBeGreaterThanOrEqual(5);
    expect(killedInFlight).toBeGreaterThan(0);
    expect(afterRestart).toEqual([]);
    const backups = (await readdir(join(dir, 'kill'))).filter((name) => /\.bak\d$/.test(name));
    expect(backups.length).toBeGreaterThan(0);
  }, 60_000);
});
