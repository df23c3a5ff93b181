import type { Handlers } from '../../utils/messaging/receive';
import type { BadgeView } from '../../utils/toolbar/badge-view';
import { badgeFor } from '../../utils/toolbar/badge-view';
import type { LogStore } from '../../utils/log/store';
import type { TabStateStore } from '../../utils/toolbar/tab-state';
import { extractInTab } from './extract-in-tab';
import { createTriageHandlers } from '../../utils/triage/handlers';
import { createSyncHandlers, type SyncDeps } from './companion-handlers';
import { createDeskHandlers, type DeskDeps } from './desk-handlers';
import { createHoldHandlers } from '../../utils/log/hold-handlers';
import { detectSnapshot } from '../../utils/extract/detect';
import { snapshotFromRendered } from '../../utils/extract/rendered-snapshot';
import { detectSafely, failedDetection } from '../../utils/page/safe-detect';

// One named handler per message in the contract. Browser APIs come in through `deps`, so the
// handlers run in unit tests against fakes and fake-indexeddb.

export interface BackgroundDeps {
  tabs: TabStateStore;
  log: () => Promise<LogStore>;
  showBadge: (tabId: number, view: BadgeView) => Promise<void>;
  injectExtractor: (tabId: number) => Promise<unknown>;
  tabUrl: (tabId: number) => Promise<string | null>;
  extractTimeoutMs?: number;
  // Follow-up reminders (alarm + badge) to recompute after a triage edit.
  followUpsChanged?: () => Promise<void>;
  // JSON import and companion sync (utils/sync); without it those messages answer with an error.
  sync?: Omit<SyncDeps, 'log'>;
  // The newsroom log on CouchDB (utils/sync/couch); without it those messages answer with an error.
  desk?: Omit<DeskDeps, 'log'>;
  // Who this browser's journalist is, for "changed by" and claims (utils/log/attribution.ts); none by default.
  author?: () => Promise<string | null>;
}

const syncNotSetUp: Omit<SyncDeps, 'log'> = {
  fetch: () => Promise.reject(new Error('Sync is not set up in this context.')),
  settings: { getValue: () => Promise.reject(new Error('Sync is not set up.')), setValue: () => Promise.resolve() },
  state: { getValue: () => Promise.reject(new Error('Sync is not set up.')), setValue: () => Promise.resolve() },
  newId: () => crypto.randomUUID(),
};

const deskNotSetUp: Omit<DeskDeps, 'log'> = {
  fetch: syncNotSetUp.fetch,
  newId: syncNotSetUp.newId,
  settings: { getValue: () => Promise.reject(new Error('The newsroom log is not set up.')), setValue: () => Promise.resolve() },
  state: { getValue: () => Promise.reject(new Error('The newsroom log is not set up.')), setValue: () => Promise.resolve() },
  hasPermission: () => Promise.resolve(false),
};

// A same-document navigation (pushState) can change the path but never the origin, so a reported URL
// on another origin is ignored and the browser's own sender.url is kept.
function reportedUrl(reported: string | undefined | null, senderUrl: string): string {
  if (!reported) return senderUrl;
  try {
    return new URL(reported).origin === new URL(senderUrl).origin ? reported : senderUrl;
  } catch {
    return senderUrl;
  }
}

export function createHandlers(deps: BackgroundDeps): Handlers<object> {
  return {
    async 'page:snapshot'({ page, failed }, { sender }) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.url) throw new Error('page:snapshot must come from a tab.');
      const url = reportedUrl(page?.url, sender.url);
      const detection = page ? detectSafely(() => detectSnapshot({ ...snapshotFromRendered(page), url }).detection) : failedDetection(failed ?? 'error');
      await deps.tabs.set(tabId, { url, detection });
      await deps.showBadge(tabId, badgeFor(detection));
      return {};
    },

    async 'tab:state'({ tabId }) {
      const state = await deps.tabs.get(tabId);
      const url = state?.url ?? (await deps.tabUrl(tabId));
      const saved = url ? await (await deps.log()).findByUrl(url) : null;
      return { url, detection: state?.detection ?? null, savedEntryId: saved?.id ?? null, ...(state?.pdf ? { pdf: true } : {}) };
    },

    async 'tab:pdf-verdict'({ tabId, url, detection }) {
      if ((await deps.tabUrl(tabId)) !== url) return { shown: false };
      await deps.tabs.set(tabId, { url, detection, pdf: true });
      await deps.showBadge(tabId, badgeFor(detection));
      return { shown: true };
    },

    async 'tab:extract'({ tabId }) {
      return extractInTab(tabId, deps.injectExtractor, deps.extractTimeoutMs);
    },

    async 'log:save'({ fields, source, body }) {
      return (await deps.log()).save(fields, source, body);
    },

    async 'log:get-body'({ id }) {
      return { body: await (await deps.log()).getBody(id) };
    },

    async 'log:search-bodies'({ terms }) {
      return (await deps.log()).searchBodies(terms);
    },

    async 'log:list'() {
      return { entries: await (await deps.log()).list() };
    },

    async 'log:get'({ id }) {
      return { entry: await (await deps.log()).get(id) };
    },

    async 'log:update'({ id, fields, expectedUpdatedAt }) {
      const entry = await (await deps.log()).update(id, fields, expectedUpdatedAt);
      // An edit may move or clear a follow-up date: reschedule the reminder alarm and badge.
      await deps.followUpsChanged?.().catch(() => undefined);
      return { entry };
    },

    async 'log:delete'({ id }) {
      await (await deps.log()).remove(id);
      return {};
    },

    async 'log:export'({ bodies }) {
      return { document: await (await deps.log()).exportDocument({ bodies }) };
    },

    ...createTriageHandlers({ log: deps.log, followUpsChanged: deps.followUpsChanged }),
    ...createHoldHandlers({ log: deps.log, author: deps.author ?? (() => Promise.resolve(null)) }),

    ...createSyncHandlers({ log: deps.log, ...(deps.sync ?? syncNotSetUp) }),
    ...createDeskHandlers({ log: deps.log, ...(deps.desk ?? deskNotSetUp) }),
  };
}
