import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type BackgroundDeps } from '../../../entrypoints/background/handlers';
import type { BadgeView } from '../../../utils/toolbar/badge-view';
import { contract } from '../../../utils/messaging/contract';
import { openLogStore, type LogStore } from '../../../utils/log/store';
import { createTabStateStore, type SessionArea } from '../../../utils/toolbar/tab-state';
import { sampleFields, sampleRecord } from '../log/sample';

import type { RenderedPage } from '../../../utils/extract/rendered-page';

// What the content script sends for a wire release: its rendered text, raw, with a menu still in it.
const snapshot = (url: string): RenderedPage => ({
  url,
  canonical: '',
  title: 'Acme Opens Plant in Ohio',
  lang: 'en',
  section: '',
  jsonLd: [],
  text: [
    'Home\tNews',
    'Acme Opens Plant in Ohio',
    '',
    'NEW YORK, March 3, 2026 /PRNewswire/ -- Acme Corp. today announced that it will open a new plant in Ohio, creating 400 jobs over the next three years in the region.',
    'Media Contact: Jane Doe, jane@acme.example',
  ].join('\n'),
  menus: ['Home\tNews'],
  headings: ['Acme Opens Plant in Ohio'],
  h1: 'Acme Opens Plant in Ohio',
  incomplete: false,
});

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

  it('page:snapshot runs the detector on the snapshot, stores its verdict for the sending tab and sets its badge', async () => {
    const { handlers, badges } = setup();
    await handlers['page:snapshot']({ page: snapshot('https://wire.example/r/1'), failed: null }, content(4, 'https://wire.example/r/1'));
    expect(badges.get(4)).toMatchObject({ text: 'PR', title: expect.stringMatching(/^PressClip: press release \(\d+%\) — Wire-service dateline/) });
    const state = await handlers['tab:state']({ tabId: 4 }, page);
    expect(state.url).toBe('https://wire.example/r/1');
    expect(state.detection).toMatchObject({ isPressRelease: true, incomplete: false });
    expect(state.detection?.signals).toContain('Media-contact block: \'media contact: jane doe, jane@acme.example\'');
  });

  it('page:snapshot of a page that is not a release sets no release badge', async () => {
    const { handlers, badges } = setup();
    const news = { ...snapshot('https://news.example/a'), title: 'Match report', h1: 'Match report', text: 'Match report\nBy Jane Reporter\nThe home side scored twice after the break, the coach said after the game on Sunday evening.', menus: [], headings: ['Match report'] };
    await handlers['page:snapshot']({ page: news, failed: null }, content(5, 'https://news.example/a'));
    expect((await handlers['tab:state']({ tabId: 5 }, page)).detection?.isPressRelease).toBe(false);
    expect(badges.get(5)?.text).not.toBe('PR');
  });

  it('page:snapshot that failed in the page is shown as "could not analyse", without the page\'s words', async () => {
    const { handlers, badges } = setup();
    await handlers['page:snapshot']({ page: null, failed: 'TypeError' }, content(6, 'https://odd.example/'));
    expect((await handlers['tab:state']({ tabId: 6 }, page)).detection).toEqual({
      isPressRelease: false,
      score: 0,
      signals: ['The detector failed on this page (TypeError).'],
      incomplete: true,
    });
    expect(badges.get(6)?.text).toBe('?');
  });

  it("page:snapshot takes the reported URL after a pushState, but only on the sender's origin", async () => {
    const { handlers } = setup();
    const sender = content(4, 'https://spa.example/newsroom');
    await handlers['page:snapshot']({ page: snapshot('https://spa.example/newsroom/releases/42'), failed: null }, sender);
    expect((await handlers['tab:state']({ tabId: 4 }, page)).url).toBe('https://spa.example/newsroom/releases/42');
    await handlers['page:snapshot']({ page: snapshot('https://elsewhere.example/forged'), failed: null }, sender);
    expect((await handlers['tab:state']({ tabId: 4 }, page)).url).toBe('https://spa.example/newsroom');
    await handlers['page:snapshot']({ page: snapshot('not a url'), failed: null }, sender);
    expect((await handlers['tab:state']({ tabId: 4 }, page)).url).toBe('https://spa.example/newsroom');
  });

  it('page:snapshot without a tab is refused', async () => {
    const { handlers } = setup();
    await expect(handlers['page:snapshot']({ page: snapshot('https://a.example/'), failed: null }, page)).rejects.toThrow(/from a tab/);
  });

  it('tab:state reports the saved entry for the page, falling back to the tab URL', async () => {
    const url = sampleRecord().url;
    const { handlers } = setup({ tabUrl: async () => url });
    expect((await handlers['tab:state']({ tabId: 9 }, page)).savedEntryId).toBeNull();
    const { entry } = await handlers['log:save']({ fields: sampleFields() }, page);
    expect(await handlers['tab:state']({ tabId: 9 }, page)).toEqual({ url, detection: null, savedEntryId: entry.id });
  });

  it('tab:pdf-verdict puts the verdict of the popup on the badge of a PDF tab, only while the tab still shows that PDF', async () => {
    const url = 'https://gov.example/press/release.pdf';
    const detection = { isPressRelease: true, score: 0.9, signals: ['Media contact block'], incomplete: false };
    const { handlers, badges } = setup({ tabUrl: async (tabId) => (tabId === 4 ? url : 'https://gov.example/other') });
    expect(await handlers['tab:pdf-verdict']({ tabId: 5, url, detection }, page)).toEqual({ shown: false });
    expect(badges.has(5)).toBe(false);
    expect(await handlers['tab:pdf-verdict']({ tabId: 4, url, detection }, page)).toEqual({ shown: true });
    expect(badges.get(4)?.text).toBe('PR');
    expect(await handlers['tab:state']({ tabId: 4 }, page)).toMatchObject({ url, detection, pdf: true });
  });

  it('tab:extract returns a validated record', async () => {
    const { handlers } = setup();
    const { record } = await handlers['tab:extract']({ tabId: 1 }, page);
    expect(record.headline).toBe(sampleRecord().headline);
  });

  it('tab:extract passes the release text on, and drops (never the record) a text outside the allowlist', async () => {
    const releaseBody = { html: '<p>Acme &amp; co</p>', text: 'Acme & co', truncated: false };
    const ok = setup({ injectExtractor: async () => ({ ...sampleRecord(), releaseBody }) });
    expect(await ok.handlers['tab:extract']({ tabId: 1 }, page)).toEqual({ record: sampleRecord(), body: releaseBody });
    const hostile = setup({ injectExtractor: async () => ({ ...sampleRecord(), releaseBody: { ...releaseBody, html: '<p onclick="x()">a</p>' } }) });
    expect(await hostile.handlers['tab:extract']({ tabId: 1 }, page)).toEqual({ record: sampleRecord(), body: null });
  });

  it('log:save refuses a release text outside the allowlist at the message boundary', async () => {
    const { contract } = await import('../../../utils/messaging/contract');
    const parsed = contract['log:save'].request.safeParse({ fields: sampleFields(), body: { html: '<script>x</script>', text: 'x', truncated: false } });
    expect(parsed.success).toBe(false);
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
    const { document } = await handlers['log:export']({ bodies: true }, page);
    expect(document.entries[0]?.deletedAt).not.toBeNull();
  });
});

describe('per-tab state', () => {
  const detection = { isPressRelease: true, score: 0.87, signals: ['Wire-service dateline: /PRNewswire/'], incomplete: false };

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
