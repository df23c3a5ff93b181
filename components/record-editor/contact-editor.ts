import type { Contact } from '../../utils/schema/record';
import { phoneForReading, phoneForStoring } from '../../utils/display/phone';
import { createField, lines, orNull, type Field } from './field';

// Every media contact as a small block of inputs; contacts can be added, removed and corrected.

export interface ContactEditor {
  element: HTMLElement;
  fields(): Field[];
  read(): unknown[];
}

const EMPTY: Contact = { name: null, role: null, organization: null, emails: [], phones: [] };

export function createContactEditor(initial: readonly Contact[]): ContactEditor {
  const element = document.createElement('section');
  element.className = 'contacts';
  const heading = document.createElement('h2');
  heading.textContent = 'Media contacts';
  const list = document.createElement('div');
  const add = document.createElement('button');
  add.type = 'button';
  add.textContent = 'Add contact';
  element.append(heading, list, add);

  let rows: Array<{ fields: Field[]; read(): unknown }> = [];

  function renderRow(contact: Contact, i: number) {
    const box = document.createElement('fieldset');
    box.className = 'contact';
    const legend = document.createElement('legend');
    legend.textContent = `Contact ${i + 1}`;
    const p = `contacts[${i}]`;
    const name = createField('Name', `${p}.name`, contact.name ?? '');
    const role = createField('Role', `${p}.role`, contact.role ?? '');
    const org = createField('Organization', `${p}.organization`, contact.organization ?? '');
    const emails = createField('Emails', `${p}.emails`, contact.emails.join('\n'), {
      multiline: true,
      hint: 'One per line',
    });
    const phones = createField('Phones', `${p}.phones`, contact.phones.map(phoneForReading).join('\n'), {
      multiline: true,
      hint: 'One per line',
    });
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove-contact';
    remove.textContent = 'Remove contact';
    remove.addEventListener('click', () => {
      const current = readAll();
      current.splice(i, 1);
      render(current);
    });
    box.append(legend, name.element, role.element, org.element, emails.element, phones.element, remove);
    list.append(box);
    return {
      fields: [name, role, org, emails, phones],
      read: (): Contact => ({
        name: orNull(name.read()),
        role: orNull(role.read()),
        organization: orNull(org.read()),
        emails: lines(emails.read()),
        phones: lines(phones.read()).map(phoneForStoring),
      }),
    };
  }

  function readAll(): Contact[] {
    return rows.map((r) => r.read() as Contact);
  }

  function render(contacts: readonly Contact[]) {
    list.replaceChildren();
    rows = contacts.map(renderRow);
  }

  add.addEventListener('click', () => {
    render([...readAll(), { ...EMPTY }]);
    rows.at(-1)?.fields[0]?.element.querySelector('input')?.focus();
  });

  render(initial);
  return { element, fields: () => rows.flatMap((r) => r.fields), read: readAll };
}
