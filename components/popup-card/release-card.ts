import type { Contact, PressRelease } from '../../utils/schema/record';
import { embargoLabel, embargoState } from '../../utils/triage/embargo';
import { contactCard } from './contact-card';
import { localDay } from '../../utils/display/local-date';

// What will be saved, at a glance: headline, issuer · date · dateline, the embargo with its countdown, the
// summary (expandable) and the contacts. Read-only; "Edit" swaps in the form. Text only: the page is hostile.


function node<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const n = document.createElement(tag);
  n.textContent = text;
  if (className) n.className = className;
  return n;
}

function embargoChip(record: PressRelease): HTMLElement | null {
  if (!record.embargo) return null;
  const chip = node('span', '', 'chip embargo');
  const until = record.embargo.until ? new Date(record.embargo.until) : null;
  const when = until && !Number.isNaN(until.getTime())
    ? ` · ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(until)}`
    : '';
  const tick = () => { chip.textContent = `${embargoLabel(embargoState(record, new Date()))}${when}`; };
  tick();
  // The countdown keeps moving while the popup stays open; the timer ends with the popup.
  setInterval(tick, 30_000);
  return chip;
}

function summaryBlock(summary: string): HTMLElement {
  const box = node('div', '', 'summary-block');
  const text = node('p', summary, 'summary clamped');
  box.append(text);
  if (summary.length > 220) {
    const more = node('button', 'Show more', 'link');
    more.type = 'button';
    more.setAttribute('aria-expanded', 'false');
    more.addEventListener('click', () => {
      const open = text.classList.toggle('clamped') === false;
      more.textContent = open ? 'Show less' : 'Show more';
      more.setAttribute('aria-expanded', String(open));
    });
    box.append(more);
  } else {
    text.classList.remove('clamped');
  }
  return box;
}

export type ContactAction = (contact: Contact, index: number) => HTMLElement | null;

export function releaseCard(record: PressRelease, actionFor: ContactAction): HTMLElement {
  const card = node('section', '', 'release-card');
  card.setAttribute('aria-label', 'Release to save');
  card.append(node('h2', record.headline ?? 'No headline found', 'card-headline'));
  const meta = [record.issuer, record.releaseDate ? localDay(record.releaseDate) : null, record.datelinePlace]
    .filter((s): s is string => !!s)
    .join(' · ');
  if (meta) card.append(node('p', meta, 'meta card-meta'));
  const embargo = embargoChip(record);
  if (embargo) card.append(embargo);
  if (record.summary) card.append(summaryBlock(record.summary));
  if (record.contacts.length > 0) {
    const contacts = node('div', '', 'contact-cards');
    contacts.append(node('h3', 'Media contacts', 'section-title'));
    record.contacts.forEach((c, i) => contacts.append(contactCard(c, actionFor(c, i))));
    card.append(contacts);
  } else {
    card.append(node('p', 'No media contact found on the page.', 'meta'));
  }
  return card;
}
