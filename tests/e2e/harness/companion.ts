import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

// The companion log service (companion/main.ts) as a child process, as the journalist runs it:
// `tsx companion/main.ts --file F --port P`. Its stdout gives the pairing code and READY line.

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

export interface RunningCompanion {
  port: number;
  pairingCode: string;
  process: ChildProcess;
  // SIGTERM, resolved when the process has exited.
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('No port');
  return address.port;
}

export async function startCompanion(file: string, port: number, timeoutMs = 30_000): Promise<RunningCompanion> {
  const child = spawn(TSX, ['companion/main.ts', '--file', file, '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const ready = await new Promise<{ code: string }>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`The companion did not start in ${timeoutMs} ms:\n${stdout}\n${stderr}`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const code = /Pairing code[^:]*: (\S+)/.exec(stdout)?.[1];
      if (code && /READY port=\d+/.test(stdout)) {
        clearTimeout(timer);
        done({ code });
      }
    });
    child.once('exit', (status) => {
      clearTimeout(timer);
      fail(new Error(`The companion exited (${status}) before it was ready:\n${stdout}\n${stderr}`));
    });
  });
  return {
    port,
    pairingCode: ready.code,
    process: child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
