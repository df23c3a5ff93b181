import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWelcomeForm } from '../../../components/welcome/welcome-form';
import { registerWelcomeOnInstall } from '../../../entrypoints/background/welcome-on-install';
import { loadSettings, saveSettings } from '../../../storage/settings-item';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';

describe('welcome page on install', () => {
  it('opens once on a fresh install, never on an update of PressClip or of the browser', async () => {
    const welcome = fakeBrowser.runtime.getURL('/welcome.html');
    const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url === welcome).length;
    registerWelcomeOnInstall(fakeBrowser.runtime, fakeBrowser.tabs);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(await welcomeTabs()).toBe(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await expect.poll(welcomeTabs).toBe(1);
  });
});

describe('welcome form', () => {
  const field = (form: HTMLElement, name: string) => form.querySelector<HTMLInputElement & HTMLSelectElement>(`[name="${name}"]`)!;

  it('saves name, outlet, how to reach you and the mail handler into the settings, keeping the rest', async () => {
    const earlier = { ...DEFAULT_SETTINGS, followUpWorkingDays: 5, templates: { ...DEFAULT_SETTINGS.templates, de: { ...DEFAULT_SETTINGS.templates.de, request: { subject: 'Eigene Anfrage', body: 'Text' } } } };
    await saveSettings(earlier);
    const { element } = createWelcomeForm(await loadSettings(), saveSettings);
    document.body.replaceChildren(element);
    field(element, 'journalistName').value = 'Ana Costa';
    field(element, 'outlet').value = 'Diário do Porto';
    field(element, 'email').value = 'ana@diario.example';
    field(element, 'phone').value = '+351 22 000 0000';
    field(element, 'mailHandler').value = 'outlook';
    element.requestSubmit();
    await expect.poll(() => element.querySelector('.settings-status')?.textContent).toContain('Saved.');
    const saved = await loadSettings();
    expect(saved).toMatchObject({ journalistName: 'Ana Costa', outlet: 'Diário do Porto', email: 'ana@diario.example', phone: '+351 22 000 0000', mailHandler: 'outlook', followUpWorkingDays: 5 });
    expect(saved.templates.de.request.subject).toBe('Eigene Anfrage');
  });

  it('refuses an over-long name and says which field, saving nothing', async () => {
    const saved: unknown[] = [];
    const { element } = createWelcomeForm(DEFAULT_SETTINGS, async (s) => void saved.push(s));
    field(element, 'journalistName').value = 'x'.repeat(201);
    element.requestSubmit();
    await Promise.resolve();
    expect(saved).toEqual([]);
    expect(element.querySelector('.settings-status')?.textContent).toMatch(/^Not saved: journalistName: /);
  });
});
