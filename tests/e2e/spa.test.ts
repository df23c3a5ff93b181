import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { tabIdForUrl, tabState } from './harness/extension-tabs';
import { serveFolder, type StaticServer } from './harness/server';

// A single-page newsroom opens a release in place (history.pushState): the detector reports again for the
// new URL, and the badge follows.

let server: StaticServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFolder(resolve(import.meta.dirname, 'pages'));
  ext = await launchWithExtension();
  ext.ctx.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('single-page sites', () => {
  it('re-detects after a pushState navigation', async () => {
    const page = await ext.ctx.newPage();
    const start = `${server.origin}/spa-newsroom.html`;
    await page.goto(start);
    const tabId = await tabIdForUrl(ext, start);
    expect((await tabState(ext, tabId)).text).toBe('');

    await page.click('#open-release');
    const releaseUrl = `${server.origin}/spa-newsroom.html/releases/bergen-aberdeen`;
    expect(await tabIdForUrl(ext, releaseUrl)).toBe(tabId);
    expect((await tabState(ext, tabId)).text).toBe('PR');
  });
});
