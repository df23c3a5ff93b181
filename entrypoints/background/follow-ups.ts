import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { LogStore } from '../../utils/log/store';
import {
  FOLLOW_UP_ALARM,
  FOLLOW_UP_NOTIFICATION,
  FOLLOW_UP_SWEEP_ALARM,
  refreshFollowUps,
} from '../../utils/triage/reminders';
import { NOTIFICATION_ICON } from '../../utils/triage/notification-icon';
import { settledRefresh } from '../../utils/triage/settled-refresh';

// Follow-up reminders bound to the browser: the alarms API wakes the service worker (alarms persist across
// restarts), the notification and the toolbar badge tell the journalist. The badge set here is the default
// for all tabs; a tab where the detector found a press release shows its own "PR" badge instead.

const lastNotified = storage.defineItem<string | null>('local:followUpsNotifiedAt', { fallback: null });

export function createFollowUps(log: () => Promise<LogStore>) {
  const action = browser.action ?? browser.browserAction;

  async function refresh() {
    return refreshFollowUps({
      listFollowUps: async () => (await log()).listFollowUps(),
      now: () => new Date(),
      async setBadge(text) {
        await action.setBadgeBackgroundColor({ color: '#b34700' });
        await action.setBadgeText({ text });
      },
      async notify(title, message) {
        await browser.notifications.create(FOLLOW_UP_NOTIFICATION, {
          type: 'basic',
          iconUrl: NOTIFICATION_ICON,
          title,
          message,
        });
      },
      async scheduleAt(when) {
        if (when) await browser.alarms.create(FOLLOW_UP_ALARM, { when: when.getTime() });
        else await browser.alarms.clear(FOLLOW_UP_ALARM);
      },
      lastNotifiedAt: { get: () => lastNotified.getValue(), set: (v) => lastNotified.setValue(v) },
    });
  }

  function register() {
    // The sweep catches follow-ups whose one-shot alarm was missed while the browser was closed.
    void browser.alarms.create(FOLLOW_UP_SWEEP_ALARM, { periodInMinutes: 30 });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === FOLLOW_UP_ALARM || alarm.name === FOLLOW_UP_SWEEP_ALARM) void refresh().catch(() => undefined);
    });
    browser.notifications.onClicked.addListener((id) => {
      if (id !== FOLLOW_UP_NOTIFICATION) return;
      void browser.tabs.create({ url: browser.runtime.getURL('/log.html#follow-ups') });
      void browser.notifications.clear(id);
    });
    browser.runtime.onStartup.addListener(() => void refresh().catch(() => undefined));
    browser.runtime.onInstalled.addListener(() => void refresh().catch(() => undefined));
  }

  // After an edit or status change: the reply does not wait for the refresh, and a burst of changes
  // refreshes once. Half a second is well inside the time an MV3 worker stays alive after a message.
  const afterChange = settledRefresh(refresh, 500);

  return { refresh, register, changed: () => afterChange.request() };
}
