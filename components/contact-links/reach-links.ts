import type { Contact } from '../../utils/schema/record';
import { phoneForReading, telHref } from '../../utils/display/phone';

// A contact's e-mail as a compose link and phone as a call link (shown in the international format). Used by the
// popup's contact cards and the log page's detail panel. Addresses come from the page: text and href only.

export function mailLink(email: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.textContent = email;
  link.href = `mailto:${email}`;
  return link;
}

export function phoneLink(phone: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.textContent = phoneForReading(phone);
  link.href = telHref(phone);
  return link;
}

export function reachLinks(contact: Contact): HTMLElement {
  const box = document.createElement('span');
  box.className = 'contact-reach';
  box.append(...contact.emails.map(mailLink), ...contact.phones.map(phoneLink));
  return box;
}
