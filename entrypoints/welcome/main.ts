import '../../utils/schema/zod-no-eval';
import { browser } from 'wxt/browser';
import { createSettingsSync } from '../../components/settings-sync/settings-sync';
import { createWelcomeForm } from '../../components/welcome/welcome-form';
import { el } from '../../components/log-page/dom';
import { send } from '../../utils/messaging/send';
import { loadSettings, saveSettings } from '../../storage/settings-item';
import '../../components/design/tokens.css';
import '../settings/style.css';

// Opened once, when PressClip is installed (entrypoints/background/welcome-on-install.ts): the few settings a
// journalist needs before the first interview request, and the optional local log file.
async function main() {
  const app = document.querySelector<HTMLElement>('#app')!;
  app.append(createWelcomeForm(await loadSettings(), saveSettings).element);
  const ask = <T extends Parameters<typeof send>[1]>(type: T, payload: Parameters<typeof send<T>>[2]) =>
    send((message) => browser.runtime.sendMessage(message), type, payload);
  const optional = el('p', 'Optional: your log can also live in a file on this computer, which other browsers can share.', 'hint');
  app.append(optional, createSettingsSync(ask).element);
  const next = el('p');
  const log = el('a', 'Open your inquiry log');
  log.href = browser.runtime.getURL('/log.html');
  const settings = el('a', 'All settings (templates, reminders, newsroom log)');
  settings.href = browser.runtime.getURL('/settings.html');
  next.append(log, ' · ', settings);
  app.append(next);
}

void main();
