import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLogStore } from '../../../utils/log/store';
import type { LogEntry } from '../../../utils/schema/entry';
import { confirmImport } from '../../../utils/sync/confirm-import';
import { offlineSyncHandlers } from './offline-handlers';
import { DEFAULT_IMPORT_LIMITS, previewImport } from '../../../utils/sync/import-preview';
import { versionTag } from '../../../utils/sync/version-tag';
import { sampleEntry } from './sample-entry';

// Big logs: a journalist's own export of a large log comes back in as one file, and the merge against a large
// log gives the same answers as for a small one. Correctness only; speed is measured by `npm run bench`.

const file = (entries: unknown[]) => JSON.stringify({ format: 'pressclip-log', version: 1, exportedAt: '2026-03-04T08:00:00.000Z', entries });
const pad = (i: number) => String(i).padStart(6, '0');
function entry(id: string, url: string, overrides: Partial<LogEntry> = {}): LogEntry {
  const base = sampleEntry({ id });
  return { ...base, record: { ...base.record, url }, ...overrides };
}

describe('import caps', () => {
  it('admit the export of a log of 100,000+ entries as one file, with a byte cap to match', () => {
    expect(DEFAULT_IMPORT_LIMITS.maxEntries).toBeGreaterThanOrEqual(250_000);
    // An exported entry with contacts, history and notes runs about 1.5 KB.
    expect(DEFAULT_IMPORT_LIMITS.maxBytes).toBeGreaterThanOrEqual(DEFAULT_IMPORT_LIMITS.maxEntries * 1500);
  });

  it('an export above the old 10,000 cap imports whole into an empty log', async () => {
    const source = await openLogStore(new IDBFactory(), { name: 'big-src' });
    await source.applyBatch(Array.from({ length: 12_000 }, (_, i) => entry(`e-${pad(i)}`, `https://n.example/${i}`)));
    const text = JSON.stringify(await source.exportDocument());
    source.close();

    const target = await openLogStore(new IDBFactory(), { name: 'big-dst' });
    const result = await confirmImport(text, target);
    expect(result.ok && result.counts).toEqual({ new: 12_000, updated: 0, unchanged: 0, conflict: 0, invalid: 0 });
    const stored = await target.allEntries();
    expect(stored).toHaveLength(12_000);
    expect(stored.find((e) => e.id === 'e-011999')?.record.url).toBe('https://n.example/11999');
    target.close();
    // fake-indexeddb writes 12,000 entries slowly; the limit is not a speed check.
  }, 120_000);
});

describe('merging a large file into a large log', () => {
  it('sorts every entry into unchanged, updated, new and same-page pairs, and writes only what changed', () => {
    const N = 5000;
    const local = Array.from({ length: 4 * N }, (_, i) => entry(`L-${pad(i)}`, `https://n.example/${i}`));
    const incoming: LogEntry[] = [];
    // Unchanged copies.
    for (let i = 0; i < N; i++) incoming.push(local[i]!);
    // Edited on the other machine, built on our version.
    for (let i = N; i < 2 * N; i++) {
      incoming.push({ ...local[i]!, notes: `edited ${i}`, updatedAt: '2026-03-05T09:00:00.000Z', supersedes: [versionTag(local[i]!)] });
    }
    // New entries.
    for (let i = 0; i < N; i++) incoming.push(entry(`N-${pad(i)}`, `https://other.example/${i}`));
    // The same pages clipped separately on the other machine, under other ids ("Z-" sorts after "L-").
    for (let i = 3 * N; i < 4 * N; i++) incoming.push({ ...local[i]!, id: `Z-${pad(i)}` });

    const preview = previewImport(file(incoming), local);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.counts).toEqual({ new: N, updated: 2 * N, unchanged: N, conflict: 0, invalid: 0 });
    const written = new Map(preview.toWrite.map((e) => [e.id, e]));
    // The edits, the new entries and a tombstone for each absorbed id; nothing unchanged is rewritten.
    expect(written.size).toBe(3 * N);
    expect(written.get(`L-${pad(N)}`)?.notes).toBe(`edited ${N}`);
    expect(written.has(`L-${pad(0)}`)).toBe(false);
    expect(written.has(`L-${pad(3 * N)}`)).toBe(false);
    expect(written.get(`N-${pad(N - 1)}`)?.record.url).toBe(`https://other.example/${N - 1}`);
    expect(written.get(`Z-${pad(4 * N - 1)}`)?.deletedAt).not.toBeNull();
    expect(preview.outcomes.find((o) => o.id === `Z-${pad(3 * N)}`)?.outcome).toBe('updated');
  }, 120_000);
});

describe('apply after preview', () => {
  async function setup() {
    const store = await openLogStore(new IDBFactory(), { name: 'reuse' });
    const handlers = offlineSyncHandlers(store, {
      newId: () => 'id',
    });
    return { store, handlers };
  }
  const ctx = { sender: {} };

  it('writes the file it is sent, not the one previewed before', async () => {
    const { store, handlers } = await setup();
    const previewed = file([entry('a', 'https://n.example/a')]);
    const sent = file([entry('b', 'https://n.example/b')]);
    await handlers['log:import-preview']({ text: previewed }, ctx);
    const { result } = await handlers['log:import-apply']({ text: sent }, ctx);
    expect(result.ok && result.counts.new).toBe(1);
    expect((await store.allEntries()).map((e) => e.id)).toEqual(['b']);
    store.close();
  });

  it('merges the previewed file against the log as it is at apply time', async () => {
    const { store, handlers } = await setup();
    const text = file([entry('a', 'https://n.example/a', { notes: 'from the file' })]);
    const { preview } = await handlers['log:import-preview']({ text }, ctx);
    expect(preview.ok && preview.counts.new).toBe(1);
    // Meanwhile the same id was written here, newer.
    await store.applyBatch([entry('a', 'https://n.example/a', { notes: 'local, newer', updatedAt: '2026-03-06T09:00:00.000Z' })]);
    const { result } = await handlers['log:import-apply']({ text }, ctx);
    expect(result.ok && result.counts.new).toBe(0);
    expect((await store.get('a'))?.notes).toBe('local, newer');
    store.close();
  });

  it('a bad file changes nothing, previewed or not', async () => {
    const { store, handlers } = await setup();
    await store.applyBatch([entry('a', 'https://n.example/a')]);
    const before = await store.allEntries();
    const bad = '{"format":"pressclip-log","version":1,"entries":[{"id":';
    const { preview } = await handlers['log:import-preview']({ text: bad }, ctx);
    expect(preview.ok).toBe(false);
    const { result } = await handlers['log:import-apply']({ text: bad }, ctx);
    expect(result.ok).toBe(false);
    expect(await store.allEntries()).toEqual(before);
    store.close();
  });
});
