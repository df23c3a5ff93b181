import type { LogEntry } from '../schema/entry';
import { MAX_CHANGES_PER_PUSH, type Change } from './protocol';
import { SyncTargetError, type SyncTarget } from './target';

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
  // Changes the target refused on their own (too large, or a shape it does not accept): taken out
  // of the queue so they cannot block everything behind them, and reported to the journalist.
  rejected: Change[];
}

// About 4 MB of JSON per request, well under the companion's body limit; a single bigger change
// still goes, alone.
export const MAX_PUSH_BYTES = 4 * 1024 * 1024;

function nextBatch(outbox: Outbox, maxChanges: number, maxBytes: number): Change[] {
  const batch: Change[] = [];
  let bytes = 0;
  for (const change of outbox) {
    const size = new TextEncoder().encode(JSON.stringify(change)).length;
    if (batch.length > 0 && (batch.length >= maxChanges || bytes + size > maxBytes)) break;
    batch.push(change);
    bytes += size;
  }
  return batch;
}

function isRejection(error: unknown): boolean {
  return error instanceof SyncTargetError && error.rejected;
}

export async function drainOutbox(
  outbox: Outbox,
  target: Pick<SyncTarget, 'push'>,
  limits: { maxChanges: number; maxBytes: number } = { maxChanges: MAX_CHANGES_PER_PUSH, maxBytes: MAX_PUSH_BYTES },
): Promise<DrainResult> {
  let remaining = outbox;
  let pushed = 0;
  let cursor: string | null = null;
  const rejected: Change[] = [];
  const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
  while (remaining.length > 0) {
    const batch = nextBatch(remaining, limits.maxChanges, limits.maxBytes);
    try {
      cursor = (await target.push(batch)).cursor;
      pushed += batch.length;
    } catch (error) {
      if (!isRejection(error)) return { outbox: remaining, pushed, cursor, error: asError(error), rejected };
      if (batch.length > 1) {
        // Go one change at a time from here to find the one the target will not take.
        limits = { ...limits, maxChanges: 1 };
        continue;
      }
      rejected.push(batch[0]!);
    }
    remaining = remaining.slice(batch.length);
  }
  return { outbox: remaining, pushed, cursor, error: null, rejected };
}
