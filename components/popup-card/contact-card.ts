import type { Contact } from '../../utils/schema/record';
import { mailLink, phoneLink } from '../contact-links/reach-links';

// One media contact as a card: who they are, each e-mail and phone as links (compose, call) with a copy button,
// and "Request interview". Every string here comes from the page, so it goes in as text only.

function node<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const n = document.createElement(tag);
  n.textContent = text;
  if (className) n.className = className;
  return n;
}

function copyButton(value: string, what: string): HTMLButtonElement {
  const button = node('button', 'Copy', 'copy');
  button.type = 'button';
  button.setAttribute('aria-label', `Copy ${what} ${value}`);
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(value).then(
      () => { button.textContent = 'Copied'; },
      () => { button.textContent = 'Copy failed'; },
    );
  });
  return button;
}

function reachRow(link: HTMLAnchorElement, what: string): HTMLElement {
  const row = node('li', '', 'reach');
  row.append(link, copyButton(link.textContent ?? '', what));
  return row;
}

// `action` is the contact's "Request interview" button, built by the caller (it knows how to save first).
export function contactCard(contact: Contact, action: HTMLElement | null): HTMLElement {
  const card = node('article', '', 'contact-card');
  card.append(node('h3', contact.name ?? contact.emails[0] ?? 'Unnamed contact', 'contact-name'));
  const role = [contact.role, contact.organization].filter((s): s is string => !!s).join(' · ');
  if (role) card.append(node('p', role, 'meta'));
  const reach = node('ul', '', 'reach-list');
  for (const email of contact.emails) reach.append(reachRow(mailLink(email), 'e-mail'));
  for (const phone of contact.phones) reach.append(reachRow(phoneLink(phone), 'phone'));
  if (reach.childElementCount > 0) card.append(reach);
  if (action) card.append(action);
  return card;
}
