import { MAIL_HANDLERS, type MailHandler, type Settings } from '../../utils/settings/schema';
import { el, labelled, option } from '../log-page/dom';
import { input, textarea } from './inputs';

// "You" (who is asking, how to reach you) and the mail handler: shared by Settings and the welcome page, so both
// save the same fields the same way.

export type YouValues = Pick<Settings, 'journalistName' | 'outlet' | 'email' | 'phone' | 'signature'>;

export interface YouFields {
  element: HTMLFieldSetElement;
  read(): YouValues;
}

export function createYouFields(initial: YouValues, legend = 'You'): YouFields {
  const name = input('journalistName', initial.journalistName);
  name.autocomplete = 'name';
  const outlet = input('outlet', initial.outlet);
  outlet.autocomplete = 'organization';
  const email = input('email', initial.email, 'email');
  email.autocomplete = 'email';
  const phone = input('phone', initial.phone, 'tel');
  phone.autocomplete = 'tel';
  const signature = textarea('signature', initial.signature, 3);
  const element = el('fieldset');
  element.append(el('legend', legend), labelled('Name', name), labelled('Outlet', outlet), labelled('Email', email), labelled('Phone', phone), labelled('Signature', signature));
  return {
    element,
    read: () => ({ journalistName: name.value, outlet: outlet.value, email: email.value, phone: phone.value, signature: signature.value }),
  };
}

const HANDLER_LABELS: Record<MailHandler, string> = {
  mailto: 'My mail program (mailto:)',
  gmail: 'Gmail in the browser',
  outlook: 'Outlook on the web',
};

export function createMailHandlerSelect(initial: MailHandler): HTMLSelectElement {
  const handler = el('select');
  handler.name = 'mailHandler';
  handler.append(...MAIL_HANDLERS.map((h) => option(h, HANDLER_LABELS[h])));
  handler.value = initial;
  return handler;
}
