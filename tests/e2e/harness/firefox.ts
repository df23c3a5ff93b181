import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

// Firefox ESR with the built MV2 extension as a temporary add-on, over WebDriver BiDi (no geckodriver
// here; see BROWSER-TESTING.md). The uuids pref pins the moz-extension:// host so tests can open pages.

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
const GECKO_ID = 'pressclip@pressclip.app';
const UUID = '5b0c1f9e-7d0a-4f7e-9a7c-2f1d3e4b5a60';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
  // moz-extension:// pages never fire 'load' under BiDi: start the navigation, then wait for the document.
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(buildDir = FIREFOX_BUILD): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  await browser.installExtension(buildDir);
  const extensionUrl = (path: string) => `moz-extension://${UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = extensionUrl(path);
      void page.goto(url).catch(() => undefined);
      await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
      return page;
    },
    close: () => browser.close(),
  };
}
