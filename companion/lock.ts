import { open, readFile, unlink } from 'node:fs/promises';

// One writer per log file: a lock file next to it holding the owner's pid, created exclusively.
// A lock whose pid no longer runs (the service was killed) is stale and taken over.

export class LockedError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockPath(file: string): string {
  return `${file}.lock`;
}

export async function acquireLock(file: string): Promise<{ release(): Promise<void>; tookOverStale: number | null }> {
  const path = lockPath(file);
  let tookOverStale: number | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.sync();
      await handle.close();
      let released = false;
      return {
        tookOverStale,
        async release() {
          if (released) return;
          released = true;
          const owner = await readFile(path, 'utf8').catch(() => '');
          if (Number.parseInt(owner, 10) === process.pid) await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = await readFile(path, 'utf8').catch(() => '');
    const pid = Number.parseInt(text, 10);
    // A lock with our own pid is a leftover from a dead process whose pid we were given.
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
      throw new LockedError(`Another PressClip log service (pid ${pid}) is using ${file}. Stop it first.`);
    }
    tookOverStale = Number.isInteger(pid) ? pid : -1;
    await unlink(path).catch(() => undefined);
  }
  throw new LockedError(`Could not lock ${file}: the lock file keeps coming back.`);
}
