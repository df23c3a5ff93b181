import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';

// Debian's Chromium with the built MV3 extension loaded into a throwaway profile (see BROWSER-TESTING.md).

export const CHROME_BUILD = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export interface ExtensionBrowser {
  ctx: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(path: string): string;
  // A browser-level CDP session (for Extensions.* and Target.* commands), opened on first use.
  browserSession(): Promise<CDPSession>;
  close(): Promise<void>;
}

export async function launchWithExtension(buildDir = CHROME_BUILD): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'pressclip-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    acceptDownloads: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${buildDir}`,
      `--load-extension=${buildDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Lets the harness click the toolbar button over CDP (Extensions.triggerAction), which grants activeTab.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let session: Promise<CDPSession> | undefined;
  return {
    ctx,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    browserSession() {
      const browser = ctx.browser();
      if (!browser) return Promise.reject(new Error('No browser-level CDP connection.'));
      return (session ??= browser.newBrowserCDPSession());
    },
    async close() {
      await ctx.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
