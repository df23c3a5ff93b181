import type { SyncStatus } from '../../utils/sync/messages';
import { COMPANION_COMMAND } from '../../utils/sync/companion-command';
import { DEFAULT_COMPANION_PORT } from '../../utils/sync/protocol';
import { describeSyncStatus, localTime } from '../../utils/sync/status-text';
import { el, labelled } from '../log-page/dom';
import type { Ask } from '../sync-status/sync-status';
import '../sync-status/sync-status.css';

// Settings → "Local log file": pair this browser with the companion log service (companion/). The
// service prints a pairing code when it starts; the journalist types it here with the port it listens on.

export function createSettingsSync(ask: Ask, formatTime: (iso: string) => string = localTime): { element: HTMLElement; refresh(): Promise<void> } {
  const element = el('section', undefined, 'settings-sync');
  const heading = el('h2', 'Local log file');
  const intro = el(
    'p',
    'Keep the inquiry log in a JSON file on this computer, shared by every browser paired with it. Start the log ' +
    'service in a terminal (it needs Node.js 20 or newer), then enter the port and the pairing code it prints:',
  );
  // The command on a line of its own, selectable as one piece, to paste into a terminal.
  const command = el('pre', undefined, 'companion-command');
  command.append(el('code', COMPANION_COMMAND));
  const later = el('p', 'To start it whenever you log in (Linux, macOS, Windows), see the pressclip-log-server package\'s README.', 'hint');

  const port = document.createElement('input');
  port.type = 'number';
  port.name = 'companion-port';
  port.min = '1';
  port.max = '65535';
  port.value = String(DEFAULT_COMPANION_PORT);
  const code = document.createElement('input');
  code.type = 'text';
  code.name = 'pairing-code';
  code.autocomplete = 'off';
  code.maxLength = 40;
  const pair = document.createElement('button');
  pair.type = 'submit';
  pair.textContent = 'Pair';
  const status = el('p', undefined, 'sync-connection');
  const pending = el('p', undefined, 'sync-pending');
  const message = el('p', undefined, 'pair-message');
  message.setAttribute('role', 'status');

  const form = document.createElement('form');
  form.noValidate = true;
  form.append(labelled('Port', port), labelled('Pairing code', code), pair);
  element.append(heading, intro, command, later, form, status, pending, message);

  function show(answer: SyncStatus) {
    const text = describeSyncStatus(answer, formatTime);
    status.textContent = text.connection;
    pending.textContent = text.pending;
    element.dataset.state = text.light;
    element.dataset.pending = String(answer.pending);
    if (document.activeElement !== port) port.value = String(answer.port);
  }

  async function refresh() {
    try {
      show(await ask('sync:status', {}));
    } catch (error) {
      status.textContent = `Local log file: status unknown (${error instanceof Error ? error.message : String(error)}).`;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const portNumber = Number(port.value);
    if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535) {
      message.textContent = 'The port is a whole number from 1 to 65535 (the log service prints it when it starts).';
      return;
    }
    if (code.value.trim() === '') {
      message.textContent = 'Enter the pairing code the log service printed.';
      return;
    }
    pair.disabled = true;
    message.textContent = 'Pairing…';
    void ask('sync:pair', { code: code.value.trim(), port: portNumber })
      .then((answer) => {
        show(answer);
        code.value = '';
        message.textContent = answer.state === 'ready' ? 'Paired. Your log now syncs with the file.' : `Paired, but: ${answer.detail}`;
      })
      .catch((error: unknown) => {
        message.textContent = `Not paired: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => {
        pair.disabled = false;
      });
  });

  void refresh();
  return { element, refresh };
}
