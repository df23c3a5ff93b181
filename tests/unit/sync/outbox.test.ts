import { describe, expect, it } from 'vitest';
import { drainOutbox, enqueue, type Outbox } from '../../../utils/sync/outbox';
import type { Change } from '../../../utils/sync/protocol';
import { SyncTargetError } from '../../../utils/sync/target';
import { sampleEntry } from './sample-entry';

function outboxOf(...ids: string[]): Outbox {
  return ids.reduce<Outbox>((box, id) => enqueue(box, sampleEntry({ id }), `c-${id}`), []);
}

function recordingTarget(refuse: (batch: readonly Change[]) => SyncTargetError | null) {
  const batches: string[][] = [];
  return {
    batches,
    async push(batch: readonly Change[]) {
      const error = refuse(batch);
      if (error) throw error;
      batches.push(batch.map((c) => c.entry.id));
      return { cursor: String(batches.length) };
    },
  };
}

describe('drainOutbox', () => {
  it('sends in order, in batches capped by count and by size', async () => {
    const target = recordingTarget(() => null);
    const result = await drainOutbox(outboxOf('a', 'b', 'c', 'd', 'e'), target, { maxChanges: 2, maxBytes: 1_000_000 });
    expect(target.batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(result).toMatchObject({ outbox: [], pushed: 5, cursor: '3', error: null, rejected: [] });
    const bySize = recordingTarget(() => null);
    await drainOutbox(outboxOf('a', 'b', 'c'), bySize, { maxChanges: 100, maxBytes: 10 });
    expect(bySize.batches).toEqual([['a'], ['b'], ['c']]);
  });

  it('stops at an unreachable target and keeps the rest, ids unchanged', async () => {
    let calls = 0;
    const target = recordingTarget(() => (++calls === 2 ? new SyncTargetError('unreachable', 'down') : null));
    const box = outboxOf('a', 'b', 'c');
    const result = await drainOutbox(box, target, { maxChanges: 1, maxBytes: 1_000_000 });
    expect(result.error?.message).toBe('down');
    expect(result.outbox).toEqual(box.slice(1));
  });

  it('sets aside a change the target refuses outright instead of blocking the queue', async () => {
    const target = recordingTarget((batch) => (batch.some((c) => c.entry.id === 'bad') ? new SyncTargetError('error', 'too large', true) : null));
    const result = await drainOutbox(outboxOf('a', 'bad', 'c'), target);
    expect(target.batches).toEqual([['a'], ['c']]);
    expect(result.rejected.map((c) => c.entry.id)).toEqual(['bad']);
    expect(result).toMatchObject({ outbox: [], pushed: 2, error: null });
  });
});
