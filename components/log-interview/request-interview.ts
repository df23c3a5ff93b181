import { browser } from 'wxt/browser';
import type { LogEntry } from '../../utils/schema/entry';
import type { TemplateKind } from '../../utils/settings/schema';
import { loadSettings } from '../../storage/settings-item';
import { buildInterviewDraft } from '../../utils/interview/request';
import { ask } from '../log-page/messages';

// "Request interview" for one contact, callable from the log page and the popup: builds the email from the
// journalist's template, opens it in their mail handler, and records the request on the entry.
// Opening the compose window is the journalist's own click; the extension sends nothing itself.

export function openComposeUrl(url: string): void {
  if (url.startsWith('mailto:')) {
    // A link click hands mailto: to the system's mail program without leaving this page.
    const link = document.createElement('a');
    link.href = url;
    link.rel = 'noopener';
    link.click();
    return;
  }
  void browser.tabs.create({ url });
}

export async function requestInterview(
  entry: LogEntry,
  contactIndex: number,
  kind: TemplateKind = 'request',
  now = new Date(),
): Promise<LogEntry> {
  const settings = await loadSettings();
  const draft = buildInterviewDraft(entry, contactIndex, settings, now, kind);
  openComposeUrl(draft.url);
  const { entry: updated } = await ask('log:record-request', { id: entry.id, request: draft.request, followUpAt: draft.followUpAt });
  return updated;
}

// The first contact PressClip can email, for the one-key shortcut.
export function firstEmailContact(entry: LogEntry): number {
  return entry.record.contacts.findIndex((contact) => contact.emails.length > 0);
}
