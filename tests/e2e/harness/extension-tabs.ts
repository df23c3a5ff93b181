import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

// The few `chrome.*` calls evaluated inside the service worker (no @types/chrome in this project).
declare const chrome: {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
};

// Reading the extension's view of tabs from inside its service worker, and clicking its toolbar button.

// The tab id the background recorded for a page URL. PressClip has no `tabs` permission, so the
// service worker cannot read tab URLs; the per-tab state it keeps in storage.session has them.
export async function tabIdForUrl(ext: ExtensionBrowser, url: string, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await (await ext.currentWorker()).evaluate(async (wanted) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, value] of Object.entries(all)) {
        if (key.startsWith('tab:') && (value as { url?: string }).url === wanted) return Number(key.slice(4));
      }
      return null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`The background never recorded a detection for ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function tabState(ext: ExtensionBrowser, tabId: number) {
  return (await ext.currentWorker()).evaluate(async (id) => {
    const action = chrome.action;
    const [text, title] = await Promise.all([action.getBadgeText({ tabId: id }), action.getTitle({ tabId: id })]);
    return { text, title };
  }, tabId);
}

// Clicks PressClip's toolbar button on a page's tab, as a user would (Extensions.triggerAction, which
// needs --enable-unsafe-extension-debugging and the CDP pipe playwright uses). That grants activeTab
// for the tab, which the popup's "read this page" needs; the popup it opens is not driven here.
export async function clickToolbarButton(ext: ExtensionBrowser, page: Page): Promise<void> {
  const session = await ext.browserSession();
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
  if (tab.length !== 1) throw new Error(`Expected one tab at ${page.url()}, found ${tab.length}`);
  await session.send('Extensions.triggerAction' as 'Target.getTargets', {
    id: ext.extensionId,
    targetId: tab[0]!.targetId,
  } as never);
}
