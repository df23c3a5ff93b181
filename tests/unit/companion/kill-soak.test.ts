// @vitest-environment node
import { spawn } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPath } from '../../../companion/lock';
import { backupPath, loadLogFile, serializeLog } from '../../../companion/log-file';
import { soakDoc } from './soak-doc';

// Issue 5 at volume: the companion's write path (lock, stale temp clean-up, writeLogFile with backup
// rotation) bundled into a plain .mjs and kill -9'd thousands of times, several writers in parallel
// on their own files. After every kill the file must be exactly the version the writer last
// finished or the one it had started (byte for byte, and valid against LogExportSchema), the temp
// file a killed write left must be removed by the next start, and the dead writer's lock taken over.
// companion.test.ts keeps the end-to-end kill test of the real server (acknowledged pushes survive).
//
// Bounded by count and time: COMPANION_KILLS (default 3000) and COMPANION_KILL_SECONDS (default 25).

const MAX_KILLS = Number(process.env.COMPANION_KILLS ?? 3000);
const MAX_SECONDS = Number(process.env.COMPANION_KILL_SECONDS ?? 25);
const KILL_WINDOW_MS = 30;
const WRITERS = 2 * Math.max(2, availableParallelism());
const BACKUP_CHECK_EVERY = 10;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

let dir: string;
let writerScript: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressclip-kill-soak-'));
  writerScript = join(dir, 'writer.mjs');
  await build({
    entryPoints: [join(ROOT, 'tests/unit/companion/kill-soak-writer.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: writerScript,
    logLevel: 'warning',
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface WriterRun {
  pid: number;
  // From the writer's "ready" line; null when it died before reporting it.
  took: string | null;
  removed: number | null;
  lastStarted: number | null;
  lastDone: number | null;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

// Starts the bundled writer at `first`; kills it `killAfterMs` after it reports ready (null: let
// it finish `count` versions). Resolves once it has exited and its stdout is fully read.
function runWriter(file: string, first: number, killAfterMs: number | null, count?: number): Promise<WriterRun> {
  const args = [writerScript, file, String(first), ...(count === undefined ? [] : [String(count)])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const run: WriterRun = { pid: child.pid ?? -1, took: null, removed: null, lastStarted: null, lastDone: null, exitCode: null, signal: null, stderr: '' };
  let pending = '';
  const onLine = (line: string) => {
    const ready = /^ready pid=\d+ took=(\S+) removed=(\d+)$/.exec(line);
    if (ready) {
      run.took = ready[1]!;
      run.removed = Number(ready[2]);
      if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      return;
    }
    const event = /^(start|done) (\d+)$/.exec(line);
    if (event?.[1] === 'start') run.lastStarted = Number(event[2]);
    else if (event?.[1] === 'done') run.lastDone = Number(event[2]);
    else if (line) run.stderr += `unexpected output: ${line}\n`;
  };
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(onLine);
  });
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (pending) onLine(pending);
      run.exitCode = code;
      run.signal = signal;
      resolve(run);
    });
  });
}

interface Tally {
  kills: number;
  beforeFirstWrite: number;
  midWrite: number;
  oldOnDisk: number;
  newOnDisk: number;
  validated: number;
  staleLocksTaken: number;
  tempsRemovedAtStart: number;
  backupsChecked: number;
  failures: string[];
}

const tempFiles = async (file: string, wdir: string) => (await readdir(wdir)).filter((name) => name.startsWith('.log.json.') && name.endsWith('.tmp'));

// The file on disk must be exactly one version's text and validate; returns that version.
async function checkLog(file: string, allowed: readonly number[], tally: Tally, where: string): Promise<number | null> {
  const loaded = await loadLogFile(file);
  if (!loaded.ok || !loaded.doc) {
    tally.failures.push(`${where}: ${loaded.ok ? 'no file' : loaded.reason}`);
    return null;
  }
  const version = loaded.doc.companion?.seq ?? -1;
  if (!allowed.includes(version)) tally.failures.push(`${where}: version ${version} on disk, expected one of ${allowed.join(', ')}`);
  else if ((await readFile(file, 'utf8')) !== serializeLog(soakDoc(version))) tally.failures.push(`${where}: text is not exactly version ${version}`);
  else {
    tally.validated++;
    return version;
  }
  return null;
}

// Backups are whole earlier versions, newest first (a kill mid-rotation may leave a gap).
async function checkBackups(file: string, current: number, tally: Tally, where: string): Promise<void> {
  let newer = current;
  for (let n = 1; n <= 3; n++) {
    const text = await readFile(backupPath(file, n), 'utf8').catch(() => null);
    if (text === null) continue;
    let seq = -1;
    try {
      seq = (JSON.parse(text) as { companion: { seq: number } }).companion.seq;
    } catch {
      // Reported below: the text matches no version.
    }
    if (seq < 0 || seq > newer || text !== serializeLog(soakDoc(seq))) tally.failures.push(`${where}: .bak${n} is not a whole earlier version`);
    else tally.backupsChecked++;
    newer = seq;
  }
}

// On a loaded machine one write can outlast the whole window, so no kill lands after a rename and the soak proves
// only half of its claim: the window widens (up to 16 times) until kills land on both sides of the rename.
function killWindowMs(tally: Tally): number {
  if (tally.kills < 40 || (tally.newOnDisk > 0 && tally.oldOnDisk > 0)) return KILL_WINDOW_MS;
  const lopsided = tally.kills / 40;
  return KILL_WINDOW_MS * Math.min(16, 1 + lopsided);
}

async function soakOneFile(index: number, shouldGoOn: () => boolean, tally: Tally): Promise<void> {
  const wdir = join(dir, `writer-${index}`);
  const file = join(wdir, 'log.json');
  await mkdir(wdir, { recursive: true });
  await writeFile(file, serializeLog(soakDoc(0)));
  let onDisk = 0;
  let next = 1;
  let previousPid: number | null = null;
  let tempsLeft = 0;
  const checkStart = (run: WriterRun, where: string) => {
    if (run.took === null) return tally.failures.push(`${where}: writer never got ready (${run.stderr.trim()})`);
    if (previousPid !== null) {
      if (run.took !== String(previousPid)) tally.failures.push(`${where}: took over lock ${run.took}, expected the killed writer ${previousPid}`);
      else tally.staleLocksTaken++;
    }
    if (run.removed !== tempsLeft) tally.failures.push(`${where}: removed ${run.removed} temp files, ${tempsLeft} were left`);
    tally.tempsRemovedAtStart += run.removed ?? 0;
  };

  while (shouldGoOn()) {
    const run = await runWriter(file, next, Math.random() * killWindowMs(tally));
    const where = `writer ${index} kill ${tally.kills + 1} (pid ${run.pid})`;
    tally.kills++;
    if (run.signal !== 'SIGKILL') tally.failures.push(`${where}: ended with ${run.exitCode}/${run.signal}: ${run.stderr.trim()}`);
    if (run.stderr) tally.failures.push(`${where}: ${run.stderr.trim()}`);
    checkStart(run, where);

    // The killed writer held the lock: it is still on disk with its pid, for the next one to take over.
    const owner = await readFile(lockPath(file), 'utf8').catch(() => '');
    if (Number.parseInt(owner, 10) !== run.pid) tally.failures.push(`${where}: lock holds "${owner.trim()}", not the killed pid`);
    previousPid = run.pid;

    const temps = await tempFiles(file, wdir);
    if (temps.length > 1) tally.failures.push(`${where}: ${temps.length} temp files piled up`);
    if (temps.length > 0) tally.midWrite++;
    tempsLeft = temps.length;

    const allowed = run.lastStarted === null ? [onDisk] : [run.lastDone ?? onDisk, run.lastStarted];
    const version = await checkLog(file, allowed, tally, where);
    if (run.lastStarted === null) tally.beforeFirstWrite++;
    else if (version === run.lastStarted) tally.newOnDisk++;
    else if (version !== null) tally.oldOnDisk++;
    if (version !== null) onDisk = version;
    if (tally.kills % BACKUP_CHECK_EVERY === 0) await checkBackups(file, onDisk, tally, where);
    next = Math.max(next, (run.lastStarted ?? 0) + 1);
  }

  // A last writer left alone starts cleanly after all of that, writes, and leaves nothing behind.
  const final = await runWriter(file, next, null, 1);
  const where = `writer ${index} final run`;
  if (final.exitCode !== 0) tally.failures.push(`${where}: exited ${final.exitCode}/${final.signal}: ${final.stderr.trim()}`);
  checkStart(final, where);
  await checkLog(file, [next], tally, where);
  await checkBackups(file, next, tally, where);
  if ((await tempFiles(file, wdir)).length > 0) tally.failures.push(`${where}: temp files left`);
  if ((await readdir(wdir)).includes('log.json.lock')) tally.failures.push(`${where}: lock not released`);
}

describe('companion write path under thousands of kill -9', () => {
  it(
    'leaves the old or the new log on disk after every kill, never a mix or a cut',
    async () => {
      const tally: Tally = {
        kills: 0,
        beforeFirstWrite: 0,
        midWrite: 0,
        oldOnDisk: 0,
        newOnDisk: 0,
        validated: 0,
        staleLocksTaken: 0,
        tempsRemovedAtStart: 0,
        backupsChecked: 0,
        failures: [],
      };
      const began = Date.now();
      const deadline = began + MAX_SECONDS * 1000;
      // A writer stops starting children once the kills are spent or the time is up (or at the
      // first few failures, which are enough to read).
      const shouldGoOn = () => tally.kills < MAX_KILLS && Date.now() < deadline && tally.failures.length < 20;
      await Promise.all(Array.from({ length: WRITERS }, (_, i) => soakOneFile(i, shouldGoOn, tally)));
      const seconds = ((Date.now() - began) / 1000).toFixed(1);

      console.info(
        `kill soak: ${tally.kills} kills in ${seconds} s by ${WRITERS} parallel writers; ` +
          `${tally.midWrite} landed mid-write (a temp file was on disk), ${tally.beforeFirstWrite} before the first write; ` +
          `after a started write ${tally.oldOnDisk} left the old and ${tally.newOnDisk} the new version; ` +
          `${tally.validated} files validated, ${tally.backupsChecked} backups checked, ` +
          `${tally.staleLocksTaken} stale locks taken over, ${tally.tempsRemovedAtStart} temp files removed at the next start; ` +
          `failures: ${tally.failures.length}`,
      );
      expect(tally.failures).toEqual([]);
      expect(tally.kills).toBeGreaterThan(0);
      // Every kill's file was checked, plus one clean final run per writer.
      expect(tally.validated).toBe(tally.kills + WRITERS);
      // The soak is only evidence if kills really landed inside writes and on both sides of the rename.
      if (tally.kills >= 200) {
        expect(tally.midWrite).toBeGreaterThan(0);
        expect(tally.oldOnDisk).toBeGreaterThan(0);
        expect(tally.newOnDisk).toBeGreaterThan(0);
      }
    },
    (MAX_SECONDS + 60) * 1000,
  );
});
