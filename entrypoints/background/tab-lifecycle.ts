import { badgeFor, type BadgeView } from '../../utils/toolbar/badge-view';
import type { TabStateStore } from '../../utils/toolbar/tab-state';

// A tab's verdict belongs to one page: a new navigation clears it (the detector reports again once the
// new page is idle) and a closed tab's state is dropped from storage.session.
// A navigation within the document (a single-page site's pushState) loads no new page and so no new detector: the
// tab's detector is asked to read the page again (`rescan`). Telling it from here saves every page in Chrome a
// watcher of its own (the Navigation API's wrapper and listener: ~0.1-0.2 ms per page in issue 3's trace bench).
// The detector ignores the request when its document's URL did not change (a load that has not yet replaced it).
// Firefox reports no such navigation without the "tabs" permission; its detector keeps watching for itself.

interface TabEvents {
  onUpdated: { addListener(cb: (tabId: number, changeInfo: { status?: string }) => void): void };
  onRemoved: { addListener(cb: (tabId: number) => void): void };
}

export function registerTabLifecycle(
  events: TabEvents,
  state: TabStateStore,
  showBadge: (tabId: number, view: BadgeView) => Promise<void>,
  rescan: (tabId: number) => Promise<void>,
): void {
  events.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'loading') return;
    void state.remove(tabId);
    // The tab may already be gone (closed mid-load); nothing to clear then.
    void showBadge(tabId, badgeFor(null)).catch(() => undefined);
    // No detector may be listening (a page it does not run on, one still loading): nothing to ask then.
    void rescan(tabId).catch(() => undefined);
  });
  events.onRemoved.addListener((tabId) => {
    void state.remove(tabId);
  });
}
