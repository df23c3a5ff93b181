import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { asLocalhost, type FirefoxWithExtension } from './harness/firefox';
import { badgeFor, useFirefox } from './harness/firefox-fixture';
import type { StaticServer } from './harness/server';

// Firefox's default build is MV2 (browserAction, a background page, storage.session since 115):
// the detector reports, the background badges the tab, and the popup shows the verdict.

let server: StaticServer;
let ff: FirefoxWithExtension;
let control: Page;

useFirefox((run) => ({ server, ff, control } = run));

describe('Firefox (MV2) smoke', () => {
  it('badges a wire-style release and not a news article; the popup explains a page it may not read', async () => {
    const release = await ff.browser.newPage();
    await release.goto(`${asLocalhost(server.origin)}/wire-release.html`);
    const pr = await badgeFor(control, `${asLocalhost(server.origin)}/wire-release.html`);
    expect(pr.text).toBe('PR');
    expect(pr.title).toMatch(/^PressClip: press release \(\d+%\) — \S/);

    const news = await ff.browser.newPage();
    await news.goto(`${asLocalhost(server.origin)}/news-article.html`);
    const none = await badgeFor(control, `${asLocalhost(server.origin)}/news-article.html`);
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
