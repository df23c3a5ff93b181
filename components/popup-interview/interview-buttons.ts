import type { Contact } from '../../utils/schema/record';
import type { LogEntry } from '../../utils/schema/entry';

// The one-click interview request for a contact PressClip can e-mail (the same action as in the log page). In the
// popup's card the entry may not be saved yet: `entryFor` saves it first. Names come from the page: text only.

export type RequestFn = (entry: LogEntry, contactIndex: number) => Promise<LogEntry>;

const who = (contact: Contact) => contact.name ?? contact.emails[0] ?? 'contact';

export function interviewButton(
  contact: Contact,
  index: number,
  entryFor: () => Promise<LogEntry | null>,
  request: RequestFn,
  report: (message: string) => void,
): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'request';
  button.textContent = `Request interview: ${who(contact)}`;
  button.addEventListener('click', () => {
    button.disabled = true;
    entryFor()
      .then((entry) => (entry ? request(entry, index) : null))
      .then(
        (updated) => {
          if (updated === null) {
            button.disabled = false;
            return;
          }
          const followUp = updated.followUpAt ? `; follow-up on ${updated.followUpAt.slice(0, 10)}` : '';
          report(`Interview request to ${who(contact)} logged${followUp}.`);
        },
        (error: unknown) => {
          button.disabled = false;
          report(`Could not log the request: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
  });
  return button;
}

export function interviewButtons(entry: LogEntry, request: RequestFn, report: (message: string) => void): HTMLElement {
  const box = document.createElement('div');
  box.className = 'interview-requests';
  entry.record.contacts.forEach((contact, index) => {
    if (contact.emails.length > 0) box.append(interviewButton(contact, index, () => Promise.resolve(entry), request, report));
  });
  return box;
}
