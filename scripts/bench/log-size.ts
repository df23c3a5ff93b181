import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { BodyQueryFigures, BodySeedFigures } from './log-bodies';

// Runs scripts/bench-log.ts (the triage helper's log bench: seeding, first render, search as you type, sort)
// as a child process and reads the JSON line it prints per size.

export interface LogRenderFigures {
  entries: number;
  seedMs: number;
  firstRenderMs: number;
  firstRowsInPageMs: number;
  firstRowsSinceNavigationMs: number; // the same moment, counted from the navigation to log.html
  loadAllMs: number;
  searchIndexMs: number;
  rowsInDom: number;
  searchPerKeystrokeMs: number[];
  searchPerKeystrokeWallMs: number[];
  query: string;
  searchMatches: number;
  sortChangeMs: number;
  sortChangeWallMs: number;
  // Per key typed (scripts/bench-log.ts): the query so far and how many entries it showed.
  searchQueries?: string[];
  searchShownPerKey?: number[];
  indexReadyMs?: number;
  duringLoad?: { inputToRowsMs: number[] };
}

// The same log measured again with release texts and their word index (scripts/bench-log.ts --bodies=…).
export interface LogWithBodiesFigures extends Omit<LogRenderFigures, 'entries' | 'seedMs'> {
  seed: BodySeedFigures;
  bodySearch: BodyQueryFigures[];
}

const ROOT = resolve(import.meta.dirname, '../..');

export function runBenchLog(
  sizes: readonly number[],
  timeoutMs: number,
  bodySizes: readonly number[] = [],
): Promise<{ figures: Array<LogRenderFigures & { withBodies?: LogWithBodiesFigures }>; problem: string | null }> {
  return new Promise((done) => {
    const bodies = bodySizes.length > 0 ? [`--bodies=${bodySizes.join(',')}`] : [];
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/bench-log.ts'), ...sizes.map(String), ...bodies], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const figures = stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as LogRenderFigures & { withBodies?: LogWithBodiesFigures });
      const problem =
        signal || code !== 0
          ? `bench-log.ts ended with ${signal ?? `exit code ${code}`}${signal === 'SIGTERM' ? ` (time limit ${timeoutMs / 1000} s)` : ''}: ${stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`
          : null;
      done({ figures, problem });
    });
  });
}
