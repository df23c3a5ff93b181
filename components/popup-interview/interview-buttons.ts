import type { Contact } from '../../utils/schema/record';
import type { LogEntry } from '../../utils/schema/entry';

// Once a release is in the log, the popup offers the one-click interview request for every contact PressClip
// can e-mail (the same action as in the log page). Names come from the page, so they go in as text only.

export type RequestFn = (entry: LogEntry, contactIndex: number) => Promise<LogEntry>;

const who = (contact: Contact) => contact.name ?? contact.emails[0] ?? 'contact';

export function interviewButtons(entry: LogEntry, request: RequestFn, report: (message: string) => void): HTMLElement {
  const box = document.createElement('div');
  box.className = 'interview-requests';
  entry.record.contacts.forEach((contact, index) => {
    if (contact.emails.length === 0) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Request interview: ${who(contact)}`;
    button.addEventListener('click', () => {
      button.disabled = true;
      request(entry, index).then(
        (updated) => {
          const followUp = updated.followUpAt ? `; follow-up on ${updated.followUpAt.slice(0, 10)}` : '';
          report(`Interview request to ${who(contact)} logged${followUp}.`);
        },
        (error: unknown) => {
          button.disabled = false;
          report(`Could not log the request: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
    });
    box.append(button);
  });
  return box;
}
