import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILT_IN_TEMPLATES } from '../../../utils/interview/templates';
import { loadSettings, settingsItem } from '../../../storage/settings-item';
import { DEFAULT_SETTINGS, readSettings } from '../../../utils/settings/schema';
import { upgradeSettings } from '../../../utils/settings/upgrade';

// Settings as PressClip saved them before templates had languages (storage item version 1).
function oldSettings(templates: Record<string, unknown>) {
  return { journalistName: 'Kim Lee', outlet: 'Daily Post', signature: 'Kim', email: 'kim@post.example', phone: '', defaultDeadlineDays: 2, followUpWorkingDays: 3, weekendDays: [0, 6], daysOff: [], mailHandler: 'gmail', templates };
}
const OLD_DEFAULTS = BUILT_IN_TEMPLATES.en;

describe('settings saved before templates had languages', () => {
  it('load with every field kept and the built-in templates of every language', () => {
    const s = readSettings(oldSettings(OLD_DEFAULTS));
    expect(s).toMatchObject({ journalistName: 'Kim Lee', followUpWorkingDays: 3, mailHandler: 'gmail', templateLanguage: 'release', fallbackTemplateLanguage: 'en' });
    expect(s.templates).toEqual(DEFAULT_SETTINGS.templates);
  });

  it('keep an edited English set as the English templates', () => {
    const edited = { ...OLD_DEFAULTS, request: { subject: 'Quick question: {{headline}}', body: 'Hello {{contact.name}}, could we talk today about your announcement and the plant?' } };
    const s = readSettings(oldSettings(edited));
    expect(s.templates.en.request.subject).toBe('Quick question: {{headline}}');
    expect(s.templates.de).toEqual(BUILT_IN_TEMPLATES.de);
  });

  it('keep a set the journalist rewrote in German as the German templates, and make German the fallback', () => {
    const german = {
      request: { subject: 'Anfrage: {{headline}}', body: 'Guten Tag {{contact.name}}, ich würde gern mit Ihnen über die Meldung sprechen, die Sie heute für die Presse veröffentlicht haben und die für uns wichtig ist.' },
    };
    const s = readSettings(oldSettings(german));
    expect(s.templates.de.request.subject).toBe('Anfrage: {{headline}}');
    // A kind missing from the old set comes from that language's built-in set.
    expect(s.templates.de['thank-you']).toEqual(BUILT_IN_TEMPLATES.de['thank-you']);
    expect(s.templates.en).toEqual(BUILT_IN_TEMPLATES.en);
    expect(s.fallbackTemplateLanguage).toBe('de');
  });

  it('upgrade once: settings in the new shape come back unchanged', () => {
    const upgraded = readSettings(oldSettings(OLD_DEFAULTS));
    expect(upgradeSettings(upgraded)).toBe(upgraded);
    expect(readSettings(upgraded)).toEqual(upgraded);
  });

  it('are rewritten in storage by the version 2 migration, and load the same before and after it', async () => {
    await fakeBrowser.storage.local.set({ settings: oldSettings(OLD_DEFAULTS), settings$: { v: 1 } });
    const before = await loadSettings();
    await settingsItem.migrate();
    const stored = (await fakeBrowser.storage.local.get(['settings', 'settings$'])) as Record<string, { templates?: object; v?: number }>;
    expect(stored['settings$']?.v).toBe(2);
    expect(Object.keys(stored['settings']?.templates ?? {})).toEqual(['en']);
    expect(await loadSettings()).toEqual(before);
    expect(before.journalistName).toBe('Kim Lee');
  });
});
