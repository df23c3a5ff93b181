import '../../utils/schema/zod-no-eval';
import { createSettingsForm } from '../../components/settings-form/settings-form';
import { loadSettings, saveSettings } from '../../utils/settings/item';
import { createSettingsSync } from '../../components/settings-sync/settings-sync';
import { browser } from 'wxt/browser';
import { send } from '../../utils/messaging/send';
import './style.css';

// Settings stay in this browser's local extension storage.
async function main() {
  const app = document.querySelector<HTMLElement>('#app')!;
  const form = createSettingsForm(await loadSettings(), saveSettings);
  app.append(form.element);
  // "Local log file": pairing with the companion log service (components/settings-sync).
  app.append(createSettingsSync((type, payload) => send((message) => browser.runtime.sendMessage(message), type, payload)).element);
}

void main();
