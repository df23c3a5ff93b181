import { browser, type Browser } from 'wxt/browser';
import type { LogStore } from '../../utils/log/store';
import { NOTIFICATION_ICON } from '../../utils/triage/notification-icon';
import { PENDING_CLIP_KEY, type PendingClip } from '../../utils/triage/pending-clip';
import { extractInTab } from './extract-in-tab';

// Clipping without opening the popup: a context-menu item for the page, one for selected text (a release pasted
// into a webmail), and a keyboard shortcut for the page. The click or key press grants activeTab for that tab.

export const CLIP_PAGE_MENU = 'pressclip-clip-page';
export const CLIP_SELECTION_MENU = 'pressclip-clip-selection';
export const CLIP_PAGE_COMMAND = 'clip-page';

interface ClipDeps {
  log: () => Promise<LogStore>;
  injectExtractor: (tabId: number) => Promise<unknown>;
}

function notify(id: string, title: string, message: string) {
  return browser.notifications
    .create(id, { type: 'basic', iconUrl: NOTIFICATION_ICON, title, message })
    .catch(() => undefined);
}

export function registerClipCommands(deps: ClipDeps) {
  async function clipPage(tab: Browser.tabs.Tab | undefined) {
    if (tab?.id === undefined) return;
    try {
      const { record, body } = await extractInTab(tab.id, deps.injectExtractor);
      const { entry, created } = await (await deps.log()).save({ record }, 'page', body);
      await notify(`pressclip-clip:${entry.id}`, created ? 'Clipped to the PressClip log' : 'Updated in the PressClip log', record.headline ?? record.url);
    } catch (error) {
      await notify('pressclip-clip-error', 'PressClip could not clip this page', error instanceof Error ? error.message : String(error));
    }
  }

  async function clipSelection(tab: Browser.tabs.Tab | undefined, fallbackText: string) {
    let text = fallbackText;
    if (tab?.id !== undefined) {
      // The context menu's selectionText loses line breaks in Chrome; read the selection from the page instead.
      const [result] = await browser.scripting
        .executeScript({ target: { tabId: tab.id }, func: () => window.getSelection()?.toString() ?? '' })
        .catch(() => [undefined]);
      if (typeof result?.result === 'string' && result.result.trim() !== '') text = result.result;
    }
    const pending: PendingClip = { text: text.slice(0, 500_000), url: tab?.url ?? null };
    await browser.storage.session.set({ [PENDING_CLIP_KEY]: pending });
    await browser.tabs.create({ url: browser.runtime.getURL('/log.html#clip-selection') });
  }

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: CLIP_PAGE_MENU, title: 'Clip this page to the PressClip log', contexts: ['page'] });
      browser.contextMenus.create({ id: CLIP_SELECTION_MENU, title: 'Clip the selected text to the PressClip log', contexts: ['selection'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CLIP_PAGE_MENU) void clipPage(tab);
    else if (info.menuItemId === CLIP_SELECTION_MENU) void clipSelection(tab, info.selectionText ?? '');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== CLIP_PAGE_COMMAND) return;
    void (tab ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then((t) => t[0])).then(clipPage);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith('pressclip-clip:')) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/log.html#${encodeURIComponent(id.slice('pressclip-clip:'.length))}`) });
    void browser.notifications.clear(id);
  });
}
