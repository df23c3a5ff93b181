import { ENTRY_STATUSES, type EntryStatus } from '../../utils/schema/entry';
import { STATUS_LABELS } from '../../utils/triage/workflow';
import { button, el, option } from '../log-page/dom';

// Shown while entries are selected: one status or tag change for all of them.

export interface BulkActions {
  setStatus(status: EntryStatus): void;
  addTag(tag: string): void;
  removeTag(tag: string): void;
  selectAllShown(): void;
  clear(): void;
}

export interface BulkBar {
  element: HTMLElement;
  setCount(count: number): void;
}

export function createBulkBar(actions: BulkActions): BulkBar {
  const bar = el('div', undefined, 'bulk-bar');
  bar.hidden = true;
  const count = el('span', '', 'bulk-count');
  const status = el('select');
  status.setAttribute('aria-label', 'Set status of selected');
  status.append(option('', 'Set status…'), ...ENTRY_STATUSES.map((s) => option(s, STATUS_LABELS[s])));
  status.addEventListener('change', () => {
    if (status.value) actions.setStatus(status.value as EntryStatus);
    status.value = '';
  });
  const tag = el('input');
  tag.placeholder = 'tag';
  tag.setAttribute('aria-label', 'Tag for selected');
  tag.maxLength = 60;
  const withTag = (fn: (t: string) => void) => () => {
    const value = tag.value.trim();
    if (value) fn(value);
  };
  bar.append(
    count,
    status,
    tag,
    button('Add tag', withTag(actions.addTag)),
    button('Remove tag', withTag(actions.removeTag)),
    button('Select all shown', () => actions.selectAllShown()),
    button('Clear selection', () => actions.clear()),
  );
  return {
    element: bar,
    setCount(n) {
      bar.hidden = n === 0;
      count.textContent = `${n} selected`;
    },
  };
}
