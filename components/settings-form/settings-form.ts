import { SettingsSchema, type Settings } from '../../utils/settings/schema';
import { button, el, labelled } from '../log-page/dom';
import { input, textarea } from './inputs';
import { createTemplateFields } from './template-fields';
import { createMailHandlerSelect, createYouFields } from './you-fields';

// The journalist's details, mail handler, reminder delays and email templates.

export const PLACEHOLDERS = [
  'headline', 'issuer', 'summary', 'url', 'release.date', 'dateline',
  'contact.name', 'contact.role', 'contact.organization', 'contact.email',
  'deadline', 'outlet', 'journalist.name', 'journalist.email', 'journalist.phone', 'signature', 'today',
];

// Monday first, as most of the cue languages' calendars start the week.
const WEEKDAYS: readonly [number, string][] = [[1, 'Mon'], [2, 'Tue'], [3, 'Wed'], [4, 'Thu'], [5, 'Fri'], [6, 'Sat'], [0, 'Sun']];

export interface SettingsForm {
  element: HTMLElement;
}

// Saves what the form read, or says in `status` why not, field by field ("daysOff.0: Write days off as
// YYYY-MM-DD"). Settings and the welcome page save the same way.
export function saveOrExplain(
  parsed: ReturnType<typeof SettingsSchema.safeParse>,
  status: HTMLElement,
  save: (settings: Settings) => Promise<void>,
  savedText = 'Saved.',
): void {
  if (!parsed.success) {
    status.textContent = `Not saved: ${parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ')}`;
    return;
  }
  save(parsed.data).then(
    () => (status.textContent = savedText),
    (error: Error) => (status.textContent = `Not saved: ${error.message}`),
  );
}

export function createSettingsForm(initial: Settings, save: (settings: Settings) => Promise<void>): SettingsForm {
  const form = el('form', undefined, 'settings-form');
  const you = createYouFields(initial);
  const deadlineDays = input('defaultDeadlineDays', String(initial.defaultDeadlineDays), 'number');
  deadlineDays.min = '0';
  deadlineDays.max = '365';
  const followUpDays = input('followUpWorkingDays', String(initial.followUpWorkingDays), 'number');
  followUpDays.min = '1';
  followUpDays.max = '60';
  const weekend = WEEKDAYS.map(([day, label]) => {
    const box = input(`weekend-${day}`, String(day), 'checkbox');
    box.checked = initial.weekendDays.includes(day);
    const wrap = el('label', undefined, 'weekday');
    wrap.append(box, el('span', label));
    return { day, box, wrap };
  });
  const weekendRow = el('div', undefined, 'weekdays');
  weekendRow.append(...weekend.map((w) => w.wrap));
  // A div, not labelled()'s label: the weekday checkboxes have labels of their own, and labels do not nest.
  const weekendField = el('div', undefined, 'field');
  weekendField.setAttribute('role', 'group');
  weekendField.setAttribute('aria-label', 'Weekend');
  weekendField.append(el('span', 'Weekend (follow-ups skip these days)', 'field-label'), weekendRow);
  const daysOff = textarea('daysOff', initial.daysOff.join('\n'), 3);
  daysOff.placeholder = '2026-12-25\n2026-12-26';
  const handler = createMailHandlerSelect(initial.mailHandler);
  const templates = createTemplateFields(initial);

  const status = el('p', '', 'settings-status');
  status.setAttribute('role', 'status');
  const mail = el('fieldset');
  mail.append(
    el('legend', 'Requests and reminders'),
    labelled('Open emails in', handler),
    labelled('Deadline named in a request when the entry has none (days from today)', deadlineDays),
    labelled('Follow up after (working days)', followUpDays),
    weekendField,
    labelled('Days off: holidays, leave (one date per line, YYYY-MM-DD)', daysOff),
  );
  const help = el('p', `Placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}. Unknown placeholders stay in the text so you can spot them.`, 'hint');

  form.append(you.element, mail, el('h2', 'Email templates'), help, ...templates.elements, button('Save settings', () => form.requestSubmit(), 'primary'), status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = SettingsSchema.safeParse({
      ...you.read(),
      defaultDeadlineDays: Number(deadlineDays.value),
      followUpWorkingDays: Number(followUpDays.value),
      weekendDays: weekend.filter((w) => w.box.checked).map((w) => w.day),
      daysOff: [...new Set(daysOff.value.split(/[\s,;]+/).filter(Boolean))].sort(),
      mailHandler: handler.value,
      ...templates.read(),
    });
    saveOrExplain(parsed, status, save);
  });
  return { element: form };
}
