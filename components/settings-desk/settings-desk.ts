import type { ConnectionResult } from '../../utils/sync/couch/connection-test';
import type { DeskConnectionRequest, DeskStatus } from '../../utils/sync/couch/desk-messages';
import { describeDeskStatus } from '../../utils/sync/couch/desk-status-text';
import { databaseNameProblem, parseServerUrl } from '../../utils/sync/couch/server-url';
import { localTime } from '../../utils/sync/status-text';
import { el, labelled, option } from '../log-page/dom';
import type { Ask } from '../sync-status/sync-status';
import '../sync-status/sync-status.css';

// Settings → "Newsroom log": the desk's CouchDB database (server address, database, user name, password).
// "Test connection" first asks the browser for the server's origin as an optional host permission (it must
// be asked from the click itself, so `requestOrigin` is called before anything is awaited); nothing
// contacts the server before. "Save and sync" tests again and, if it passes, stores the settings and starts
// syncing. The password never comes back from the background: an empty field keeps the stored one.

export interface SettingsDeskOptions {
  ask: Ask;
  // browser.permissions.request({ origins: [pattern] }) in the page; a fake in tests.
  requestOrigin: (originPattern: string) => Promise<boolean>;
  formatTime?: (iso: string) => string;
}

function input(name: string, type: string, autocomplete: AutoFill): HTMLInputElement {
  const field = document.createElement('input');
  field.name = name;
  field.type = type;
  field.autocomplete = autocomplete;
  field.spellcheck = false;
  return field;
}

export function createSettingsDesk(options: SettingsDeskOptions): { element: HTMLElement; refresh(): Promise<void> } {
  const formatTime = options.formatTime ?? localTime;
  const element = el('section', undefined, 'settings-desk');
  const heading = el('h2', 'Newsroom log');
  const intro = el(
    'p',
    "Share the inquiry log with your desk through the newsroom's CouchDB server (one database per desk). Your " +
      'colleagues see what you clip and change, and you see theirs. With a password kept, it stays in this browser; with ' +
      'a session, it is used once to sign in and never kept (sign in again when the server ends the session).',
  );
  const serverUrl = input('desk-server', 'url', 'off');
  serverUrl.placeholder = 'https://couch.example.org';
  const database = input('desk-database', 'text', 'off');
  database.placeholder = 'desk-politics';
  const user = input('desk-user', 'text', 'username');
  const password = input('desk-password', 'password', 'current-password');
  // CouchDB's basic auth (password kept in this browser's extension storage) or its cookie session (not kept).
  const auth = el('select', undefined, 'desk-auth');
  auth.name = 'desk-auth';
  auth.append(option('basic', 'Basic auth (kept in this browser)'), option('session', 'Session cookie (signs in; nothing kept)'));
  const testButton = el('button', 'Test connection', 'desk-test');
  testButton.type = 'button';
  const saveButton = el('button', 'Save and sync', 'desk-save');
  saveButton.type = 'button';
  const createButton = el('button', 'Create the database', 'desk-create');
  createButton.type = 'button';
  createButton.hidden = true;
  const disconnectButton = el('button', 'Disconnect', 'desk-disconnect');
  disconnectButton.type = 'button';
  disconnectButton.hidden = true;
  const message = el('p', undefined, 'desk-message');
  message.setAttribute('role', 'status');
  const status = el('p', undefined, 'sync-connection');
  const pending = el('p', undefined, 'sync-pending');

  const form = document.createElement('form');
  form.noValidate = true;
  form.append(
    labelled('Server address', serverUrl),
    labelled('Database', database),
    labelled('User name', user),
    labelled('Password', password),
    labelled('Sign in with', auth),
    testButton,
    ' ',
    saveButton,
    ' ',
    createButton,
    ' ',
    disconnectButton,
  );
  element.append(heading, intro, form, message, status, pending);
  form.addEventListener('submit', (event) => event.preventDefault());

  function showStatus(answer: DeskStatus) {
    const text = describeDeskStatus(answer, formatTime);
    status.textContent = answer.configured ? text.connection : '';
    pending.textContent = answer.configured ? text.pending : '';
    element.dataset.state = text.light;
    element.dataset.pending = String(answer.pending);
    disconnectButton.hidden = !answer.enabled;
    password.placeholder = answer.hasPassword ? '(saved; leave empty to keep it)' : answer.auth === 'session' && answer.enabled ? '(signed in; type it to sign in again)' : '';
    if (answer.configured && serverUrl.value === '') {
      auth.value = answer.auth;
      serverUrl.value = answer.serverUrl;
      database.value = answer.database;
      user.value = answer.user;
    }
  }

  function showResult(result: ConnectionResult) {
    message.textContent = result.message;
    message.dataset.problem = result.problem ?? 'none';
    createButton.hidden = !result.canCreate;
  }

  async function refresh() {
    try {
      showStatus(await options.ask('desk:status', {}));
    } catch (error) {
      status.textContent = `Newsroom log: status unknown (${error instanceof Error ? error.message : String(error)}).`;
    }
  }

  function request(): DeskConnectionRequest {
    return { serverUrl: serverUrl.value.trim(), database: database.value.trim(), user: user.value.trim(), password: password.value, auth: auth.value === 'session' ? 'session' : 'basic' };
  }

  // Checks what can be checked here, then asks for the origin from within the click; null when refused.
  function permitted(): Promise<DeskConnectionRequest | null> | null {
    const wanted = request();
    const url = parseServerUrl(wanted.serverUrl);
    const problem = !url.ok ? url.reason : databaseNameProblem(wanted.database) ?? (wanted.user === '' ? 'Enter your user name on the server.' : null);
    if (problem || !url.ok) {
      message.textContent = problem;
      message.dataset.problem = 'input';
      return null;
    }
    return options.requestOrigin(url.originPattern).then(
      (granted) => {
        if (granted) return wanted;
        message.textContent = `PressClip was not allowed to contact ${url.origin}; nothing was sent to it.`;
        message.dataset.problem = 'permission';
        return null;
      },
      (error: unknown) => {
        message.textContent = `The browser did not grant access to ${url.origin}: ${error instanceof Error ? error.message : String(error)}`;
        message.dataset.problem = 'permission';
        return null;
      },
    );
  }

  function run(button: HTMLButtonElement, busyText: string, task: (wanted: DeskConnectionRequest) => Promise<void>) {
    const granted = permitted();
    if (!granted) return;
    button.disabled = true;
    message.textContent = busyText;
    delete message.dataset.problem;
    void granted
      .then(async (wanted) => {
        if (wanted) await task(wanted);
      })
      .catch((error: unknown) => {
        message.textContent = error instanceof Error ? error.message : String(error);
        message.dataset.problem = 'error';
      })
      .finally(() => {
        button.disabled = false;
      });
  }

  testButton.addEventListener('click', () => {
    run(testButton, 'Testing…', async (wanted) => showResult(await options.ask('desk:test', wanted)));
  });

  saveButton.addEventListener('click', () => {
    run(saveButton, 'Connecting…', async (wanted) => {
      const { result, status: answer } = await options.ask('desk:save', wanted);
      showResult(result);
      if (result.ok) {
        message.textContent = `Saved. ${result.message} Your log now syncs with the desk.`;
        password.value = '';
      } else {
        message.textContent = `Not saved: ${result.message}`;
      }
      showStatus(answer);
    });
  });

  createButton.addEventListener('click', () => {
    run(createButton, 'Creating the database…', async (wanted) => showResult(await options.ask('desk:create-database', wanted)));
  });

  disconnectButton.addEventListener('click', () => {
    void options.ask('desk:disconnect', {}).then((answer) => {
      showStatus(answer);
      message.textContent = 'Disconnected: this browser no longer syncs with the desk, and forgot the password.';
    });
  });

  void refresh();
  return { element, refresh };
}
