import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type BackgroundDeps } from '../../../entrypoints/background/handlers';
import type { BadgeView } from '../../../utils/badge';
import { contract } from '../../../utils/messaging/contract';
import { openLogStore, type LogStore } from '../../../utils/log/store';
import { createTabStateStore, type SessionArea } from '../../../utils/tab-state';
import { sampleFields, sampleRecord } from '../log/sample';

const detection = { isPressRelease: true, score: 0.87, signals: ['Dateline with a wire-service tag: /PRNewswire/'], incomplete: false };

function setup(overrides: Partial<BackgroundDeps> = {}) {
  const badges = new Map<number, BadgeView>();
  let store: Promise<LogStore> | undefined;
  const deps: BackgroundDeps = {
    tabs: createTabStateStore(undefined),
    log: () => (store ??= openLogStore(new IDBFactory())),
    showBadge: async (tabId, view) => void badges.set(tabId, view),
    injectExtractor: async () => sampleRecord(),
    tabUrl: async () => null,
    ...overrides,
  };
  return { handlers: createHandlers(deps), badges, deps };
}

const content = (tabId: number, url: string) => ({ sender: { id: 'x', url, tab: { id: tabId } } });
const page = { sender: { id: 'x', url: 'chrome-extension://x/popup.html' } };

describe('background handlers', () => {
  it('has a handler for every message in the contract', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('page:detected stores the verdict for the sending tab and sets its badge', async () => {
    const { handlers, badges } = setup();
    await handlers['page:detected']({ detection }, content(4, 'https://wire.example/r/1'));
    expect(badges.get(4)).toEqual({
      text: 'PR',
      color: expect.any(String),
      title: 'PressClip: press release (87%) — Dateline with a wire-service tag: /PRNewswire/',
    });
    const state = await handlers['tab:state']({ tabId: 4 }, page);
    expect(state).toEqual({ url: 'https://wire.example/r/1', detection, savedEntryId: null });
  });

  it("page:detected takes the reported URL after a pushState, but only on the sender's origin", async () => {
    const { handlers } = setup();
    const sender = content(4, 'https://spa.example/newsroom');
    await handlers['page:detected']({ detection, url: 'https://spa.example/newsroom/releases/42' }, sender);
    expect((await handlers['tab:state']({ tabId: 4 }, page)).url).toBe('https://spa.example/newsroom/releases/42');
    await handlers['page:detected']({ detection, url: 'https://elsewhere.example/forged' }, sender);
    expect((await handlers['tab:state']({ tabId: 4 }, page)).url).toBe('https://spa.example/newsroom');
    await handlers['page:detected']({ detection, url: 'not a url' }, sender);
    expect((await handlers['tab:state']({ tabId: 4 }, page)).url).toBe('https://spa.example/newsroom');
  });

  it('page:detected without a tab is refused', async () => {
    const { handlers } = setup();
    await expect(handlers['page:detected']({ detection }, page)).rejects.toThrow(/from a tab/);
  });

  it('tab:state reports the saved entry for the page, falling back to the tab URL', async () => {
    const url = sampleRecord().url;
    const { handlers } = setup({ tabUrl: async () => url });
    expect((await handlers['tab:state']({ tabId: 9 }, page)).savedEntryId).toBeNull();
    const { entry } = await handlers['log:save']({ fields: sampleFields() }, page);
    expect(await handlers['tab:state']({ tabId: 9 }, page)).toEqual({ url, detection: null, savedEntryId: entry.id });
  });

  it('tab:extract returns a validated record', async () => {
    const { handlers } = setup();
    const { record } = await handlers['tab:extract']({ tabId: 1 }, page);
    expect(record.headline).toBe(sampleRecord().headline);
  });

  it('tab:extract refuses what a hostile page made the extractor return', async () => {
    const { handlers } = setup({
      injectExtractor: async () => ({ ...sampleRecord(), contacts: [{ name: 'x', emails: ['<img src=x onerror=alert(1)>'] }] }),
    });
    await expect(handlers['tab:extract']({ tabId: 1 }, page)).rejects.toThrow(/extracted record is not valid/);
  });

  it('tab:extract explains a page the browser will not let it read', async () => {
    const { handlers } = setup({
      injectExtractor: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    await expect(handlers['tab:extract']({ tabId: 1 }, page)).rejects.toThrow(/can't read this page.*chrome:\/\//);
  });

  it('tab:extract reports an extractor that crashed (no result)', async () => {
    const { handlers } = setup({ injectExtractor: async () => undefined });
    await expect(handlers['tab:extract']({ tabId: 1 }, page)).rejects.toThrow(/returned nothing/);
  });

  it('tab:extract gives up on an extractor that never answers', async () => {
    vi.useFakeTimers();
    try {
      const { handlers } = setup({ injectExtractor: () => new Promise(() => undefined), extractTimeoutMs: 5000 });
      const pending = handlers['tab:extract']({ tabId: 1 }, page);
      const assertion = expect(pending).rejects.toThrow(/longer than 5 s/);
      await vi.advanceTimersByTimeAsync(5000);
      await assertion;
    } finally {
      vi.useRealTimers();
    }
  });

  it('log handlers save, list, update, delete and export through the store', async () => {
    const { handlers } = setup();
    const { entry, created } = await handlers['log:save']({ fields: sampleFields() }, page);
    expect(created).toBe(true);
    expect((await handlers['log:list']({}, page)).entries.map((e) => e.id)).toEqual([entry.id]);
    const updated = await handlers['log:update'](
      { id: entry.id, fields: sampleFields({}, { notes: 'asked for a call' }), expectedUpdatedAt: entry.updatedAt },
      page,
    );
    expect((await handlers['log:get']({ id: entry.id }, page)).entry).toEqual(updated.entry);
    await handlers['log:delete']({ id: entry.id }, page);
    expect((await handlers['log:list']({}, page)).entries).toEqual([]);
    const { document } = await handlers['log:export']({}, page);
    expect(document.entries[0]?.deletedAt).not.toBeNull();
  });
});

describe('per-tab state', () => {
  it('survives in storage.session (a service worker restart builds a new store on the same area)', async () => {
    const area = fakeBrowser.storage.session as unknown as SessionArea;
    await createTabStateStore(area).set(5, { url: 'https://a.example/', detection });
    const afterRestart = createTabStateStore(area);
    expect(await afterRestart.get(5)).toEqual({ url: 'https://a.example/', detection });
    await afterRestart.remove(5);
    expect(await afterRestart.get(5)).toBeNull();
  });

  it('falls back to memory when storage.session is missing', async () => {
    const store = createTabStateStore(undefined);
    await store.set(1, { url: 'https://a.example/', detection });
    expect(await store.get(1)).toEqual({ url: 'https://a.example/', detection });
    expect(await store.get(2)).toBeNull();
  });
});
