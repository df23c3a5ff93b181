import type { MessageType, RequestOf, ResponseOf } from '../../utils/messaging/contract';
import { describeSyncStatus, localTime, syncReportText } from '../../utils/sync/status-text';
import { el } from '../log-page/dom';
import { createBodyProblems } from './body-problems';
import './sync-status.css';

// "Local log file: connected · 2 changes waiting", refreshed every few seconds while the page is open,
// with an optional "Sync now". Used by the popup and the log page. Text only through textContent.

export type Ask = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;

export interface SyncStatusOptions {
  ask: Ask;
  syncNowButton?: boolean;
  refreshMs?: number;
  // A sync round (this page's "Sync now", an alarm, a save elsewhere) wrote other browsers' changes into
  // the log, so the page can show them.
  written?: () => void;
  formatTime?: (iso: string) => string;
}

export interface SyncStatusView {
  element: HTMLElement;
  refresh(): Promise<void>;
  stop(): void;
}

export function createSyncStatus(options: SyncStatusOptions): SyncStatusView {
  const formatTime = options.formatTime ?? localTime;
  const element = el('section', undefined, 'sync-status');
  element.setAttribute('aria-label', 'Local log file');
  const connection = el('span', undefined, 'sync-connection');
  const pending = el('span', undefined, 'sync-pending');
  const message = el('span', undefined, 'sync-message');
  message.setAttribute('role', 'status');
  const bodyProblems = createBodyProblems(formatTime);
  element.append(connection, ' ', pending);

  let busy = false;
  let syncNowButton: HTMLButtonElement | null = null;
  let lastWrittenAt: string | null | undefined;
  async function refresh() {
    try {
      const status = await options.ask('sync:status', {});
      const text = describeSyncStatus(status, formatTime);
      connection.textContent = text.connection;
      pending.textContent = text.pending;
      element.dataset.state = text.light;
      element.dataset.pending = String(status.pending);
      bodyProblems.show(status.bodyProblems, status.bodyProblemsAt);
      // Nothing to sync with until paired.
      if (syncNowButton) syncNowButton.hidden = !status.paired;
      // A round (alarm, another page, a save) wrote changes from the file: let the page show them.
      if (lastWrittenAt !== undefined && status.lastWrittenAt !== lastWrittenAt && status.lastWrittenAt !== null) options.written?.();
      lastWrittenAt = status.lastWrittenAt;
    } catch (error) {
      connection.textContent = `Local log file: status unknown (${error instanceof Error ? error.message : String(error)}).`;
      pending.textContent = '';
      element.dataset.state = 'error';
      delete element.dataset.pending;
    }
  }

  if (options.syncNowButton) {
    const syncNow = document.createElement('button');
    syncNowButton = syncNow;
    syncNow.hidden = true;
    syncNow.type = 'button';
    syncNow.textContent = 'Sync now';
    syncNow.className = 'sync-now';
    syncNow.addEventListener('click', () => {
      if (busy) return;
      busy = true;
      syncNow.disabled = true;
      message.textContent = 'Syncing…';
      void options
        .ask('sync:now', {})
        .then(({ report }) => {
          message.textContent = syncReportText(report);
        })
        .catch((error: unknown) => {
          message.textContent = `Sync failed: ${error instanceof Error ? error.message : String(error)}`;
        })
        .finally(() => {
          busy = false;
          syncNow.disabled = false;
          void refresh();
        });
    });
    element.append(' ', syncNow);
  }
  element.append(' ', message, bodyProblems.element);

  void refresh();
  const timer = setInterval(() => {
    if (document.visibilityState !== 'hidden') void refresh();
  }, options.refreshMs ?? 3000);
  return { element, refresh, stop: () => clearInterval(timer) };
}
