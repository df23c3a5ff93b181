import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { clickToolbarButton, tabIdForUrl } from './harness/extension-tabs';
import { serveFolder, type StaticServer } from './harness/server';

// Markup written as text on a page (a headline or contact name holding "<img onerror=…>") must reach the
// popup and the log page as text: no element is ever built from it.

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

const injected = (page: Page) =>
  page.evaluate(() => ({
    title: document.title,
    // Elements built from the page's text would carry its handlers or its javascript: link.
    elements: document.querySelectorAll('[onerror], [onload], a[href^="javascript:" i]').length,
  }));

describe('hostile page', () => {
  it('shows page markup as text in the popup and the log page', async () => {
    const page = await ext.ctx.newPage();
    const url = `${server.origin}/hostile-release.html`;
    await page.goto(url);
    const tabId = await tabIdForUrl(ext, url);
    await clickToolbarButton(ext, page);

    const popup = await ext.ctx.newPage();
    await popup.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
    const headline = popup.getByLabel('Headline', { exact: true });
    await headline.waitFor();
    expect(await headline.inputValue()).toContain(`<img src=x onerror="document.title='pwned'">`);
    const before = await injected(popup);
    expect(before).toEqual({ title: 'PressClip', elements: 0 });

    await popup.getByRole('button', { name: 'Save to log' }).click();
    await popup.getByText('Saved', { exact: true }).waitFor();
    expect(await injected(popup)).toEqual(before);

    const log = await ext.ctx.newPage();
    await log.goto(ext.extensionUrl('log.html'));
    await log.getByText(`Northwind Labs <img src=x onerror="document.title='pwned'"> Launches Sensor Kit`).first().waitFor();
    const logPage = await injected(log);
    expect(logPage.title).not.toBe('pwned');
    expect(logPage.elements).toBe(0);
  });
});
