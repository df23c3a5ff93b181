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
  it('opened the welcome page when the add-on was installed', async () => {
    const welcome = ff.extensionUrl('welcome.html');
    const titles = async () => {
      const seen: string[] = [];
      for (const page of await ff.browser.pages()) seen.push(await page.evaluate(() => `${location.href} ${document.title}`).catch(() => ''));
      return seen;
    };
    await expect.poll(titles, { timeout: 15_000 }).toContain(`${welcome} Welcome to PressClip`);
  });

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

  it('re-detects after a single-page site opens a release with history.pushState, and after Back within the document', async () => {
    const page = await ff.browser.newPage();
    const start = `${asLocalhost(server.origin)}/spa-newsroom.html`;
    await page.goto(start);
    const before = await badgeFor(control, start);
    expect(before.text).toBe('');

    await page.click('#open-release');
    const after = await badgeFor(control, `${asLocalhost(server.origin)}/spa-newsroom.html/releases/bergen-aberdeen`);
    expect(after.tabId).toBe(before.tabId);
    expect(after.text).toBe('PR');

    // Back within the same document (popstate, no load): the newsroom again, and no badge.
    await page.goBack();
    const back = await badgeFor(control, start);
    expect(back.tabId).toBe(before.tabId);
    expect(back.text).toBe('');
  });

  it('reached nothing beyond 127.0.0.1', () => {
    expect(ff.leaks).toEqual([]);
  });
});
