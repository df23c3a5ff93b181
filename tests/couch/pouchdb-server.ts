import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// A CouchDB-protocol server for the tests: pouchdb-server from npm, in memory, on 127.0.0.1 and a free port,
// started and stopped by the test (Debian has no CouchDB package). It speaks CouchDB's HTTP API (_changes,
// _bulk_docs, _all_docs, _bulk_get, _session, _users, _security). It writes config.json and log.txt into its
// working directory, so it runs in a temporary one. `restart()` keeps the port but, being in memory, not the data.

export const ADMIN = { user: 'admin', password: 'desk-admin-pw' };

export interface RunningCouch {
  base: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  // Stop for good and remove its directory.
  close(): Promise<void>;
  // Admin helpers for arranging a scenario (users, databases, _security, raw documents).
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  addUser(name: string, password: string): Promise<void>;
  createDatabase(name: string, members?: string[]): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitUntilUp(base: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}): ${log()}`);
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`pouchdb-server did not start: ${log()}`);
}

// `persistent`: LevelDB files in the temporary directory instead of memory, so a stopped and restarted server
// keeps its users and documents (the outbox tests stop it mid-session).
export async function startCouch(options: { persistent?: boolean } = {}): Promise<RunningCouch> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dir = await mkdtemp(join(tmpdir(), 'pressclip-couch-'));
  const bin = resolve('node_modules/pouchdb-server/bin/pouchdb-server');
  let child: ChildProcess | null = null;
  let output = '';

  async function admin(method: string, path: string, body?: unknown) {
    const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: await response.json().catch(() => null) };
  }

  async function start() {
    output = '';
    const storage = options.persistent ? ['--dir', dir] : ['--in-memory'];
    child = spawn(process.execPath, [bin, ...storage, '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    await waitUntilUp(base, child, () => output);
    // Leave "admin party" (everyone an admin): a server admin, then every request needs credentials.
    // A persistent server restarted keeps its admin in config.json.
    const response = await fetch(`${base}/_config/admins/${ADMIN.user}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
    if (!response.ok && (await admin('GET', '/_session')).status !== 200) throw new Error(`could not create the server admin: ${response.status}`);
  }

  async function stop() {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((done) => {
      running.once('exit', () => done());
      running.kill('SIGTERM');
    });
  }

  await start();
  return {
    base,
    port,
    start,
    admin,
    async stop() {
      await stop();
    },
    async close() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
    async addUser(name, password) {
      const { status } = await admin('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' });
      if (status >= 300) throw new Error(`could not add user ${name}: ${status}`);
    },
    async createDatabase(name, members) {
      const { status } = await admin('PUT', `/${name}`);
      if (status >= 300) throw new Error(`could not create ${name}: ${status}`);
      if (members) await admin('PUT', `/${name}/_security`, { members: { names: members, roles: [] }, admins: { names: [], roles: [] } });
    },
  };
}
