import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openLogStore, type LogStore } from '../../../utils/log/store';
import { contract } from '../../../utils/messaging/contract';
import type { LogEntry } from '../../../utils/schema/entry';
import { offlineSyncHandlers } from './offline-handlers';
import { readExportEntries } from '../../../utils/sync/import-preview';
import { SESSION_GONE } from '../../../utils/sync/import-staging';
import { isValidatedEntry } from '../../../utils/sync/read-entries';
import { isOwnBlobUrl, readImportFile } from '../../../utils/sync/read-import-file';
import { versionTag } from '../../../utils/sync/version-tag';
import { sampleEntry } from './sample-entry';

// The log page's import: the page hands the background a blob: URL of the chosen file; the background reads
// and validates it once, previews it, keeps it staged, and writes it only when the journalist confirms, in one
// transaction. Cancel, a bad file, a stale session or a write that fails part-way leave the log as it was.

const PAGE = 'chrome-extension://pressclip-id/log.html';
const fromPage = { sender: { id: 'pressclip-id', url: PAGE } };
const blobUrl = (n: number) => `blob:chrome-extension://pressclip-id/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const file = (entries: unknown[]) => JSON.stringify({ format: 'pressclip-log', version: 1, exportedAt: '2026-03-04T08:00:00.000Z', entries });
const entry = (id: string, overrides: Partial<LogEntry> = {}): LogEntry => {
  const base = sampleEntry({ id });
  return { ...base, record: { ...base.record, url: `https://n.example/${id}` }, ...overrides };
};

async function setup(files: Map<string, string>, store?: LogStore) {
  const log = store ?? (await openLogStore(new IDBFactory(), { name: 'import-file' }));
  let n = 0;
  const opened: string[] = [];
  const handlers = offlineSyncHandlers(log, {
    newId: () => `session-${++n}`,
    openFile: async (url) => {
      opened.push(url);
      const text = files.get(url);
      if (text === undefined) throw new Error('Failed to fetch');
      return new Blob([text]);
    },
  });
  return { store: log, handlers, opened };
}

describe('isOwnBlobUrl', () => {
  it('accepts only a blob the sending extension page created', () => {
    expect(isOwnBlobUrl(blobUrl(1), PAGE)).toBe(true);
    expect(isOwnBlobUrl('blob:chrome-extension://other-id/00000000-0000-4000-8000-000000000001', PAGE)).toBe(false);
    expect(isOwnBlobUrl('blob:https://evil.example/00000000-0000-4000-8000-000000000001', PAGE)).toBe(false);
    expect(isOwnBlobUrl('https://evil.example/export.json', PAGE)).toBe(false);
    expect(isOwnBlobUrl(blobUrl(1), undefined)).toBe(false);
  });
});

describe('readImportFile', () => {
  it('refuses a file over the byte cap before reading it', async () => {
    const read = await readImportFile(blobUrl(1), PAGE, async () => new Blob(['x'.repeat(2000)]), { maxBytes: 1000, maxEntries: 10, maxDepth: 32 });
    expect(read).toEqual({ ok: false, reason: 'The file is 2000 bytes; the limit is 1000.' });
  });

  it('says so when the blob cannot be fetched (revoked, or the page closed)', async () => {
    const read = await readImportFile(blobUrl(1), PAGE, async () => {
      throw new Error('Failed to fetch');
    });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(/could not be read \(Failed to fetch\); choose it again/);
  });

  it('reads a file in slices exactly as it reads it whole (repeats and invalid entries across slice edges)', async () => {
    const entries: unknown[] = Array.from({ length: 12_000 }, (_, i) => entry(`s-${i}`));
    entries[5000] = entry('s-10');
    entries[4999] = { id: 's-4999', createdAt: 'yesterday' };
    entries[11_999] = { id: 's-11999' };
    const text = file(entries);
    const sliced = await readImportFile(blobUrl(1), PAGE, async () => new Blob([text]));
    expect(sliced).toEqual(readExportEntries(text));
    expect(sliced.ok && sliced.invalid.map((problem) => problem.index)).toEqual([4999, 5000, 11_999]);
    expect(sliced.ok && sliced.invalid[1]!.reason).toBe('entry 5000: id "s-10" repeats entry 10');
    expect(sliced.ok && sliced.entries).toHaveLength(11_997);
  }, 30_000);

  it('refuses bytes that are not UTF-8', async () => {
    const read = await readImportFile(blobUrl(1), PAGE, async () => new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]));
    expect(read).toEqual({ ok: false, reason: 'The file is not UTF-8 text.' });
  });
});

describe('import of a chosen file (preview by blob URL, then apply by session)', () => {
  it('previews without writing, then Confirm writes every entry in one batch', async () => {
    const { store, handlers } = await setup(new Map([[blobUrl(1), file([entry('a'), entry('b'), { id: 'broken' }])]]));
    const reply = await handlers['log:import-preview']({ file: blobUrl(1) }, fromPage);
    expect(contract['log:import-preview'].response.parse(reply)).toBeTruthy();
    expect(reply.preview).toMatchObject({ ok: true, counts: { new: 2, updated: 0, unchanged: 0, conflict: 0, invalid: 1 }, writes: 2 });
    expect(reply.session).toBe('session-1');
    expect(await store.allEntries()).toEqual([]);
    const batch = vi.spyOn(store, 'applyBatch');
    const { result } = await handlers['log:import-apply']({ session: 'session-1' }, fromPage);
    expect(result).toMatchObject({ ok: true, counts: { new: 2, invalid: 1 }, writes: 2 });
    expect(batch).toHaveBeenCalledTimes(1);
    expect((await store.allEntries()).map((e) => e.id).sort()).toEqual(['a', 'b']);
    store.close();
  });

  it('Cancel (discard) writes nothing, and the discarded session cannot be applied', async () => {
    const { store, handlers } = await setup(new Map([[blobUrl(1), file([entry('a')])]]));
    const { session } = await handlers['log:import-preview']({ file: blobUrl(1) }, fromPage);
    await handlers['log:import-discard']({ session: session! }, fromPage);
    const { result } = await handlers['log:import-apply']({ session: session! }, fromPage);
    expect(result).toEqual({ ok: false, reason: SESSION_GONE });
    expect(await store.allEntries()).toEqual([]);
    store.close();
  });

  it('a session is applied once; a second apply of it changes nothing', async () => {
    const { store, handlers } = await setup(new Map([[blobUrl(1), file([entry('a')])]]));
    const { session } = await handlers['log:import-preview']({ file: blobUrl(1) }, fromPage);
    await handlers['log:import-apply']({ session: session! }, fromPage);
    const after = await store.allEntries();
    const { result } = await handlers['log:import-apply']({ session: session! }, fromPage);
    expect(result.ok).toBe(false);
    expect(await store.allEntries()).toEqual(after);
    store.close();
  });

  it('only the latest previewed file stays staged', async () => {
    const { store, handlers } = await setup(new Map([[blobUrl(1), file([entry('a')])], [blobUrl(2), file([entry('b')])]]));
    const first = await handlers['log:import-preview']({ file: blobUrl(1) }, fromPage);
    const second = await handlers['log:import-preview']({ file: blobUrl(2) }, fromPage);
    expect((await handlers['log:import-apply']({ session: first.session! }, fromPage)).result).toEqual({ ok: false, reason: SESSION_GONE });
    expect((await handlers['log:import-apply']({ session: second.session! }, fromPage)).result.ok).toBe(true);
    expect((await store.allEntries()).map((e) => e.id)).toEqual(['b']);
    store.close();
  });

  it('a malformed file is refused with the reason, and nothing is staged or written', async () => {
    const { store, handlers } = await setup(new Map([[blobUrl(1), '{"format":"pressclip-log","version":1,"entries":[{"id": }']]));
    await store.applyBatch([entry('kept')]);
    const before = await store.allEntries();
    const reply = await handlers['log:import-preview']({ file: blobUrl(1) }, fromPage);
    expect(reply.preview.ok).toBe(false);
    expect(!reply.preview.ok && reply.preview.reason).toMatch(/^Not valid JSON: /);
    expect(reply.session).toBeUndefined();
    expect(await store.allEntries()).toEqual(before);
    store.close();
  });

  it('a blob from another origin is not read at all', async () => {
    const foreign = 'blob:https://evil.example/00000000-0000-4000-8000-000000000001';
    const { store, handlers, opened } = await setup(new Map([[foreign, file([entry('a')])]]));
    const reply = await handlers['log:import-preview']({ file: foreign }, fromPage);
    expect(reply.preview).toEqual({ ok: false, reason: 'The file must be chosen on a PressClip page.' });
    expect(opened).toEqual([]);
    expect(await store.allEntries()).toEqual([]);
    store.close();
  });

  it('merges against the log as it is at apply time, not as it was at preview', async () => {
    const { store, handlers } = await setup(new Map([[blobUrl(1), file([entry('a', { notes: 'from the file' })])]]));
    const { session } = await handlers['log:import-preview']({ file: blobUrl(1) }, fromPage);
    await store.applyBatch([entry('a', { notes: 'local, newer', updatedAt: '2026-03-06T09:00:00.000Z' })]);
    const { result } = await handlers['log:import-apply']({ session: session! }, fromPage);
    expect(result.ok && result.counts).toMatchObject({ new: 0, conflict: 1 });
    const stored = await store.get('a');
    expect(stored?.notes).toBe('local, newer');
    // The file's version is kept as a revision (lossless), as for a file sent as text.
    expect(stored?.revisions.map((r) => r.fields.notes)).toEqual(['from the file']);
    store.close();
  });
});

describe('writing a confirmed import', () => {
  it('skips a second validation only for the entries validated while reading the file', async () => {
    const local = entry('a', { notes: 'mine' });
    const { store, handlers } = await setup(
      new Map([[blobUrl(1), file([entry('new-1'), { ...local, notes: 'edited elsewhere', updatedAt: '2026-03-05T09:00:00.000Z', supersedes: [versionTag(local)] }])]]),
    );
    await store.applyBatch([local]);
    const batch = vi.spyOn(store, 'applyBatch');
    const { session } = await handlers['log:import-preview']({ file: blobUrl(1) }, fromPage);
    await handlers['log:import-apply']({ session: session! }, fromPage);
    const [written, options] = batch.mock.calls[0]!;
    const byId = new Map((written as LogEntry[]).map((e) => [e.id, e]));
    // A new entry is the very object validated on reading; a merged one is built by the merge, so validated on write.
    expect(options?.alreadyValid?.(byId.get('new-1'))).toBe(true);
    expect(options?.alreadyValid?.(byId.get('a'))).toBe(false);
    expect(isValidatedEntry(entry('plain'))).toBe(false);
    expect((await store.get('a'))?.notes).toBe('edited elsewhere');
    store.close();
  });

  it('a write that fails at entry N leaves the log exactly as it was (one transaction)', async () => {
    const store = await openLogStore(new IDBFactory(), { name: 'fails-at-n' });
    await store.applyBatch([entry('kept', { notes: 'before' })]);
    const before = await store.allEntries();
    const batch = Array.from({ length: 50 }, (_, i) => entry(`e-${i}`));
    // Entry 37 cannot be stored (IndexedDB cannot clone a function) although it is marked as already valid.
    const poisoned = { ...batch[37]!, notes: (() => 'not data') as unknown as string };
    batch[37] = poisoned;
    batch.push(entry('kept', { notes: 'after', updatedAt: '2026-03-09T09:00:00.000Z' }));
    await expect(store.applyBatch(batch, { alreadyValid: () => true })).rejects.toThrow();
    expect(await store.allEntries()).toEqual(before);
    store.close();
  });
});
