import type { SyncStatus } from './messages';

// What the popup, log page and settings say about the local log file, from one `sync:status` answer.
// `formatTime` turns an ISO instant into the journalist's local time (Intl in the pages, fixed in tests).

export type SyncLight = 'connected' | 'unpaired' | 'unreachable' | 'error';

export interface SyncStatusText {
  light: SyncLight;
  connection: string;
  pending: string;
}

export function pendingText(pending: number): string {
  if (pending === 0) return 'No changes waiting to sync.';
  return `${pending} change${pending === 1 ? '' : 's'} waiting to sync.`;
}

// What a page says after "Sync now" (the local log file's and the newsroom log's).
export function syncReportText(report: { pushed: number; written: number; conflicts: number; error: string | null }): string {
  return report.error
    ? `Sync failed: ${report.error}`
    : `Synced: ${report.pushed} sent, ${report.written} updated here${report.conflicts ? `, ${report.conflicts} conflicts kept as revisions` : ''}.`;
}

export function describeSyncStatus(status: SyncStatus, formatTime: (iso: string) => string): SyncStatusText {
  const pending = pendingText(status.pending);
  const last = status.lastSyncAt ? formatTime(status.lastSyncAt) : null;
  if (!status.paired) {
    return { light: 'unpaired', connection: 'Local log file: not paired (set it up in Settings → Local log file).', pending };
  }
  switch (status.state) {
    case 'ready':
      return { light: 'connected', connection: `Local log file: connected (127.0.0.1:${status.port})${last ? `, last synced ${last}` : ''}.`, pending };
    case 'unreachable':
      return {
        light: 'unreachable',
        connection: last
          ? `Local log file: unreachable since ${last} (is the log service running on port ${status.port}?).`
          : `Local log file: unreachable, never synced (is the log service running on port ${status.port}?).`,
        pending,
      };
    case 'unpaired':
      return { light: 'error', connection: 'Local log file: the log service no longer accepts this pairing; pair again in Settings.', pending };
    default:
      return { light: 'error', connection: `Local log file: ${status.detail}`, pending };
  }
}

export function localTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
