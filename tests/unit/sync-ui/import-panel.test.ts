import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createImportPanel } from '../../../components/log-import/import-panel';
import type { Ask } from '../../../components/sync-status/sync-status';
import { openLogStore } from '../../../utils/log/store';
import { dispatch } from '../../../utils/messaging/receive';
import { send } from '../../../utils/messaging/send';
import { offlineSyncHandlers } from '../sync/offline-handlers';
import { sampleEntry } from '../sync/sample-entry';
import type { Handlers } from '../../../utils/messaging/receive';

// The log page's import panel against the real background handlers (through the contract's dispatch,
// as an extension page), with the log in fake-indexeddb. The panel hands the background a blob: URL of the
// chosen file; here the URL is the extension page's own, and the background opens it from this map.

const identity = { extensionId: 'pressclip', extensionOrigin: 'chrome-extension://pressclip/' };
const pageSender = { id: 'pressclip', url: 'chrome-extension://pressclip/log.html' };

afterEach(() => {
  vi.restoreAllMocks();
});

function blobUrls() {
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:chrome-extension://pressclip/${crypto.randomUUID()}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    blobs.delete(url);
  });
  return blobs;
}

async function setup() {
  const blobs = blobUrls();
  const store = await openLogStore(new IDBFactory(), { name: 'import-panel' });
  await store.save(sampleEntry());
  const handlers = offlineSyncHandlers(store, {
    newId: () => crypto.randomUUID(),
    openFile: async (url) => {
      const blob = blobs.get(url);
      if (!blob) throw new Error('Failed to fetch');
      return blob;
    },
  }) as unknown as Handlers<object>;
  const ask: Ask = (type, payload) => send((message) => dispatch(message, pageSender, identity, handlers, {}), type, payload);
  let imported = 0;
  const panel = createImportPanel(ask, () => imported++);
  document.body.replaceChildren(panel.element);
  return { store, panel, imported: () => imported, blobs };
}

const file = (text: string, name = 'log.json') => new File([text], name, { type: 'application/json' });
const texts = (selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent);

describe('Import JSON panel', () => {
  it('a malformed file shows the specific error, offers no Confirm and leaves the log unchanged', async () => {
    const { store, panel, imported } = await setup();
    const before = await store.exportDocument();
    await panel.importFile(file('{"format":"pressclip-log","version":1,"entries":[{"id": }]}', 'broken.json'));
    expect(panel.element.dataset.phase).toBe('refused');
    const error = document.querySelector('.import-error')?.textContent ?? '';
    expect(error).toMatch(/JSON/);
    expect(error.length).toBeGreaterThan(10);
    expect(texts('h3')).toEqual(['Cannot import broken.json']);
    expect(document.querySelector('.import-confirm')).toBeNull();
    expect((await store.exportDocument()).entries).toEqual(before.entries);
    expect(imported()).toBe(0);
  });

  it('a file of another kind says what it is not', async () => {
    const { store, panel } = await setup();
    const before = await store.exportDocument();
    await panel.importFile(file('{"hello":"world"}'));
    expect(panel.element.dataset.phase).toBe('refused');
    expect(document.querySelector('.import-error')?.textContent).not.toBe('');
    expect((await store.exportDocument()).entries).toEqual(before.entries);
  });

  it('previews counts and each invalid entry with its reason; Cancel writes nothing, Confirm writes', async () => {
    const { store, panel, imported, blobs } = await setup();
    const doc = {
      format: 'pressclip-log',
      version: 1,
      exportedAt: '2026-03-05T08:00:00.000Z',
      entries: [
        sampleEntry({ id: 'new-1', record: { ...sampleEntry().record, url: 'https://wire.example/new-1', headline: 'Brand new <img src=x onerror=alert(1)>' } }),
        { id: 'bad-1', createdAt: 'yesterday' },
      ],
    };
    const text = JSON.stringify(doc);
    await panel.importFile(file(text));
    expect(panel.element.dataset.phase).toBe('preview');
    expect(texts('.import-counts li')).toContain('New: 1');
    expect(texts('.import-counts li')).toContain('Invalid (skipped): 1');
    const invalid = texts('.import-invalid li');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatch(/^Entry 2 \(bad-1\): /);
    // The background read the file during the preview; the page's URL for it is gone by now.
    expect(blobs.size).toBe(0);
    (document.querySelector('.import-cancel') as HTMLButtonElement).click();
    expect(await store.get('new-1')).toBeNull();

    await panel.importFile(file(text));
    (document.querySelector('.import-confirm') as HTMLButtonElement).click();
    // Until the one transaction is done, the panel says it is writing and offers nothing to click.
    expect(panel.element.dataset.phase).toBe('writing');
    expect(document.querySelector('.import-writing')?.textContent).toBe('Writing 1 entry to your log…');
    expect((document.querySelector('.import-cancel') as HTMLButtonElement).disabled).toBe(true);
    await expect.poll(() => panel.element.dataset.phase).toBe('done');
    expect((await store.get('new-1'))?.record.headline).toBe('Brand new <img src=x onerror=alert(1)>');
    expect(imported()).toBe(1);
    // Page-derived text stayed text.
    expect(document.querySelector('img')).toBeNull();
  });
});
