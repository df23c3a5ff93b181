import { pendingText, type SyncLight, type SyncStatusText } from '../status-text';
import type { DeskStatus } from './desk-messages';

// What the log page and Settings say about the newsroom log, from one `desk:status` answer. Server-derived
// strings (a document id, a reason) end up here as text; the pages put them in through textContent only.

export function describeDeskStatus(status: DeskStatus, formatTime: (iso: string) => string): SyncStatusText & { invalid: string | null } {
  const pending = pendingText(status.pending);
  const last = status.lastSyncAt ? formatTime(status.lastSyncAt) : null;
  const where = `"${status.database}" as ${status.user}`;
  const invalid =
    status.invalid.length === 0
      ? null
      : `Skipped ${status.invalid.length} document${status.invalid.length === 1 ? '' : 's'} on the server that ${status.invalid.length === 1 ? 'is not a' : 'are not'} valid PressClip entr${status.invalid.length === 1 ? 'y' : 'ies'}: ` +
        status.invalid.slice(0, 5).map((item) => `${item.id ?? '(no id)'} (${item.reason})`).join('; ') +
        (status.invalid.length > 5 ? '; …' : '') + '.';
  let light: SyncLight;
  let connection: string;
  if (!status.enabled) {
    light = 'unpaired';
    connection = status.configured && status.pending > 0
      ? 'Newsroom log: disconnected; changes wait until you connect again (Settings → Newsroom log).'
      : 'Newsroom log: not set up (Settings → Newsroom log).';
  } else {
    switch (status.state) {
      case 'ready':
        light = 'connected';
        connection = `Newsroom log: connected to ${where}${last ? `, last synced ${last}` : ''}.`;
        break;
      case 'unreachable':
        light = 'unreachable';
        connection = `Newsroom log: server unreachable${last ? ` since ${last}` : ''}; changes wait here.`;
        break;
      case 'unpaired':
        light = 'error';
        connection =
          status.auth === 'session'
            ? `Newsroom log: the server's session for ${status.user} ended; changes wait here. Sign in again in Settings → Newsroom log.`
            : `Newsroom log: the server refused the user name or password for ${status.user}; changes wait here. Enter the new password in Settings → Newsroom log.`;
        break;
      default:
        light = 'error';
        connection = `Newsroom log: ${status.detail}`;
    }
  }
  return { light, connection, pending, invalid };
}
