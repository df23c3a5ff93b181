import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';

// Runs the real companion as a child process (node + tsx, no wrapper process, so a SIGKILL hits
// the writer itself) on a free port, and talks to it with raw node:http so tests can send the
// headers a browser would refuse to set (a foreign Host).

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Running {
  child: ChildProcess;
  port: number;
  token: string;
  pairingCode: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export function runCompanion(file: string, extraArgs: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'companion/main.ts', '--file', file, '--port', '0', ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`companion did not start: ${err}`)), 15_000);
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`companion exited with ${code}: ${err}`));
    });
    child.stdout!.on('data', async (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /READY port=(\d+)/.exec(out);
      if (!ready) return;
      clearTimeout(timer);
      const token = (await readFile(`${file}.token`, 'utf8')).trim();
      const pairingCode = /Pairing code[^:]*: (\S+)/.exec(out)?.[1] ?? '';
      resolve({ child, port: Number(ready[1]), token, pairingCode, stderr: () => err, exited });
    });
  });
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export function call(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // Not JSON (e.g. empty); keep the text.
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export function authed(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'X-PressClip': '1', Authorization: `Bearer ${token}`, ...extra };
}

export function push(port: number, token: string, changes: unknown[]): Promise<Answer> {
  return call(port, {
    method: 'POST',
    path: '/v1/changes',
    headers: authed(token, { 'Content-Type': 'application/json' }),
    body: JSON.stringify({ changes }),
  });
}
