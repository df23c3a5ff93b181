import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import { startProxyTrap } from './proxy-trap';

// Debian's Chromium with the built MV3 extension loaded into a throwaway profile (see BROWSER-TESTING.md).

export const CHROME_BUILD = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export interface ExtensionBrowser {
  ctx: BrowserContext;
  // The service worker as first started; after stopServiceWorker() use currentWorker().
  worker: Worker;
  currentWorker(): Promise<Worker>;
  // Stops the MV3 service worker as Chrome does after ~30 s idle; the next event or message restarts it.
  stopServiceWorker(): Promise<void>;
  extensionId: string;
  extensionUrl(path: string): string;
  // A fast stopper for repeated kills: one CDP session kept open on a page of its own.
  serviceWorkerKiller(): Promise<{ kill(): Promise<void>; close(): Promise<void> }>;
  // A browser-level CDP session (for Extensions.* and Target.* commands), opened on first use.
  browserSession(): Promise<CDPSession>;
  // Requests that tried to leave 127.0.0.1 from any context (pages, popup, service worker, the browser
  // itself): Chromium's proxy is a recording trap, which loopback addresses bypass.
  leaks: string[];
  // Closes the browser and FAILS (throws) if anything tried to leave 127.0.0.1 during the run, so every
  // e2e file that launches the extension checks it in its afterAll.
  close(): Promise<void>;
}

// PressClip opens its welcome page when installed, as into this fresh profile; it is closed before the tests
// start, so each begins in a browser with no tab of the extension's open (welcome.test.ts keeps it to test it).
async function closeWelcomePage(ctx: BrowserContext, extensionId: string, timeoutMs = 10_000): Promise<void> {
  const welcome = `chrome-extension://${extensionId}/welcome.html`;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const page = ctx.pages().find((p) => p.url() === welcome);
    if (page) return page.close();
  }
}

// `profile`: a profile folder to reuse (a browser restarted on the same profile); the caller removes it then. A
// reused profile has PressClip installed already, so no welcome page opens there.
// `extensionId`: the extension's id in that profile: a restarted browser does not start an MV3 service worker
// until something needs it, so an extension page is opened to wake it.
export async function launchWithExtension(
  buildDir = CHROME_BUILD,
  options: { keepWelcome?: boolean; profile?: string; extensionId?: string } = {},
): Promise<ExtensionBrowser> {
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'pressclip-e2e-')));
  const trap = await startProxyTrap();
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
      // Every non-loopback request goes to the trap (Chromium never proxies 127.0.0.1 / localhost).
      `--proxy-server=http://127.0.0.1:${trap.port}`,
    ],
  });
  if (options.extensionId && ctx.serviceWorkers().length === 0) {
    const waking = ctx.waitForEvent('serviceworker');
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${options.extensionId}/log.html`);
    await waking;
    await page.close();
  }
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (!options.keepWelcome && !options.profile) await closeWelcomePage(ctx, extensionId);
  let session: Promise<CDPSession> | undefined;
  return {
    ctx,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async currentWorker() {
      const workers = ctx.serviceWorkers();
      return workers[workers.length - 1] ?? (await ctx.waitForEvent('serviceworker'));
    },
    async stopServiceWorker() {
      // The ServiceWorker domain lives on page targets; any page of the profile will do.
      const page = await ctx.newPage();
      try {
        const cdp = await ctx.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await page.close();
      }
    },
    async serviceWorkerKiller() {
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      return {
        kill: async () => void (await cdp.send('ServiceWorker.stopAllWorkers')),
        close: () => page.close(),
      };
    },
    browserSession() {
      const browser = ctx.browser();
      if (!browser) return Promise.reject(new Error('No browser-level CDP connection.'));
      return (session ??= browser.newBrowserCDPSession());
    },
    leaks: trap.leaks,
    async close() {
      await ctx.close();
      await trap.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
      if (trap.leaks.length > 0) throw new Error(`Requests left 127.0.0.1 during the run: ${trap.leaks.join(', ')}`);
    },
  };
}
