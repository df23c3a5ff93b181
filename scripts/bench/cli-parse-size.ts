import { spawn } from 'node:child_process';
import { readFile, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtractPool, DEFAULT_EXTRACT_LIMITS } from '../lib/extract-pool';
import { parseHtml } from '../lib/parse-html';
import { extract } from '../../utils/extract/extract';
import { largeNonReleasePage } from './pages';
import { table } from './stats';

// npx tsx scripts/bench/cli-parse-size.ts [--sizes 2,5,20] [--before-timeout-s 180]
// The extract CLI on generated pages of ordinary markup (scripts/bench/pages.ts: a portal of teasers, tables
// and comments) of 2, 5 and 20 MB, two ways in one run, each file in a child process of its own:
//   before — the CLI as it was: the file read as UTF-8, parsed by happy-dom and extracted on the main thread
//            with Node's default heap (an out-of-memory there aborted the whole batch);
//   after  — the CLI as it is (extract-pool.ts): size cap, worker thread with a capped heap, timeout; timed on a
//            warm worker. "after, no cap" lifts the size cap to show what the worker does with the page itself.
// Time is wall time of the file (read, parse, extract; "parse" alone for before); memory is the child's peak RSS.

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const URL_OF = 'https://example.test/bench';

interface Figures {
  outcome: string;
  totalMs: number;
  parseMs?: number;
  peakRssMb: number;
}

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function childBefore(file: string): Promise<Figures> {
  const started = performance.now();
  const html = await readFile(file, 'utf8');
  const parseStart = performance.now();
  const doc = parseHtml(html);
  const parseMs = performance.now() - parseStart;
  const record = extract(doc, URL_OF);
  return { outcome: `record (confidence ${record.confidence})`, totalMs: performance.now() - started, parseMs, peakRssMb: peakRssMb() };
}

async function childAfter(file: string, warmup: string, uncapped: boolean): Promise<Figures> {
  const pool = new ExtractPool(uncapped ? { ...DEFAULT_EXTRACT_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER } : DEFAULT_EXTRACT_LIMITS);
  // The first file pays for starting the worker (about a second); a batch pays it once.
  await pool.extractFile(warmup, URL_OF);
  const started = performance.now();
  const reply = await pool.extractFile(file, URL_OF);
  const totalMs = performance.now() - started;
  await pool.close();
  return { outcome: reply.ok ? `record (confidence ${reply.record.confidence})` : `error line: ${reply.error}`, totalMs, peakRssMb: peakRssMb() };
}

// One measurement in a fresh process, so one page's heap does not weigh on the next and an abort ends only it.
function measure(mode: string, file: string, warmup: string, timeoutMs: number): Promise<Figures> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--child', mode, file, warmup], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) return resolve(JSON.parse(line) as Figures);
      const why = /heap out of memory/i.test(err)
        ? `process aborted: JavaScript heap out of memory after ${seconds} s`
        : signal === 'SIGKILL'
          ? `killed after ${seconds} s (the bench's time limit)`
          : `process failed (${signal ?? `exit ${code}`}) after ${seconds} s: ${err.trim().split('\n').at(-1) ?? ''}`;
      resolve({ outcome: why, totalMs: NaN, peakRssMb: NaN });
    });
  });
}

async function child(mode: string, file: string, warmup: string): Promise<void> {
  const figures = mode === 'before' ? await childBefore(file) : await childAfter(file, warmup, mode === 'after-uncapped');
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

const seconds = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : `${(n / 1000).toFixed(2)} s`);

// `beforeTimeoutMs: null` leaves the before path out (npm run bench: it alone takes minutes and ~3 GB at 20 MB).
export async function benchCliParseSize(sizesMb: readonly number[], beforeTimeoutMs: number | null): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pressclip-parse-size-'));
  try {
    const warmup = join(dir, 'warmup.html');
    await writeFile(warmup, largeNonReleasePage(10_000));
    const rows: string[][] = [];
    for (const mb of sizesMb) {
      const file = join(dir, `page-${mb}mb.html`);
      await writeFile(file, largeNonReleasePage(mb * 1024 * 1024));
      const modes: [string, string, number][] = [
        ...(beforeTimeoutMs === null ? [] : [['before', 'before (main thread)', beforeTimeoutMs] as [string, string, number]]),
        ['after', 'after (CLI)', DEFAULT_EXTRACT_LIMITS.timeoutMs + 30_000],
      ];
      if (beforeTimeoutMs !== null && mb * 1024 * 1024 > DEFAULT_EXTRACT_LIMITS.maxBytes) modes.push(['after-uncapped', 'after, no cap', DEFAULT_EXTRACT_LIMITS.timeoutMs + 30_000]);
      for (const [mode, label, timeoutMs] of modes) {
        const f = await measure(mode, file, warmup, timeoutMs);
        rows.push([`${mb} MB`, label, seconds(f.parseMs), seconds(f.totalMs), Number.isNaN(f.peakRssMb) ? '—' : `${f.peakRssMb} MB`, f.outcome.slice(0, 110)]);
      }
      await rm(file);
    }
    return table('Extract CLI on one large page of ordinary markup (happy-dom)', ['page', 'path', 'parse', 'file total', 'peak RSS', 'outcome'], rows);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!, args[2]!, args[3]!);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const sizes = (option('--sizes') ?? '2,5,20').split(',').map(Number);
  const beforeTimeoutMs = Number(option('--before-timeout-s') ?? '180') * 1000;
  // Figures on a shared 2-core machine move with its load: printed so two runs can be compared fairly.
  process.stdout.write(`Load average at start ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores.\n`);
  process.stdout.write(`${await benchCliParseSize(sizes, beforeTimeoutMs)}\n`);
  process.stdout.write(
    `Cap ${DEFAULT_EXTRACT_LIMITS.maxBytes / 1024 / 1024} MB, worker heap ${DEFAULT_EXTRACT_LIMITS.heapMb} MB, timeout ${DEFAULT_EXTRACT_LIMITS.timeoutMs / 1000} s (scripts/lib/extract-pool.ts).\n`,
  );
}

if (process.argv[1] === SELF) await main();
