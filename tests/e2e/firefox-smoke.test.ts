import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { asLocalhost, launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { serveFolder, type StaticServer } from './harness/server';

// Firefox's default build is MV2 (browserAction, a background page, storage.session since 115):
// the detector reports, the background badges the tab, and the popup shows the verdict.

let server: StaticServer;
let ff: FirefoxWithExtension;
let control: Page;

// The extension's own view, evaluated in one of its pages (puppeteer cannot reach the MV2 background page).
declare const browser: {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};

async function badgeFor(url: string): Promise<{ tabId: number; text: string; title: string }> {
  const handle = await control.waitForFunction(
    async (wanted: string) => {
      const all = await browser.storage.session.get(null);
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && (v as { url?: string }).url === wanted);
      if (!hit) return null;
      const tabId = Number(hit[0].slice(4));
      const [text, title] = await Promise.all([
        browser.browserAction.getBadgeText({ tabId }),
        browser.browserAction.getTitle({ tabId }),
      ]);
      return { tabId, text, title };
    },
    { timeout: 15_000, polling: 200 },
    url,
  );
  return (await handle.jsonValue()) as { tabId: number; text: string; title: string };
}

beforeAll(async () => {
  server = await serveFolder(resolve(import.meta.dirname, 'pages'));
  ff = await launchFirefoxWithExtension();
  control = await ff.openExtensionPage('log.html');
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('Firefox (MV2) smoke', () => {
  it('badges a wire-style release and not a news article; the popup explains a page it may not read', async () => {
    const release = await ff.browser.newPage();
    await release.goto(`${asLocalhost(server.origin)}/wire-release.html`);
    const pr = await badgeFor(`${asLocalhost(server.origin)}/wire-release.html`);
    expect(pr.text).toBe('PR');
    expect(pr.title).toMatch(/^PressClip: press release \(\d+%\) — \S/);

    const news = await ff.browser.newPage();
    await news.goto(`${asLocalhost(server.origin)}/news-article.html`);
    const none = await badgeFor(`${asLocalhost(server.origin)}/news-article.html`);
    expect(none.text).toBe('');

    const popup = await ff.openExtensionPage(`popup.html?tabId=${pr.tabId}`);
    await popup.waitForFunction(() => /looks like a press release/.test(document.querySelector('.verdict')?.textContent ?? ''));
    // Nothing clicked the toolbar button here, so Firefox has not granted activeTab: reading the page must
    // fail with the popup's plain explanation, not a blank popup or an unhandled error.
    await popup.waitForFunction(() => /^PressClip can't read this page/.test(document.querySelector('.editor .error')?.textContent ?? ''));
  });

  it('reached nothing beyond 127.0.0.1', () => {
    expect(ff.leaks).toEqual([]);
  });
});
