import type { InterviewRequest, LogEntry } from '../schema/entry';

// Before a second interview request to the same press officer about the same release: on a shared desk the
// first one may have been a colleague's (requests travel with the entry through the newsroom log), and two
// reporters calling one press officer about one story is what the desk wants to avoid.
// Addresses compare case-insensitively ("Press@Acme.example" is the same mailbox). Follow-ups and thank-yous
// to the same address are expected and not warned about.

export function earlierRequest(entry: LogEntry, contactIndex: number): InterviewRequest | null {
  const emails = new Set((entry.record.contacts[contactIndex]?.emails ?? []).map((email) => email.toLowerCase()));
  if (emails.size === 0) return null;
  const earlier = entry.requests.filter((request) => request.kind === 'request' && emails.has(request.email.toLowerCase()));
  return earlier.at(-1) ?? null;
}

export function secondRequestWarning(request: InterviewRequest, formatTime: (iso: string) => string): string {
  const who = request.contactName ? `${request.contactName} (${request.email})` : request.email;
  // Requests recorded since the newsroom desk name who sent them; older ones do not.
  const sender = request.by === undefined ? 'by you or a colleague on the desk' : `by ${request.by}`;
  return `An interview request to ${who} about this release was already sent on ${formatTime(request.at)}, ${sender}. Send another one?`;
}
