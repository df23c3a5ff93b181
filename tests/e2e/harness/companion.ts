import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

// The companion log service as a child process, as the journalist runs it: the `pressclip-log-server` command
// of companion/package.json, i.e. its one-file build run by plain node (`npm run build:companion` makes it;
// `npm test` does). PRESSCLIP_LOG_SERVER names an installed copy instead (.ci/run installs the packed package
// and sets it). Its stdout gives the pairing code and READY line.

const ROOT = resolve(import.meta.dirname, '../../..');

// The file the package's `bin` names, so a wrong `bin` fails here as it would for the journalist.
export function companionBin(): string {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'companion/package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = resolve(ROOT, 'companion', pkg.bin['pressclip-log-server'] ?? '');
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build:companion\` first.`);
  return bin;
}

function companionCommand(): [string, string[]] {
  const installed = process.env.PRESSCLIP_LOG_SERVER;
  return installed ? [installed, []] : [process.execPath, [companionBin()]];
}

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

// `command` runs another copy (the installed package test); by default the one companionCommand() picks.
export async function startCompanion(file: string, port: number, timeoutMs = 30_000, command: [string, string[]] = companionCommand()): Promise<RunningCompanion> {
  const [program, prefix] = command;
  const child = spawn(program, [...prefix, '--file', file, '--port', String(port)], {
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
