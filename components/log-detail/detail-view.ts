import { ENTRY_STATUSES, EntryFieldsSchema, PRIORITIES, type EntryFields, type EntryStatus, type LogEntry } from '../../utils/schema/entry';
import { SOURCE_LABELS } from '../log-table/entry-row';
import type { DuplicateMatch } from '../../utils/triage/duplicates';
import { embargoLabel, embargoState } from '../../utils/triage/embargo';
import { keyForStatus, STATUS_LABELS } from '../../utils/triage/workflow';
import type { TemplateKind } from '../../utils/settings/schema';
import { contactToVCard, contactsToVCards } from '../../utils/interview/vcard';
import { createRecordForm } from '../record-editor/record-form';
import { button, el, option } from '../log-page/dom';
import { downloadText, safeFilename } from '../log-page/download';
import { createRevisionsList } from '../log-revisions/revisions-list';
import { createReleaseTextSection } from '../release-text/release-text-section';
import type { StoredBody } from '../../utils/body/schema';
import { reachLinks } from '../contact-links/reach-links';

// The detail panel: everything about one entry, editable. Triage fields on top, the interview-request buttons per
// contact, possible duplicates with a merge offer, then the extracted record, history and requests sent.

export interface DetailActions {
  setStatus(entry: LogEntry, status: EntryStatus): Promise<void>;
  save(entry: LogEntry, fields: EntryFields): Promise<void>;
  requestInterview(entry: LogEntry, contactIndex: number, kind: TemplateKind): Promise<void>;
  merge(survivorId: string, duplicateId: string): Promise<void>;
  open(id: string): void;
  close(): void;
  // Restore a kept revision (components/log-revisions); without it the revisions are not listed.
  restore?(entry: LogEntry, revision: LogEntry['revisions'][number]): Promise<void>;
  // The entry's kept release text (components/release-text); without it the section is left out.
  loadBody?(id: string): Promise<StoredBody | null>;
  copyText?(text: string): Promise<void>;
}

export interface DetailView {
  element: HTMLElement;
  tick(now: Date): void;
  showDuplicates(list: ReadonlyArray<DuplicateMatch & { headline: string }>): void;
}

function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function labelled(label: string, control: HTMLElement): HTMLElement {
  const wrap = el('label', undefined, 'field');
  wrap.append(el('span', label, 'field-label'), control);
  return wrap;
}

export function createDetailView(
  entry: LogEntry,
  duplicates: ReadonlyArray<DuplicateMatch & { headline: string }>,
  actions: DetailActions,
  now: Date,
): DetailView {
  const panel = el('aside', undefined, 'detail');
  panel.setAttribute('aria-label', 'Entry details');
  panel.dataset.id = entry.id;
  const r = entry.record;

  const header = el('header', undefined, 'detail-header');
  header.append(el('h2', r.headline ?? '(no headline)'), button('Close (Esc)', () => actions.close(), 'close'));
  const meta = el('p', [r.issuer, r.releaseDate, r.datelinePlace, r.language, SOURCE_LABELS[entry.source ?? 'page']].filter(Boolean).join(' · '), 'meta');
  const link = el('a', r.url, 'source-link');
  // Only web addresses become links; a javascript: or data: URL from a hostile page stays plain text.
  if (/^https?:\/\//i.test(r.url)) {
    link.href = r.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
  const countdown = el('p', '', 'countdown');
  countdown.setAttribute('aria-live', 'off');
  const message = el('p', '', 'detail-message');
  message.setAttribute('role', 'status');

  // Triage fields.
  const status = el('select');
  status.name = 'status';
  for (const s of ENTRY_STATUSES) status.append(option(s, `${keyForStatus(s)} · ${STATUS_LABELS[s]}`));
  status.value = entry.status;
  status.addEventListener('change', () => void actions.setStatus(entry, status.value as EntryStatus));
  const priority = el('select');
  priority.name = 'priority';
  for (const p of PRIORITIES) priority.append(option(p, p));
  priority.value = entry.priority;
  const deadline = el('input');
  deadline.type = 'date';
  deadline.name = 'deadline';
  deadline.value = entry.deadline ?? '';
  const followUp = el('input');
  followUp.type = 'datetime-local';
  followUp.name = 'followUpAt';
  followUp.value = toLocalInput(entry.followUpAt);
  const tags = el('input');
  tags.name = 'tags';
  tags.value = entry.tags.join(', ');
  tags.placeholder = 'comma, separated';
  const notes = el('textarea');
  notes.name = 'notes';
  notes.rows = 5;
  notes.value = entry.notes;
  const triage = el('section', undefined, 'triage-fields');
  triage.append(
    labelled('Status', status),
    labelled('Priority', priority),
    labelled('Deadline', deadline),
    labelled('Follow up at', followUp),
    labelled('Tags', tags),
    labelled('Notes', notes),
  );

  // Contacts and interview requests.
  const contacts = el('section', undefined, 'detail-contacts');
  contacts.append(el('h3', 'Media contacts'));
  const context = { headline: r.headline, issuer: r.issuer, url: r.url };
  r.contacts.forEach((contact, i) => {
    const box = el('div', undefined, 'contact-card');
    box.append(
      el('strong', contact.name ?? contact.organization ?? 'Unnamed contact'),
      el('span', [contact.role, contact.organization].filter(Boolean).join(', '), 'contact-role'),
      reachLinks(contact),
    );
    const actionsRow = el('div', undefined, 'contact-actions');
    const canMail = contact.emails.length > 0;
    const kinds: Array<[TemplateKind, string]> = [['request', 'Request interview'], ['follow-up', 'Follow up'], ['thank-you', 'Thank you']];
    for (const [kind, label] of kinds) {
      const b = button(label, () => void actions.requestInterview(entry, i, kind), kind === 'request' ? 'primary request-interview' : kind);
      b.disabled = !canMail;
      if (!canMail) b.title = 'No email address for this contact';
      actionsRow.append(b);
    }
    actionsRow.append(
      button('vCard', () =>
        downloadText(`${safeFilename(contact.name ?? 'contact', 'contact')}.vcf`, contactToVCard(contact, context), 'text/vcard'),
      ),
    );
    box.append(actionsRow);
    contacts.append(box);
  });
  if (r.contacts.length === 0) contacts.append(el('p', 'No media contacts were found in this release.', 'hint'));
  else
    contacts.append(
      button('All contacts as vCard', () =>
        downloadText(`${safeFilename(r.headline ?? 'contacts', 'contacts')}.vcf`, contactsToVCards(r.contacts, context), 'text/vcard'),
      ),
    );

  // Duplicates: offered, never merged without a click. Filled in when the log's duplicate index is ready.
  const dupes = el('section', undefined, 'detail-duplicates');
  function showDuplicates(list: ReadonlyArray<DuplicateMatch & { headline: string }>) {
    dupes.replaceChildren();
    if (list.length === 0) return;
    dupes.append(el('h3', 'Possible duplicates'));
    for (const d of list) {
      const item = el('div', undefined, 'duplicate');
      item.dataset.id = d.id;
      item.append(
        el('span', d.headline, 'dup-headline'),
        el('span', d.reasons.join('; '), 'hint'),
        button('Open', () => actions.open(d.id)),
        button('Merge into this entry', () => void actions.merge(entry.id, d.id), 'merge'),
      );
      dupes.append(item);
    }
  }
  showDuplicates(duplicates);

  // The extracted record, correctable.
  const recordForm = createRecordForm(r);
  const recordBox = el('details', undefined, 'detail-record');
  recordBox.append(el('summary', 'Extracted record'), recordForm.element);

  const save = button('Save changes', () => {
    const parsed = EntryFieldsSchema.safeParse({
      record: recordForm.read(),
      status: entry.status,
      priority: priority.value,
      deadline: deadline.value || null,
      followUpAt: followUp.value ? new Date(followUp.value).toISOString() : null,
      tags: [...new Set(tags.value.split(',').map((t) => t.trim()).filter(Boolean))],
      notes: notes.value,
    });
    if (!parsed.success) {
      const recordIssues = parsed.error.issues.filter((i) => i.path[0] === 'record').map((i) => ({ ...i, path: i.path.slice(1) }));
      const unplaced = recordForm.showIssues(recordIssues);
      const other = parsed.error.issues.filter((i) => i.path[0] !== 'record').map((i) => `${i.path.join('.')}: ${i.message}`);
      if (recordIssues.length > 0) recordBox.open = true;
      message.textContent = `Not saved: ${[...other, ...unplaced].join('; ') || 'check the highlighted fields'}`;
      return;
    }
    void actions.save(entry, parsed.data);
  }, 'primary save');

  const history = el('section', undefined, 'detail-history');
  history.append(el('h3', 'History'));
  const historyList = el('ol');
  for (const change of entry.history) {
    const text = `${change.at.replace('T', ' ').slice(0, 16)} — ${change.from ? STATUS_LABELS[change.from] : 'saved'} → ${STATUS_LABELS[change.to]}${change.override ? ` (override: ${change.override})` : ''}${change.by ? ` — ${change.by}` : ''}`;
    historyList.append(el('li', text));
  }
  history.append(historyList);
  if (entry.requests.length > 0) {
    history.append(el('h3', 'Emails opened'));
    const list = el('ol', undefined, 'requests');
    for (const req of entry.requests) list.append(el('li', `${req.at.replace('T', ' ').slice(0, 16)} — ${req.kind} to ${req.contactName ?? req.email} <${req.email}> via ${req.handler}${req.by ? ` by ${req.by}` : ''}: ${req.subject}`));
    history.append(list);
  }

  panel.append(header, meta, link, countdown, message, triage, save, contacts, dupes);
  const { loadBody, copyText } = actions;
  if (loadBody && copyText) panel.append(createReleaseTextSection(r, { load: () => loadBody(entry.id), copy: copyText }));
  panel.append(recordBox, history);
  if (actions.restore) panel.append(createRevisionsList(entry, actions.restore));

  function tick(at: Date) {
    const state = embargoState(r, at);
    countdown.textContent = embargoLabel(state);
    countdown.hidden = state.kind === 'none';
    countdown.classList.toggle('embargoed', state.kind === 'active');
  }
  tick(now);

  return { element: panel, tick, showDuplicates };
}
