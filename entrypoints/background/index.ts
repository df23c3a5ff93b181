import '../../utils/schema/zod-no-eval';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openLogStore, type LogStore } from '../../utils/log/store';
import { PAGE_RESCAN, type PageRescan } from '../../utils/messaging/page-rescan';
import { dispatch } from '../../utils/messaging/receive';
import { createAutoSync } from '../../utils/sync/auto-sync';
import { notifyingStore } from '../../utils/sync/notify-store';
import { companionSettingsItem, syncStateItem } from '../../storage/sync-storage';
import { deskSettingsItem, deskSyncStateItem } from '../../storage/desk-storage';
import { createChangesWatch } from '../../utils/sync/couch/changes-watch';
import { waitForChange } from '../../utils/sync/couch/changes-feed';
import { parseServerUrl } from '../../utils/sync/couch/server-url';
import { createTabStateStore } from '../../utils/toolbar/tab-state';
import { createHandlers } from './handlers';
import { createShowBadge, type BadgeAction } from './show-badge';
import { registerTabLifecycle } from './tab-lifecycle';
import { createFollowUps } from './follow-ups';
import { registerClipCommands } from './clip-commands';
import { registerWelcomeOnInstall } from './welcome-on-install';
import { authorName } from '../../utils/log/attribution';
import { loadSettings } from '../../storage/settings-item';

export default defineBackground(() => {
  // Registered first and synchronously: onInstalled fires once, right after the worker first starts.
  registerWelcomeOnInstall(browser.runtime, browser.tabs);
  // Firefox's default build is MV2: no `browser.action`, the toolbar button is `browserAction`.
  const action = browser.action ?? browser.browserAction;
  // storage.session exists in Chrome 102+ and Firefox 115+; older Firefox falls back to memory.
  const tabs = createTabStateStore(browser.storage.session);

  // Who changes are recorded under and what "mine" means on the log page: the name in Settings, else the
  // newsroom-log user name (utils/log/attribution.ts).
  const author = async () => authorName((await loadSettings()).journalistName, (await deskSettingsItem.getValue()).user);

  let logStore: Promise<LogStore> | undefined;
  // Every write to the log schedules a sync with the companion soon after (utils/sync/auto-sync.ts).
  // Opened again on the next use when the open failed (a blocked upgrade is reported, not retried forever in
  // one promise) or when the store let go of the database for another context.
  const log = () => {
    if (logStore) return logStore;
    // The one-time upgrade of a big per-entry log took 12-29 s at 100,000 entries in Chromium under load, near
    // the 30 s after which Chrome stops an idle worker (and the aborted upgrade would start over next time);
    // an extension API call resets that timer, so one is made every 20 s while the log opens.
    const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
    const opening = openLogStore(undefined, { author, onLetGo: () => (logStore = logStore === opening ? undefined : logStore) })
      .then((store) => notifyingStore(store, () => autoSync.localChange()))
      .catch((error: unknown) => {
        if (logStore === opening) logStore = undefined;
        throw error;
      })
      .finally(() => clearInterval(keepAlive));
    return (logStore = opening);
  };

  // The generated chrome typings leave out the documented `text: null` (inherit the global badge).
  const showBadge = createShowBadge(action as unknown as BadgeAction);

  async function injectExtractor(tabId: number) {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
    return result?.result;
  }

  const followUps = createFollowUps(log);
  followUps.register();
  registerClipCommands({ log, injectExtractor });

  const handlers = createHandlers({
    tabs,
    log,
    showBadge,
    // The companion on 127.0.0.1 needs the host permission http://127.0.0.1/* in the manifest.
    sync: {
      fetch: (url, init) => fetch(url, init),
      settings: companionSettingsItem,
      state: syncStateItem,
      newId: () => crypto.randomUUID(),
    },
    // The newsroom's CouchDB: its origin is an optional host permission the settings page asks for.
    desk: {
      fetch: (url, init) => fetch(url, init),
      settings: deskSettingsItem,
      state: deskSyncStateItem,
      newId: () => crypto.randomUUID(),
      hasPermission: (originPattern) => browser.permissions.contains({ origins: [originPattern] }),
    },
    injectExtractor,
    author,
    // Triage edits can change which follow-ups are due: recompute the alarm and badge once the burst
    // settles, without holding the reply.
    followUpsChanged: async () => followUps.changed(),
    async tabUrl(tabId) {
      // Readable only for the tab the user opened the popup on (activeTab); otherwise undefined.
      return (await browser.tabs.get(tabId)).url ?? null;
    },
  });

  // One schedule for both targets: the companion file when paired, the newsroom log when set up.
  const companionPaired = async () => (await companionSettingsItem.getValue()).token !== null;
  const deskEnabled = async () => (await deskSettingsItem.getValue()).enabled;
  const autoSync = createAutoSync({
    alarms: browser.alarms,
    isPaired: async () => (await companionPaired()) || (await deskEnabled()),
    syncNow: async () => {
      if (await companionPaired()) await handlers['sync:now']({}, { sender: {} }).catch(() => undefined);
      if (await deskEnabled()) await handlers['desk:sync-now']({}, { sender: {} });
    },
  });
  void autoSync.start();
  companionSettingsItem.watch((next, previous) => {
    if (next.token !== previous?.token) void autoSync.pairingChanged();
  });
  // A colleague's change arrives within seconds: a long poll of the desk's changes feed while the worker is awake
  // (the 30 s alarm wakes it and restarts the watch), a sync round when it reports a change.
  const deskWatch = createChangesWatch({
    waitForChange: async (since, signal) => {
      const settings = await deskSettingsItem.getValue();
      const url = parseServerUrl(settings.serverUrl);
      if (!url.ok) throw new Error(url.reason);
      const feed = { fetch: (address: string, init: RequestInit) => fetch(address, init), base: url.base, database: settings.database, user: settings.user, password: settings.password, session: settings.auth === 'session' };
      return waitForChange(feed, since, signal);
    },
    cursor: async () => (await deskSyncStateItem.getValue()).cursor,
    onChange: () => handlers['desk:sync-now']({}, { sender: {} }),
  });
  const followDesk = async () => {
    await deskWatch.stop();
    if (await deskEnabled()) deskWatch.start();
  };
  void followDesk();
  deskSettingsItem.watch((next, previous) => {
    if (next.enabled !== previous?.enabled || next.password !== previous?.password || next.database !== previous?.database || next.serverUrl !== previous?.serverUrl) {
      void autoSync.pairingChanged();
      void followDesk();
    }
  });

  const identity = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(message, sender, identity, handlers, {}).then(sendResponse);
    return true;
  });

  const rescan: PageRescan = { type: PAGE_RESCAN };
  registerTabLifecycle(browser.tabs, tabs, showBadge, async (tabId) => void (await browser.tabs.sendMessage(tabId, rescan, { frameId: 0 })));
});
