import type { LogEntry } from '../../utils/schema/entry';
import type { SourceKind } from '../../utils/schema/source-kind';
import { embargoLabel, embargoState } from '../../utils/triage/embargo';
import { isFollowUpDue } from '../../utils/triage/follow-up';
import { STATUS_LABELS } from '../../utils/triage/workflow';
import { el } from '../log-page/dom';
import { holderLabel } from '../../utils/log/assignment';
import { localDay } from '../../utils/display/local-date';

// One row of the log table: the columns a journalist scans to decide what to chase.

export const COLUMNS = [
  { key: 'select', label: '' },
  { key: 'status', label: 'Status', sort: 'status' },
  { key: 'priority', label: 'Priority', sort: 'priority' },
  { key: 'date', label: 'Date', sort: 'date' },
  { key: 'headline', label: 'Headline' },
  { key: 'issuer', label: 'Issuer' },
  { key: 'contact', label: 'Contact' },
  { key: 'source', label: 'Source' },
  { key: 'deadline', label: 'Deadline', sort: 'deadline' },
  { key: 'flags', label: 'Flags' },
] as const;

// Who to call first: the first media contact's name, else the address or number that stands for them.
export function firstContactLabel(entry: LogEntry): string {
  const first = entry.record.contacts[0];
  if (!first) return '';
  const more = entry.record.contacts.length > 1 ? ` +${entry.record.contacts.length - 1}` : '';
  return `${first.name ?? first.emails[0] ?? first.phones[0] ?? first.organization ?? ''}${more}`;
}

// An entry without a source is a web page (saved before PressClip read files, or from a tab).
export const SOURCE_LABELS: Record<SourceKind, string> = { page: 'Web page', pdf: 'PDF', email: 'E-mail', document: 'Document', pasted: 'Pasted' };

// The headline, then a small link to the release's page (web addresses only: the URL came from a page). A click on
// the headline itself opens the detail, as anywhere on the row; the link is out of the Tab order (the keyboard
// moves by rows, and the detail panel has the same link).
function headlineLink(entry: LogEntry): Node {
  const text = entry.record.headline ?? entry.record.url;
  const box = el('span', undefined, 'headline');
  box.append(el('span', text));
  box.title = text;
  if (!/^https?:\/\//i.test(entry.record.url)) return box;
  const link = el('a', '↗', 'page-link');
  link.href = entry.record.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.tabIndex = -1;
  link.setAttribute('aria-label', 'Open the release page');
  link.title = entry.record.url;
  box.append(' ', link);
  return box;
}

export interface RowState {
  cursor: boolean;
  selected: boolean;
  duplicate: boolean;
}

export function renderEntryRow(entry: LogEntry, row: HTMLElement, state: RowState, now: Date): void {
  row.classList.toggle('cursor', state.cursor);
  row.classList.toggle('selected', state.selected);
  row.dataset.id = entry.id;
  row.dataset.status = entry.status;
  if (state.cursor) row.setAttribute('aria-current', 'true');
  row.setAttribute('aria-selected', String(state.selected));

  const check = el('input');
  check.type = 'checkbox';
  check.checked = state.selected;
  check.tabIndex = -1;
  check.className = 'select-box';
  check.setAttribute('aria-label', 'Select');

  const flags: string[] = [];
  const embargo = embargoState(entry.record, now);
  if (embargo.kind === 'active') flags.push(embargoLabel(embargo));
  if (isFollowUpDue(entry, now)) flags.push('Follow-up due');
  if (state.duplicate) flags.push('Possible duplicate');
  const held = holderLabel(entry);
  if (held) flags.push(held);

  const cells: Array<[string, Node | string]> = [
    ['select', check],
    ['status', STATUS_LABELS[entry.status]],
    ['priority', entry.priority],
    ['date', localDay(entry.record.releaseDate ?? entry.createdAt.slice(0, 10))],
    ['headline', headlineLink(entry)],
    ['issuer', entry.record.issuer ?? ''],
    ['contact', firstContactLabel(entry)],
    ['source', SOURCE_LABELS[entry.source ?? 'page']],
    ['deadline', entry.deadline ? localDay(entry.deadline.slice(0, 10)) : ''],
    ['flags', flags.join(' · ')],
  ];
  for (const [key, content] of cells) {
    const cell = el('div', undefined, `cell cell-${key}`);
    cell.setAttribute('role', 'gridcell');
    if (typeof content === 'string') {
      cell.textContent = content;
      cell.title = content;
    } else cell.append(content);
    if (key === 'flags' && embargo.kind === 'active') cell.classList.add('embargoed');
    if (key === 'priority') cell.classList.add(`priority-${entry.priority}`);
    row.append(cell);
  }
}
