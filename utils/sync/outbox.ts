import type { LogEntry } from '../schema/entry';
import { MAX_CHANGES_PER_PUSH, type Change } from './protocol';
import type { SyncTarget } from './target';

// Changes waiting for the target, oldest first. Plain data, so the background can keep it in
// storage across restarts. A change keeps its id until the target acknowledged it: a push whose
// answer was lost is resent with the same ids, which the target skips.

export type Outbox = readonly Change[];

// A newer version of an entry replaces a waiting older one (the newer one was built on it, so
// nothing is lost) and goes to the back of the queue.
export function enqueue(outbox: Outbox, entry: LogEntry, changeId: string): Outbox {
  return [...outbox.filter((change) => change.entry.id !== entry.id), { changeId, entry }];
}

export interface DrainResult {
  outbox: Outbox;
  pushed: number;
  cursor: string | null;
  error: Error | null;
}

export async function drainOutbox(outbox: Outbox, target: Pick<SyncTarget, 'push'>, batchSize = MAX_CHANGES_PER_PUSH): Promise<DrainResult> {
  let remaining = outbox;
  let pushed = 0;
  let cursor: string | null = null;
  while (remaining.length > 0) {
    const batch = remaining.slice(0, batchSize);
    try {
      cursor = (await target.push(batch)).cursor;
    } catch (error) {
      return { outbox: remaining, pushed, cursor, error: error instanceof Error ? error : new Error(String(error)) };
    }
    remaining = remaining.slice(batch.length);
    pushed += batch.length;
  }
  return { outbox: remaining, pushed, cursor, error: null };
}
