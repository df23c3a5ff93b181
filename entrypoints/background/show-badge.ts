import type { BadgeView } from '../../utils/toolbar/badge-view';

// Puts a tab's badge on the toolbar button. A tab with nothing to say (not a release, or a new page
// loading) must not hide the button's global badge (the follow-up count set in follow-ups.ts), so
// its text is reset with `null`, which both Chrome and Firefox read as "inherit the global badge";
// an empty string would blank it on that tab instead.

export interface BadgeAction {
  setBadgeText(details: { tabId: number; text: string | null }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export function createShowBadge(action: BadgeAction): (tabId: number, view: BadgeView) => Promise<void> {
  return async (tabId, view) => {
    if (view.text === '') {
      await Promise.all([action.setBadgeText({ tabId, text: null }), action.setTitle({ tabId, title: view.title })]);
      return;
    }
    await Promise.all([
      action.setBadgeText({ tabId, text: view.text }),
      action.setBadgeBackgroundColor({ tabId, color: view.color }),
      action.setTitle({ tabId, title: view.title }),
    ]);
  };
}
