import { ENTRY_STATUSES, type EntryStatus } from '../../utils/schema/entry';
import { SORT_KEYS, type SortKey, type SortOrder } from '../../utils/triage/filter';
import { STATUS_LABELS } from '../../utils/triage/workflow';
import { button, el, option } from '../log-page/dom';

// Search box, filters, sort order and export buttons above the log table.

export interface ToolbarState {
  query: string;
  status: EntryStatus | '';
  tag: string;
  issuer: string;
  language: string;
  embargoActive: boolean;
  followUpDue: boolean;
  duplicatesOnly: boolean;
  sort: SortOrder;
}

export interface ToolbarActions {
  changed(state: ToolbarState): void;
  exportCsv(): void;
  // `withBodies: false`: the JSON export without the kept release texts (a much smaller file).
  exportJson(withBodies: boolean): void;
  openSettings(): void;
}

export interface Toolbar {
  element: HTMLElement;
  search: HTMLInputElement;
  state(): ToolbarState;
  setFacets(facets: { tags: string[]; issuers: string[]; languages: string[] }): void;
  setSort(sort: SortOrder): void;
  setCount(shown: number, total: number): void;
  showFollowUpsDue(): void;
  // Share of the log indexed for search so far (1 = done).
  setIndexing(done: number): void;
  // Puts a control (the Import panel) first among Export and Settings.
  addAction(element: HTMLElement): void;
}

const SORT_LABELS: Record<SortKey, string> = {
  date: 'Release date',
  priority: 'Priority',
  deadline: 'Deadline',
  status: 'Status',
  updated: 'Last change',
};

const READY_PLACEHOLDER = 'Search headline, issuer, contacts, notes…  ( / )';

function replaceOptions(select: HTMLSelectElement, allLabel: string, values: readonly string[]) {
  const current = select.value;
  select.replaceChildren(option('', allLabel), ...values.map((v) => option(v, v)));
  select.value = values.includes(current) ? current : '';
}

export function createToolbar(actions: ToolbarActions): Toolbar {
  const bar = el('div', undefined, 'toolbar');
  const search = el('input');
  search.type = 'search';
  search.placeholder = READY_PLACEHOLDER;
  search.setAttribute('aria-label', 'Search the log');
  search.className = 'search';

  const status = el('select');
  status.setAttribute('aria-label', 'Status filter');
  status.append(option('', 'All statuses'), ...ENTRY_STATUSES.map((s) => option(s, STATUS_LABELS[s])));
  const tag = el('select');
  tag.setAttribute('aria-label', 'Tag filter');
  const issuer = el('input');
  issuer.setAttribute('aria-label', 'Issuer filter');
  issuer.placeholder = 'Issuer';
  issuer.setAttribute('list', 'issuer-list');
  const issuerList = el('datalist');
  issuerList.id = 'issuer-list';
  const language = el('select');
  language.setAttribute('aria-label', 'Language filter');
  replaceOptions(tag, 'All tags', []);
  replaceOptions(language, 'All languages', []);

  const checkbox = (label: string, name: string) => {
    const box = el('input');
    box.type = 'checkbox';
    box.name = name;
    const wrap = el('label', undefined, 'check');
    wrap.append(box, document.createTextNode(` ${label}`));
    return { box, wrap };
  };
  const embargo = checkbox('Embargo not yet lifted', 'embargoActive');
  const followUp = checkbox('Follow-up due', 'followUpDue');
  const duplicates = checkbox('Possible duplicates', 'duplicatesOnly');

  const sortKey = el('select');
  sortKey.setAttribute('aria-label', 'Sort by');
  sortKey.append(...SORT_KEYS.map((k) => option(k, `Sort: ${SORT_LABELS[k]}`)));
  const direction = el('select');
  direction.setAttribute('aria-label', 'Sort direction');
  direction.append(option('desc', '↓'), option('asc', '↑'));
  sortKey.value = 'updated';

  const count = el('span', '', 'count');
  count.setAttribute('aria-live', 'polite');

  const read = (): ToolbarState => ({
    query: search.value,
    status: status.value as EntryStatus | '',
    tag: tag.value,
    issuer: issuer.value.trim(),
    language: language.value,
    embargoActive: embargo.box.checked,
    followUpDue: followUp.box.checked,
    duplicatesOnly: duplicates.box.checked,
    sort: { key: sortKey.value as SortKey, descending: direction.value === 'desc' },
  });
  const notify = () => actions.changed(read());
  for (const control of [status, tag, language, embargo.box, followUp.box, duplicates.box, sortKey, direction]) {
    control.addEventListener('change', notify);
  }
  issuer.addEventListener('change', notify);
  search.addEventListener('input', notify);

  const filters = el('div', undefined, 'filters');
  filters.append(status, tag, issuer, issuerList, language, embargo.wrap, followUp.wrap, duplicates.wrap, sortKey, direction);
  const exports = el('div', undefined, 'exports');
  exports.append(
    button('Export CSV', () => actions.exportCsv()),
    button('Export JSON', () => actions.exportJson(true)),
    Object.assign(button('Export without release texts', () => actions.exportJson(false)), { title: 'The log as JSON, without the kept release texts' }),
    button('Settings', () => actions.openSettings()),
  );
  bar.append(search, count, filters, exports);

  return {
    element: bar,
    search,
    state: read,
    setFacets(facets) {
      replaceOptions(tag, 'All tags', facets.tags);
      replaceOptions(language, 'All languages', facets.languages);
      // A datalist of thousands of issuers is still cheap; cap it so the menu stays usable.
      issuerList.replaceChildren(...facets.issuers.slice(0, 2000).map((i) => option(i, i)));
    },
    setSort(sort) {
      sortKey.value = sort.key;
      direction.value = sort.descending ? 'desc' : 'asc';
    },
    addAction(element) {
      exports.prepend(element);
    },
    setIndexing(done) {
      // Called after every indexing slice (hundreds of times): touch the DOM only when the text changes.
      const text = done >= 1 ? READY_PLACEHOLDER : `Indexing for search… ${Math.floor(done * 100)}%`;
      if (search.placeholder !== text) search.placeholder = text;
    },
    showFollowUpsDue() {
      followUp.box.checked = true;
    },
    setCount(shown, total) {
      count.textContent = shown === total ? `${total} entries` : `${shown} of ${total} entries`;
    },
  };
}
