import { describeDeskStatus } from '../../utils/sync/couch/desk-status-text';
import { localTime, syncReportText } from '../../utils/sync/status-text';
import { el } from '../log-page/dom';
import { createBodyProblems } from '../sync-status/body-problems';
import type { Ask } from '../sync-status/sync-status';
import '../sync-status/sync-status.css';

// "Newsroom log: connected to "desk-politics" as anna · 2 changes waiting", with "Sync now", on the log page.
// Hidden while the newsroom log is not set up. Refreshed every few seconds; text only through textContent.

export interface DeskStatusOptions {
  ask: Ask;
  refreshMs?: number;
  // A round wrote colleagues' changes into the log: the page reloads its rows.
  written?: () => void;
  formatTime?: (iso: string) => string;
}

export function createDeskStatus(options: DeskStatusOptions): { element: HTMLElement; refresh(): Promise<void>; stop(): void } {
  const formatTime = options.formatTime ?? localTime;
  const element = el('section', undefined, 'sync-status desk-status');
  element.setAttribute('aria-label', 'Newsroom log');
  element.hidden = true;
  const connection = el('span', undefined, 'sync-connection');
  const pending = el('span', undefined, 'sync-pending');
  const invalid = el('span', undefined, 'desk-invalid');
  const message = el('span', undefined, 'sync-message');
  message.setAttribute('role', 'status');
  const syncNow = el('button', 'Sync now', 'sync-now');
  syncNow.type = 'button';
  const bodyProblems = createBodyProblems(formatTime);
  element.append(connection, ' ', pending, ' ', syncNow, ' ', message, ' ', invalid, bodyProblems.element);

  let lastWrittenAt: string | null | undefined;
  async function refresh() {
    try {
      const status = await options.ask('desk:status', {});
      element.hidden = !status.configured;
      const text = describeDeskStatus(status, formatTime);
      connection.textContent = text.connection;
      pending.textContent = text.pending;
      invalid.textContent = text.invalid ?? '';
      element.dataset.state = text.light;
      element.dataset.pending = String(status.pending);
      bodyProblems.show(status.bodyProblems, status.bodyProblemsAt);
      syncNow.hidden = !status.enabled;
      if (lastWrittenAt !== undefined && status.lastWrittenAt !== lastWrittenAt && status.lastWrittenAt !== null) options.written?.();
      lastWrittenAt = status.lastWrittenAt;
    } catch (error) {
      connection.textContent = `Newsroom log: status unknown (${error instanceof Error ? error.message : String(error)}).`;
      element.dataset.state = 'error';
    }
  }

  syncNow.addEventListener('click', () => {
    syncNow.disabled = true;
    message.textContent = 'Syncing…';
    void options
      .ask('desk:sync-now', {})
      .then(({ report }) => {
        message.textContent = syncReportText(report);
      })
      .catch((error: unknown) => {
        message.textContent = `Sync failed: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => {
        syncNow.disabled = false;
        void refresh();
      });
  });

  void refresh();
  const timer = setInterval(() => {
    if (document.visibilityState !== 'hidden') void refresh();
  }, options.refreshMs ?? 3000);
  return { element, refresh, stop: () => clearInterval(timer) };
}
