import { MAIL_HANDLERS, SettingsSchema, TEMPLATE_KINDS, type Settings, type TemplateKind } from '../../utils/settings/schema';
import { button, el, labelled, option } from '../log-page/dom';

// The journalist's details, mail handler, reminder delays and email templates.

export const PLACEHOLDERS = [
  'headline', 'issuer', 'summary', 'url', 'release.date', 'dateline',
  'contact.name', 'contact.role', 'contact.organization', 'contact.email',
  'deadline', 'outlet', 'journalist.name', 'journalist.email', 'journalist.phone', 'signature', 'today',
];

const HANDLER_LABELS: Record<(typeof MAIL_HANDLERS)[number], string> = {
  mailto: 'My mail program (mailto:)',
  gmail: 'Gmail in the browser',
  outlook: 'Outlook on the web',
};

const TEMPLATE_LABELS: Record<TemplateKind, string> = {
  request: 'Interview request',
  'follow-up': 'Follow-up',
  'thank-you': 'Thank-you',
};

// Monday first, as most of the cue languages' calendars start the week.
const WEEKDAYS: readonly [number, string][] = [[1, 'Mon'], [2, 'Tue'], [3, 'Wed'], [4, 'Thu'], [5, 'Fri'], [6, 'Sat'], [0, 'Sun']];

export interface SettingsForm {
  element: HTMLElement;
}

function input(name: string, value: string, type = 'text'): HTMLInputElement {
  const i = el('input');
  i.name = name;
  i.type = type;
  i.value = value;
  return i;
}

export function createSettingsForm(initial: Settings, save: (settings: Settings) => Promise<void>): SettingsForm {
  const form = el('form', undefined, 'settings-form');
  const name = input('journalistName', initial.journalistName);
  const outlet = input('outlet', initial.outlet);
  const email = input('email', initial.email, 'email');
  const phone = input('phone', initial.phone, 'tel');
  const signature = el('textarea');
  signature.name = 'signature';
  signature.rows = 3;
  signature.value = initial.signature;
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
  const daysOff = el('textarea');
  daysOff.name = 'daysOff';
  daysOff.rows = 3;
  daysOff.placeholder = '2026-12-25\n2026-12-26';
  daysOff.value = initial.daysOff.join('\n');
  const handler = el('select');
  handler.name = 'mailHandler';
  handler.append(...MAIL_HANDLERS.map((h) => option(h, HANDLER_LABELS[h])));
  handler.value = initial.mailHandler;

  const templates = TEMPLATE_KINDS.map((kind) => {
    const subject = input(`templates.${kind}.subject`, initial.templates[kind].subject);
    const body = el('textarea');
    body.name = `templates.${kind}.body`;
    body.rows = 8;
    body.value = initial.templates[kind].body;
    const box = el('fieldset', undefined, 'template');
    box.append(el('legend', TEMPLATE_LABELS[kind]), labelled('Subject', subject), labelled('Body', body));
    return { kind, subject, body, box };
  });

  const status = el('p', '', 'settings-status');
  status.setAttribute('role', 'status');
  const me = el('fieldset');
  me.append(el('legend', 'You'), labelled('Name', name), labelled('Outlet', outlet), labelled('Email', email), labelled('Phone', phone), labelled('Signature', signature));
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

  form.append(me, mail, el('h2', 'Email templates'), help, ...templates.map((t) => t.box), button('Save settings', () => form.requestSubmit(), 'primary'), status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = SettingsSchema.safeParse({
      journalistName: name.value,
      outlet: outlet.value,
      signature: signature.value,
      email: email.value,
      phone: phone.value,
      defaultDeadlineDays: Number(deadlineDays.value),
      followUpWorkingDays: Number(followUpDays.value),
      weekendDays: weekend.filter((w) => w.box.checked).map((w) => w.day),
      daysOff: [...new Set(daysOff.value.split(/[\s,;]+/).filter(Boolean))].sort(),
      mailHandler: handler.value,
      templates: Object.fromEntries(templates.map((t) => [t.kind, { subject: t.subject.value, body: t.body.value }])),
    });
    if (!parsed.success) {
      status.textContent = `Not saved: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
      return;
    }
    save(parsed.data).then(
      () => (status.textContent = 'Saved.'),
      (error: Error) => (status.textContent = `Not saved: ${error.message}`),
    );
  });
  return { element: form };
}
