import { describe, expect, it } from 'vitest';
import { createSettingsForm } from '../../../components/settings-form/settings-form';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';

function mount() {
  const saved: Settings[] = [];
  const { element } = createSettingsForm(DEFAULT_SETTINGS, async (s) => void saved.push(s));
  document.body.replaceChildren(element);
  const form = element as HTMLFormElement;
  const box = (day: number) => form.querySelector<HTMLInputElement>(`input[name="weekend-${day}"]`)!;
  const daysOff = form.querySelector<HTMLTextAreaElement>('textarea[name="daysOff"]')!;
  const submit = () => form.dispatchEvent(new Event('submit', { cancelable: true }));
  const status = () => form.querySelector('.settings-status')?.textContent ?? '';
  return { saved, box, daysOff, submit, status };
}

describe('settings form: weekend and days off', () => {
  it('shows the default weekend ticked and saves a changed weekend and days off', async () => {
    const f = mount();
    expect([0, 1, 2, 3, 4, 5, 6].map((d) => f.box(d).checked)).toEqual([true, false, false, false, false, false, true]);
    f.box(0).checked = false;
    f.box(5).checked = true;
    f.daysOff.value = '2026-12-26\n2026-12-25, 2026-12-25';
    f.submit();
    await Promise.resolve();
    expect(f.saved).toHaveLength(1);
    expect(f.saved[0]).toMatchObject({ weekendDays: [5, 6], daysOff: ['2026-12-25', '2026-12-26'] });
  });

  it('refuses a day off not written as a date, and says which field', async () => {
    const f = mount();
    f.daysOff.value = '25.12.2026';
    f.submit();
    await Promise.resolve();
    expect(f.saved).toHaveLength(0);
    expect(f.status()).toContain('daysOff.0');
    expect(f.status()).toContain('YYYY-MM-DD');
  });

  it('refuses a week with no working day', async () => {
    const f = mount();
    for (let d = 0; d < 7; d++) f.box(d).checked = true;
    f.submit();
    await Promise.resolve();
    expect(f.saved).toHaveLength(0);
    expect(f.status()).toContain('At least one day of the week must be a working day.');
  });
});

describe('settings form: templates per language', () => {
  it('shows one language at a time and saves an edited German template without touching the others', async () => {
    const f = mount();
    const form = document.querySelector('form')!;
    const sets = () => [...form.querySelectorAll<HTMLElement>('.template-set')].filter((s) => !s.hidden).map((s) => s.dataset.language);
    expect(sets()).toEqual(['en']);
    const editing = form.querySelector<HTMLSelectElement>('select[name="editTemplateLanguage"]')!;
    editing.value = 'de';
    editing.dispatchEvent(new Event('change'));
    expect(sets()).toEqual(['de']);
    const subject = form.querySelector<HTMLInputElement>('input[name="templates.de.request.subject"]')!;
    expect(subject.value).toBe('Interviewanfrage: {{headline}}');
    subject.value = 'Anfrage: {{headline}}';
    form.querySelector<HTMLSelectElement>('select[name="fallbackTemplateLanguage"]')!.value = 'nl';
    form.querySelector<HTMLSelectElement>('select[name="templateLanguage"]')!.value = 'it';
    f.submit();
    await Promise.resolve();
    expect(f.saved).toHaveLength(1);
    expect(f.saved[0]?.templates.de.request.subject).toBe('Anfrage: {{headline}}');
    expect(f.saved[0]?.templates.de['follow-up']).toEqual(DEFAULT_SETTINGS.templates.de['follow-up']);
    expect(f.saved[0]?.templates.en).toEqual(DEFAULT_SETTINGS.templates.en);
    expect(f.saved[0]).toMatchObject({ templateLanguage: 'it', fallbackTemplateLanguage: 'nl' });
  });
});

describe('settings form: restoring built-in templates', () => {
  it("puts back one language's built-in wording, which the next save keeps", async () => {
    const edited = { ...DEFAULT_SETTINGS, templates: { ...DEFAULT_SETTINGS.templates, nl: { ...DEFAULT_SETTINGS.templates.nl, 'thank-you': { subject: 'Dank', body: 'Dank!' } } } };
    const saved: Settings[] = [];
    const { element } = createSettingsForm(edited, async (s) => void saved.push(s));
    document.body.replaceChildren(element);
    const nl = element.querySelector<HTMLElement>('.template-set[data-language="nl"]')!;
    expect(nl.querySelector<HTMLInputElement>('input[name="templates.nl.thank-you.subject"]')!.value).toBe('Dank');
    [...nl.querySelectorAll('button')].find((b) => b.textContent === 'Restore the built-in Nederlands templates')!.click();
    (element as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    expect(saved[0]?.templates.nl).toEqual(DEFAULT_SETTINGS.templates.nl);
    expect(saved[0]?.templates.nl['thank-you'].subject).toBe('Bedankt: {{headline}}');
  });
});
