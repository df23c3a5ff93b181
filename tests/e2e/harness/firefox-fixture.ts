import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { serveFolder, type StaticServer } from './server';

// The setup the Firefox e2e files share: the test pages served on 127.0.0.1, the built MV2 add-on in a fresh
// profile, and one of its own pages (`control`) to evaluate extension calls in — puppeteer cannot reach the
// MV2 background page. Everything is closed after the file (closing runs the harness's leak check).

export interface FirefoxRun {
  ff: FirefoxWithExtension;
  server: StaticServer;
  control: Page;
}

export function useFirefox(ready: (run: FirefoxRun) => void): void {
  let run: Partial<FirefoxRun> = {};
  beforeAll(async () => {
    run.server = await serveFolder(resolve(import.meta.dirname, '..', 'pages'));
    run.ff = await launchFirefoxWithExtension();
    run.control = await run.ff.openExtensionPage('log.html');
    ready(run as FirefoxRun);
  });
  afterAll(async () => {
    await run.ff?.close();
    await run.server?.close();
    run = {};
  });
}

// The extension's own view, evaluated in one of its pages.
declare const browser: {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};

// The badge the background set for the tab showing `url`, once it has recorded a detection for it.
export async function badgeFor(control: Page, url: string): Promise<{ tabId: number; text: string; title: string }> {
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
