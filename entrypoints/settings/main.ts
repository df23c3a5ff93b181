import { createSettingsForm } from '../../components/settings-form/settings-form';
import { loadSettings, saveSettings } from '../../utils/settings/item';
import './style.css';

// Settings stay in this browser's local extension storage.
async function main() {
  const app = document.querySelector<HTMLElement>('#app')!;
  const form = createSettingsForm(await loadSettings(), saveSettings);
  app.append(form.element);
}

void main();
