import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../utils/schema/entry';
import { CONFLICT_REASON, mergeEntry } from '../../../utils/sync/merge-entry';
import { mergeLogs } from '../../../utils/sync/merge-log';
import { stableStringify } from '../../../utils/sync/stable-json';
import { versionTag } from '../../../utils/sync/version-tag';
import { logArb } from './arbitraries';
import { sampleEntry } from './sample-entry';

const IDS = ['a', 'b', 'c', 'd', '__proto__'];
const PAGES = ['https://wire.example/r/1', 'https://www.wire.example/r/1/?utm_source=mail', 'https://wire.example/r/2', 'https://other.example/x'];

function asSet(entries: Iterable<LogEntry>): string[] {
  return [...entries].map(stableStringify).sort();
}

function merged(local: LogEntry[], incoming: LogEntry[]): LogEntry[] {
  return [...mergeLogs(local, incoming).merged.values()];
}

describe('mergeEntry', () => {
  const base = sampleEntry();

  it('keeps the newer edit and the older concurrent one as a restorable revision', () => {
    const mine = { ...base, notes: 'Called the press office', updatedAt: '2026-03-03T10:00:00.000Z' };
    const theirs = { ...base, status: 'to-contact' as const, updatedAt: '2026-03-03T11:00:00.000Z' };
    const { entry, conflict } = mergeEntry(mine, theirs);
    expect(conflict).toBe(true);
    expect(entry.status).toBe('to-contact');
    expect(entry.notes).toBe('');
    expect(entry.revisions).toEqual([
      { savedAt: mine.updatedAt, reason: CONFLICT_REASON, updatedAt: mine.updatedAt, fields: expect.objectContaining({ notes: 'Called the press office', status: 'new' }) },
    ]);
    expect(mergeEntry(theirs, mine).entry).toEqual(entry);
  });

  it('does not call a plain older copy a conflict when the newer one was built on it', () => {
    const older = { ...base, notes: 'v1', updatedAt: '2026-03-03T10:00:00.000Z' };
    const newer = { ...base, notes: 'v2', updatedAt: '2026-03-03T10:05:00.000Z', supersedes: [versionTag(older)] };
    const { entry, conflict } = mergeEntry(older, newer);
    expect(conflict).toBe(false);
    expect(entry.notes).toBe('v2');
    expect(entry.revisions).toEqual([]);
  });

  it('follows lineage over clocks: an edit built on a version wins even with a skewed earlier clock', () => {
    const other = { ...base, notes: 'from the fast clock', updatedAt: '2026-03-03T12:00:00.000Z' };
    const child = { ...base, notes: 'edited after syncing', updatedAt: '2026-03-03T11:00:00.000Z', supersedes: [versionTag(other)] };
    expect(mergeEntry(other, child).entry.notes).toBe('edited after syncing');
  });

  it('lets a tombstone win over an older edit and lose to a newer one', () => {
    const edit = { ...base, notes: 'edited', updatedAt: '2026-03-03T10:00:00.000Z' };
    const deleted = { ...base, updatedAt: '2026-03-03T10:30:00.000Z', deletedAt: '2026-03-03T10:30:00.000Z' };
    expect(mergeEntry(edit, deleted).entry.deletedAt).toBe('2026-03-03T10:30:00.000Z');
    const laterEdit = { ...edit, updatedAt: '2026-03-03T11:00:00.000Z' };
    const resurrected = mergeEntry(deleted, laterEdit).entry;
    expect(resurrected.deletedAt).toBeNull();
    expect(resurrected.notes).toBe('edited');
  });

  it('unions status history and interview requests', () => {
    const request = { at: '2026-03-03T10:00:00.000Z', contactName: 'Jane Doe', email: 'press@acme.example', subject: 'Interview', body: 'Hi', handler: 'mailto' as const, kind: 'request' as const };
    const a = { ...base, requests: [request], history: [...base.history, { at: '2026-03-03T10:00:00.000Z', from: 'new' as const, to: 'requested' as const, override: null }] };
    const b = { ...base, requests: [{ ...request, at: '2026-03-04T10:00:00.000Z', kind: 'follow-up' as const }] };
    const { entry } = mergeEntry(a, b);
    expect(entry.requests.map((r) => r.kind)).toEqual(['request', 'follow-up']);
    expect(entry.history).toHaveLength(2);
  });
});

describe('mergeLogs', () => {
  it('joins the same page clipped separately in two browsers under one id, keeping both versions', () => {
    const chrome = sampleEntry({ id: 'z-chrome', notes: 'Chrome notes', updatedAt: '2026-03-03T10:00:00.000Z' });
    const firefox = sampleEntry({
      id: 'a-firefox',
      notes: 'Firefox notes',
      updatedAt: '2026-03-03T10:10:00.000Z',
      record: { ...chrome.record, url: 'https://prnewswire.example/news/acme-opens-plant-301.html?utm_source=newsletter' },
    });
    const result = mergeLogs([chrome], [firefox]);
    expect(result.outcomes.get('a-firefox')).toBe('conflict');
    const kept = result.merged.get('a-firefox')!;
    expect(kept.deletedAt).toBeNull();
    expect(kept.notes).toBe('Firefox notes');
    expect(kept.revisions.map((r) => r.fields.notes)).toEqual(['Chrome notes']);
    expect(result.merged.get('z-chrome')!.deletedAt).toBe(chrome.updatedAt);
    expect(asSet(result.merged.values())).toEqual(asSet(mergeLogs([firefox], [chrome]).merged.values()));
  });

  it('classifies incoming entries as new, unchanged or updated', () => {
    const kept = sampleEntry({ id: 'same' });
    const older = sampleEntry({ id: 'upd', record: { ...kept.record, url: 'https://x.example/2' } });
    const newer = { ...older, notes: 'more', updatedAt: '2026-03-03T12:00:00.000Z', supersedes: [versionTag(older)] };
    const fresh = sampleEntry({ id: 'fresh', record: { ...kept.record, url: 'https://x.example/3' } });
    const result = mergeLogs([kept, older], [kept, newer, fresh]);
    expect(Object.fromEntries(result.outcomes)).toEqual({ same: 'unchanged', upd: 'updated', fresh: 'new' });
    expect(result.changed.map((e) => e.id).sort()).toEqual(['fresh', 'upd']);
  });

  it('is commutative', () => {
    fc.assert(
      fc.property(logArb(IDS, PAGES), logArb(IDS, PAGES), (a, b) => {
        expect(asSet(merged(a, b))).toEqual(asSet(merged(b, a)));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('is idempotent and loses no entry id', () => {
    fc.assert(
      fc.property(logArb(IDS, PAGES), logArb(IDS, PAGES), (a, b) => {
        const m = merged(a, b);
        expect(mergeLogs(m, m).changed).toEqual([]);
        expect(mergeLogs(m, a).changed).toEqual([]);
        expect(mergeLogs(m, b).changed).toEqual([]);
        const ids = new Set(m.map((e) => e.id));
        for (const e of [...a, ...b]) expect(ids.has(e.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('never drops a version: every input version is the result or one of its revisions', () => {
    fc.assert(
      fc.property(logArb(IDS, PAGES), logArb(IDS, PAGES), (a, b) => {
        const all = merged(a, b);
        const fieldsSeen = new Set<string>();
        for (const e of all) {
          const { record, status, priority, deadline, followUpAt, tags, notes } = e;
          fieldsSeen.add(stableStringify({ record, status, priority, deadline, followUpAt, tags, notes }));
          for (const r of e.revisions) fieldsSeen.add(stableStringify(r.fields));
        }
        for (const e of [...a, ...b]) {
          const { record, status, priority, deadline, followUpAt, tags, notes } = e;
          expect(fieldsSeen.has(stableStringify({ record, status, priority, deadline, followUpAt, tags, notes }))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('merges versions of one entry associatively (so the order browsers meet in does not matter)', () => {
    const one = logArb(['a'], PAGES);
    fc.assert(
      fc.property(one, one, one, (a, b, c) => {
        expect(asSet(merged(merged(a, b), c))).toEqual(asSet(merged(a, merged(b, c))));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('lets three browsers syncing through a companion converge', () => {
    const edit = fc.record({ replica: fc.constantFrom(0, 1, 2), log: logArb(IDS, PAGES) });
    fc.assert(
      fc.property(fc.array(fc.oneof(edit, fc.constantFrom(0, 1, 2)), { maxLength: 12 }), (ops) => {
        const replicas: LogEntry[][] = [[], [], []];
        let companion: LogEntry[] = [];
        const sync = (r: number) => {
          companion = merged(companion, replicas[r]!);
          replicas[r] = merged(replicas[r]!, companion);
        };
        for (const op of ops) {
          if (typeof op === 'number') sync(op);
          else replicas[op.replica] = merged(replicas[op.replica]!, op.log);
        }
        for (const r of [0, 1, 2, 0, 1]) sync(r);
        for (const replica of replicas) expect(asSet(replica)).toEqual(asSet(companion));
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('lets two browsers syncing through a companion converge', () => {
    const edit = fc.record({ replica: fc.constantFrom(0, 1), log: logArb(IDS, PAGES) });
    fc.assert(
      fc.property(fc.array(fc.oneof(edit, fc.constantFrom(0, 1)), { maxLength: 12 }), (ops) => {
        const replicas: LogEntry[][] = [[], []];
        let companion: LogEntry[] = [];
        const sync = (r: number) => {
          companion = merged(companion, replicas[r]!);
          replicas[r] = merged(replicas[r]!, companion);
        };
        for (const op of ops) {
          if (typeof op === 'number') sync(op);
          else replicas[op.replica] = merged(replicas[op.replica]!, op.log);
        }
        sync(0);
        sync(1);
        sync(0);
        expect(asSet(replicas[0]!)).toEqual(asSet(companion));
        expect(asSet(replicas[1]!)).toEqual(asSet(companion));
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
