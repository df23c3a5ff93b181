import '../../utils/schema/zod-no-eval';
import { createSettingsForm } from '../../components/settings-form/settings-form';
import { loadSettings, saveSettings } from '../../storage/settings-item';
import { createSettingsSync } from '../../components/settings-sync/settings-sync';
import { createSettingsDesk } from '../../components/settings-desk/settings-desk';
import { browser } from 'wxt/browser';
import { send } from '../../utils/messaging/send';
import '../../components/design/tokens.css';
import './style.css';

// Settings stay in this browser's local extension storage.
async function main() {
  const app = document.querySelector<HTMLElement>('#app')!;
  const form = createSettingsForm(await loadSettings(), saveSettings);
  app.append(form.element);
  // "Local log file": pairing with the companion log service (components/settings-sync).
  const ask = <T extends Parameters<typeof send>[1]>(type: T, payload: Parameters<typeof send<T>>[2]) =>
    send((message) => browser.runtime.sendMessage(message), type, payload);
  app.append(createSettingsSync(ask).element);
  // "Newsroom log": the desk's CouchDB (components/settings-desk); its origin is asked for from the click.
  // Firefox refuses to request an origin the manifest already grants (http://127.0.0.1/*, for the companion)
  // unless it is also optional; read synchronously, so the request still comes straight from the click.
  const manifest = browser.runtime.getManifest() as { permissions?: string[]; host_permissions?: string[] };
  const granted = new Set([...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]);
  const requestOrigin = (pattern: string) => (granted.has(pattern) ? Promise.resolve(true) : browser.permissions.request({ origins: [pattern] }));
  app.append(createSettingsDesk({ ask, requestOrigin }).element);
}

void main();
