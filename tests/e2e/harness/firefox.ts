import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startProxyTrap, type ProxyTrap } from './proxy-trap';

// Firefox ESR with the built MV2 extension as a temporary add-on, over WebDriver BiDi (no geckodriver
// here; see BROWSER-TESTING.md). The uuids pref pins the moz-extension:// host so tests can open pages.

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
const GECKO_ID = 'pressclip@pressclip.app';
const UUID = '5b0c1f9e-7d0a-4f7e-9a7c-2f1d3e4b5a60';
// CustomizableUI's id for an extension's toolbar button: the add-on id with every non-word character as "_".
const WIDGET_ID = `${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;

// The test server's pages as http://localhost:<port>: the manifest's host permission for http://127.0.0.1/*
// (the companion) would let the extension script 127.0.0.1 pages without any click, hiding whether
// the toolbar click really granted activeTab. Firefox never sends localhost through the proxy trap.
export const asLocalhost = (origin: string) => origin.replace('//127.0.0.1:', '//localhost:');

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
  // moz-extension:// pages never fire 'load' under BiDi: start the navigation, then wait for the document.
  openExtensionPage(path: string): Promise<Page>;
  // Clicks PressClip's toolbar button with `page` as the selected tab, in the browser's own window.
  clickToolbarButton(page: Page): Promise<void>;
  // Where Firefox saves downloads (no dialog).
  downloadDir: string;
  // Every request that tried to leave 127.0.0.1 (sent to a recording proxy that refuses them);
  // close() throws if there is any.
  leaks: string[];
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export async function launchFirefoxWithExtension(buildDir = FIREFOX_BUILD): Promise<FirefoxWithExtension> {
  const downloadDir = await mkdtemp(join(tmpdir(), 'pressclip-ff-dl-'));
  const trap: ProxyTrap = await startProxyTrap();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Lets BiDi evaluate in the browser window (chrome scope), where the toolbar button lives.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // Every non-loopback request goes to the trap; Firefox never proxies 127.0.0.1/localhost.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': trap.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': trap.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(buildDir);
  const extensionUrl = (path: string) => `moz-extension://${UUID}/${path.replace(/^\//, '')}`;
  // puppeteer's BiDi session; `connection` is public on its BiDi Browser but not in the typings.
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;

  async function evaluateInChrome(expression: string): Promise<unknown> {
    const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const [top] = tree.result.contexts as { context: string }[];
    if (!top) throw new Error('No browser window to click in.');
    const answer = await bidi.send('script.evaluate', { expression, target: { context: top.context }, awaitPromise: true });
    if (answer.result.type !== 'success') throw new Error(`Chrome-scope evaluation failed: ${JSON.stringify(answer.result)}`);
    return (answer.result.result as { value?: unknown }).value;
  }

  return {
    browser,
    extensionUrl,
    downloadDir,
    leaks: trap.leaks,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = extensionUrl(path);
      void page.goto(url).catch(() => undefined);
      // Polled with plain evaluations: a waitForFunction dies with "Waiting failed" when about:blank's
      // realm goes away under it, and does not recover.
      const deadline = Date.now() + 15_000;
      let seen = '';
      while (Date.now() < deadline) {
        seen = await page.evaluate(() => `${location.href} ${document.readyState}`).catch((e: unknown) => String(e));
        if (seen === `${url} complete`) return page;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${url} did not load; last seen: ${seen}`);
    },
    async clickToolbarButton(page) {
      await page.bringToFront();
      const wanted = page.url();
      // Firefox keeps extension buttons in the Extensions panel by default; pinning it to the toolbar
      // (what a user does from that panel) and clicking it is the real user action that grants activeTab.
      const clicked = await evaluateInChrome(`(() => {
        if (gBrowser.selectedBrowser.currentURI.spec !== ${JSON.stringify(wanted)}) return 'wrong tab: ' + gBrowser.selectedBrowser.currentURI.spec;
        const id = ${JSON.stringify(WIDGET_ID)};
        if (CustomizableUI.getPlacementOfWidget(id)?.area !== CustomizableUI.AREA_NAVBAR) CustomizableUI.addWidgetToArea(id, CustomizableUI.AREA_NAVBAR);
        const widget = document.getElementById(id);
        const button = widget && (widget.querySelector('.unified-extensions-item-action-button') ?? widget);
        if (!button) return 'no button';
        button.click();
        return 'clicked';
      })()`);
      if (clicked !== 'clicked') throw new Error(`Could not click PressClip's toolbar button: ${String(clicked)}`);
      // The click opens the real popup panel on the selected tab; close it so the tests drive their own copy.
      await evaluateInChrome(`(() => { for (const p of document.querySelectorAll('panel[panelopen="true"], panel[open]')) p.hidePopup?.(); return true; })()`);
    },
    async close() {
      await browser.close();
      await trap.close();
      await rm(downloadDir, { recursive: true, force: true });
      // Fails the afterAll of every Firefox e2e file if anything but the browser's own services left 127.0.0.1.
      if (trap.leaks.length > 0) throw new Error(`Requests left 127.0.0.1 during the run: ${trap.leaks.join(', ')}`);
    },
  };
}
