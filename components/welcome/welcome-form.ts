import { SettingsSchema, type Settings } from '../../utils/settings/schema';
import { button, el, labelled } from '../log-page/dom';
import { saveOrExplain } from '../settings-form/settings-form';
import { createMailHandlerSelect, createYouFields } from '../settings-form/you-fields';

// The welcome page's one form: who you are, how contacts reach you, where emails open. The same fields as
// Settings (components/settings-form/you-fields.ts), saved into the same settings over what is already there,
// so everything else (templates, reminders) keeps its value.

export function createWelcomeForm(initial: Settings, save: (settings: Settings) => Promise<void>): { element: HTMLFormElement } {
  const form = el('form', undefined, 'welcome-form');
  const you = createYouFields(initial, 'About you (fills your interview requests)');
  const handler = createMailHandlerSelect(initial.mailHandler);
  const mail = el('fieldset');
  mail.append(el('legend', 'Your email'), labelled('Open emails in', handler));
  const status = el('p', '', 'settings-status');
  status.setAttribute('role', 'status');
  form.append(you.element, mail, button('Save and continue', () => form.requestSubmit(), 'primary'), status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = SettingsSchema.safeParse({ ...initial, ...you.read(), mailHandler: handler.value });
    saveOrExplain(parsed, status, save, 'Saved. You can change this any time in Settings.');
  });
  return { element: form };
}
