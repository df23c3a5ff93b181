import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness/chromium';
import { useChromium } from './harness/fixture';
import { tabIdForUrl, tabState } from './harness/extension-tabs';
import type { StaticServer } from './harness/server';

// The verdict follows the page shown in the tab: a single-page newsroom opening a release in place
// (history.pushState), and going back and forward between pages. (Headless Chromium here reloads on
// back/forward instead of restoring from the bfcache, so the detector's pageshow branch is not exercised.)

let server: StaticServer;
let ext: ExtensionBrowser;

useChromium({ timeoutMs: 10_000 }, (run) => ({ server, ext } = run));

describe('navigation within a tab', () => {
  it('re-detects after a pushState navigation, and after going back within the document', async () => {
    const page = await ext.ctx.newPage();
    const start = `${server.origin}/spa-newsroom.html`;
    await page.goto(start);
    const tabId = await tabIdForUrl(ext, start);
    expect((await tabState(ext, tabId)).text).toBe('');

    await page.click('#open-release');
    const releaseUrl = `${server.origin}/spa-newsroom.html/releases/bergen-aberdeen`;
    expect(await tabIdForUrl(ext, releaseUrl)).toBe(tabId);
    expect((await tabState(ext, tabId)).text).toBe('PR');

    // Back within the same document (popstate, no load): the newsroom again, and no badge.
    await page.goBack();
    expect(page.url()).toBe(start);
    expect(await tabIdForUrl(ext, start)).toBe(tabId);
    expect((await tabState(ext, tabId)).text).toBe('');
  });

  it('shows the right badge after going back and forward', async () => {
    const page = await ext.ctx.newPage();
    const release = `${server.origin}/wire-release.html`;
    const news = `${server.origin}/news-article.html`;
    await page.goto(release);
    const tabId = await tabIdForUrl(ext, release);
    expect((await tabState(ext, tabId)).text).toBe('PR');

    await page.goto(news);
    expect(await tabIdForUrl(ext, news)).toBe(tabId);
    expect((await tabState(ext, tabId)).text).toBe('');

    await page.goBack();
    expect(await tabIdForUrl(ext, release)).toBe(tabId);
    expect((await tabState(ext, tabId)).text).toBe('PR');

    await page.goForward();
    expect(await tabIdForUrl(ext, news)).toBe(tabId);
    expect((await tabState(ext, tabId)).text).toBe('');
  });
});
