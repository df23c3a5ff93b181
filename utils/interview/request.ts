import type { InterviewRequest, LogEntry } from '../schema/entry';
import type { Contact } from '../schema/record';
import type { Settings, TemplateKind } from '../settings/schema';
import { addCalendarDays, addWorkingDays, localIsoDate } from '../triage/working-days';
import { nextInstant } from '../log/timestamps';
import { composeUrl } from './compose-url';
import { fillTemplate, type TemplateValues } from './template';
import { readableDate } from './readable-date';
import { templateLanguageFor } from './template-language';
import type { TemplateLanguage } from './templates/languages';

// "Request interview" in one click: the email draft, the compose URL that opens it, and the record of what was
// sent. Pure, so the log page and the popup build exactly the same thing.

export interface InterviewDraft {
  url: string;
  request: InterviewRequest;
  followUpAt: string | null;
}

export class NoEmailError extends Error {}

export function deadlineFor(entry: Pick<LogEntry, 'deadline'>, settings: Settings, now: Date): string {
  return entry.deadline ?? localIsoDate(addCalendarDays(now, settings.defaultDeadlineDays));
}

// Dates are written in the email's language ("Donnerstag, 5. März 2026" in a German one).
export function templateValues(entry: LogEntry, contact: Contact | null, settings: Settings, now: Date, language: TemplateLanguage = 'en'): TemplateValues {
  const r = entry.record;
  return {
    headline: r.headline,
    issuer: r.issuer,
    summary: r.summary,
    url: r.canonicalUrl ?? r.url,
    'release.date': r.releaseDate,
    dateline: r.datelinePlace,
    'contact.name': contact?.name ?? null,
    'contact.role': contact?.role ?? null,
    'contact.organization': contact?.organization ?? null,
    'contact.email': contact?.emails[0] ?? null,
    deadline: readableDate(deadlineFor(entry, settings, now), language),
    outlet: settings.outlet,
    'journalist.name': settings.journalistName,
    'journalist.email': settings.email,
    'journalist.phone': settings.phone,
    signature: settings.signature,
    today: readableDate(localIsoDate(now), language),
  };
}

export function buildInterviewDraft(
  entry: LogEntry,
  contactIndex: number,
  settings: Settings,
  now: Date,
  kind: TemplateKind = 'request',
  emailIndex = 0,
): InterviewDraft {
  const contact = entry.record.contacts[contactIndex];
  if (!contact) throw new RangeError(`This entry has no contact number ${contactIndex + 1}.`);
  const email = contact.emails[emailIndex];
  if (!email) throw new NoEmailError(`${contact.name ?? 'This contact'} has no email address.`);
  // The release's language picks the template set (Settings can fix one language instead).
  const language = templateLanguageFor(entry.record, settings);
  const template = settings.templates[language][kind];
  const values = templateValues(entry, contact, settings, now, language);
  const subject = fillTemplate(template.subject, values, { multiline: false }).slice(0, 1000);
  const body = fillTemplate(template.body, values, { multiline: true }).slice(0, 20000);
  const handler = settings.mailHandler;
  const followUpAt = kind === 'thank-you' ? entry.followUpAt : addWorkingDays(now, settings.followUpWorkingDays, { weekend: settings.weekendDays, holidays: settings.daysOff }).toISOString();
  return {
    url: composeUrl(handler, { to: email, subject, body }),
    followUpAt,
    request: { at: now.toISOString(), contactName: contact.name, email, subject, body, handler, kind },
  };
}

// A first request moves a story that was still waiting to "requested"; a follow-up or thank-you never moves it
// backwards (a scheduled interview stays scheduled).
const BEFORE_REQUEST = new Set(['new', 'to-contact', 'no-response']);

export function applyInterviewRequest(entry: LogEntry, draft: Pick<InterviewDraft, 'request' | 'followUpAt'>, now: Date): LogEntry {
  const at = nextInstant(now, entry.updatedAt);
  const moves = draft.request.kind === 'request' && BEFORE_REQUEST.has(entry.status);
  return {
    ...entry,
    updatedAt: at,
    status: moves ? 'requested' : entry.status,
    followUpAt: draft.followUpAt,
    requests: [...entry.requests, draft.request].slice(-500),
    history: moves ? [...entry.history, { at, from: entry.status, to: 'requested' as const, override: null }].slice(-1000) : entry.history,
  };
}
