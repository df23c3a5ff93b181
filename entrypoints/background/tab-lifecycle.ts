import { badgeFor, type BadgeView } from '../../utils/badge';
import type { TabStateStore } from '../../utils/tab-state';

// A tab's verdict belongs to one page: a new navigation clears it (the detector reports again once the
// new page is idle) and a closed tab's state is dropped from storage.session.

interface TabEvents {
  onUpdated: { addListener(cb: (tabId: number, changeInfo: { status?: string }) => void): void };
  onRemoved: { addListener(cb: (tabId: number) => void): void };
}

export function registerTabLifecycle(
  events: TabEvents,
  state: TabStateStore,
  showBadge: (tabId: number, view: BadgeView) => Promise<void>,
): void {
  events.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'loading') return;
    void state.remove(tabId);
    // The tab may already be gone (closed mid-load); nothing to clear then.
    void showBadge(tabId, badgeFor(null)).catch(() => undefined);
  });
  events.onRemoved.addListener((tabId) => {
    void state.remove(tabId);
  });
}
