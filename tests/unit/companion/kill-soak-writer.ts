import { writeSync } from 'node:fs';
import { acquireLock } from '../../../companion/lock';
import { removeStaleTempFiles, writeLogFile } from '../../../companion/write-log-file';
import { soakDoc } from './soak-doc';

// The child the kill soak (kill-soak.test.ts) runs thousands of times. The test bundles this file
// with esbuild into one plain .mjs, so it starts with bare `node` in tens of milliseconds, yet runs
// the companion's own start-up and write path: take the lock (or take over a dead writer's), remove
// the temp files a killed write left, then write version after version with writeLogFile, the
// function the server uses (temp file, fsync, backup rotation, rename, fsync of the directory).
//
// Usage: node writer.mjs <file> <first version> [<versions to write>]
// It reports on stdout, one line per event, with writeSync: a pipe write on Linux is synchronous,
// so a line written before the kill has reached the parent even though the process died.

const [file, firstArg, countArg] = process.argv.slice(2);
if (file === undefined || firstArg === undefined) throw new Error('usage: node writer.mjs <file> <first version> [<count>]');
const first = Number(firstArg);
const count = countArg === undefined ? Number.POSITIVE_INFINITY : Number(countArg);
const say = (line: string) => writeSync(1, `${line}\n`);

const lock = await acquireLock(file);
const removed = await removeStaleTempFiles(file);
say(`ready pid=${process.pid} took=${lock.tookOverStale ?? 'none'} removed=${removed}`);
for (let version = first; version < first + count; version++) {
  say(`start ${version}`);
  await writeLogFile(file, soakDoc(version), { backupIntervalMs: 0 });
  say(`done ${version}`);
}
await lock.release();
