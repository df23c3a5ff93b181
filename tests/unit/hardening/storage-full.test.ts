import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLogStore, type LogStore } from '../../../utils/log/store';
import { PAGE_SIZE } from '../../../utils/log/log-pages';
import { LogStorageError } from '../../../utils/log/storage-errors';
import { dispatch } from '../../../utils/messaging/receive';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { createTabStateStore } from '../../../utils/toolbar/tab-state';
import { LogExportSchema, LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION } from '../../../utils/schema/log-export';
import { sampleFields } from '../log/sample';

// When IndexedDB refuses a write (quota exceeded, or the transaction aborted under it), the journalist gets
// a plain message, no batch is half-applied and the log can still be exported.

let store: LogStore;
let clock: number;
const realPut = IDBObjectStore.prototype.put;

beforeEach(async () => {
  clock = Date.parse('2026-03-03T10:00:00.000Z');
  let n = 0;
  store = await openLogStore(new IDBFactory(), { now: () => new Date((clock += 1000)), newId: () => `entry-${++n}` });
});
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
  store.close();
});

// The Nth put from now on (1-based) and every later one fail the way a full disk does.
function failPutsFrom(nth: number, how: 'quota' | 'abort') {
  let count = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    count += 1;
    if (count < nth) return realPut.apply(this, args);
    if (how === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    // The request is accepted, then the browser kills the transaction (AbortError on tx.done).
    const request = realPut.apply(this, args);
    this.transaction.abort();
    return request;
  } as IDBObjectStore['put'];
}

const identity = { extensionId: 'pressclip-id', extensionOrigin: 'chrome-extension://pressclip-id/' };
const fromPopup = { id: 'pressclip-id', url: 'chrome-extension://pressclip-id/popup.html' };

function backgroundFor(log: LogStore) {
  return createHandlers({
    tabs: createTabStateStore(undefined),
    log: async () => log,
    showBadge: async () => undefined,
    injectExtractor: async () => undefined,
    tabUrl: async () => null,
  });
}

async function exportedIds(): Promise<string[]> {
  const doc = LogExportSchema.parse(await store.exportDocument());
  return doc.entries.map((e) => e.id).sort();
}

describe('storage full', () => {
  for (const how of ['quota', 'abort'] as const) {
    it(`save (${how}): a clear message, nothing stored, export still works`, async () => {
      await store.save(sampleFields({ url: 'https://wire.example/a' }));
      failPutsFrom(1, how);
      const error = await store.save(sampleFields({ url: 'https://wire.example/b' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LogStorageError);
      expect((error as Error).message).toMatch(how === 'quota' ? /storage for PressClip is full\. Nothing was changed/ : /refused to write the log \(AbortError/);
      IDBObjectStore.prototype.put = realPut;
      expect(await exportedIds()).toEqual(['entry-1']);
    });

    it(`applyBatch (${how}): a put failing mid-batch leaves none of the batch written`, async () => {
      const first = await store.save(sampleFields({ url: 'https://wire.example/a' }));
      // The log is stored in pages of PAGE_SIZE entries: this batch writes two pages, and the second put fails.
      const batch = [
        { ...first.entry, notes: 'changed by the batch', updatedAt: '2026-03-04T00:00:00.000Z' },
        ...Array.from({ length: PAGE_SIZE }, (_, i) => ({ ...first.entry, id: `imported-${i}`, record: { ...first.entry.record, url: `https://wire.example/i${i}` } })),
      ];
      failPutsFrom(2, how);
      await expect(store.applyBatch(batch)).rejects.toBeInstanceOf(LogStorageError);
      IDBObjectStore.prototype.put = realPut;
      expect(await exportedIds()).toEqual(['entry-1']);
      expect((await store.get(first.entry.id))?.notes).toBe(first.entry.notes);
    });
  }

  it('update and delete report the same plain message and change nothing', async () => {
    const { entry } = await store.save(sampleFields());
    failPutsFrom(1, 'quota');
    await expect(store.update(entry.id, sampleFields({}, { notes: 'x' }), entry.updatedAt)).rejects.toThrow(/full\. Nothing was changed/);
    await expect(store.remove(entry.id)).rejects.toThrow(/full\. Nothing was changed/);
    IDBObjectStore.prototype.put = realPut;
    expect(await store.get(entry.id)).toEqual(entry);
  });

  it('the popup and the log page receive the message through the contract; export still answers', async () => {
    const handlers = backgroundFor(store);
    await store.save(sampleFields({ url: 'https://wire.example/a' }));
    failPutsFrom(1, 'quota');
    const saved = await dispatch({ type: 'log:save', payload: { fields: sampleFields({ url: 'https://wire.example/b' }) } }, fromPopup, identity, handlers, {});
    expect(saved).toEqual({ ok: false, error: expect.stringMatching(/^Could not save the entry: the browser's storage for PressClip is full/) });
    const exported = await dispatch({ type: 'log:export', payload: {} }, fromPopup, identity, handlers, {});
    expect(exported.ok).toBe(true);
    expect(exported.ok && LogExportSchema.parse((exported.data as { document: unknown }).document).entries).toHaveLength(1);
  });

  it('a JSON import that cannot be written is refused whole', async () => {
    const handlers = backgroundFor(store);
    const { entry } = await store.save(sampleFields({ url: 'https://wire.example/a' }));
    // Two pages' worth (utils/log/log-pages.ts), so the failing put comes after one that succeeded.
    const incoming = Array.from({ length: PAGE_SIZE + 10 }, (_, i) => ({
      ...entry,
      id: `imported-${i}`,
      record: { ...entry.record, url: `https://wire.example/imported-${i}` },
    }));
    const text = JSON.stringify({ format: LOG_EXPORT_FORMAT, version: LOG_EXPORT_VERSION, exportedAt: '2026-03-05T00:00:00.000Z', entries: incoming });
    failPutsFrom(2, 'abort');
    const reply = await dispatch({ type: 'log:import-apply', payload: { text } }, fromPopup, identity, handlers, {});
    IDBObjectStore.prototype.put = realPut;
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/refused to write the log .*Nothing was changed/);
    expect(await exportedIds()).toEqual(['entry-1']);
  });

  it('errors that are not IndexedDB failures keep their own message', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(store.update('missing', sampleFields(), null)).rejects.toThrow('No log entry with id "missing".');
    spy.mockRestore();
  });
});
