import { browser } from 'wxt/browser';
import type { EntryFields, EntryStatus, LogEntry } from '../../utils/schema/entry';
import type { TemplateKind } from '../../utils/settings/schema';
import { DuplicateIndex } from '../../utils/triage/duplicates';
import { facetValues, matchesFilter, sortEntries, type TriageFilter } from '../../utils/triage/filter';
import { SearchIndex } from '../../utils/triage/search-index';
import { statusForKey } from '../../utils/triage/workflow';
import { logToCsv } from '../../utils/interview/csv';
import { createVirtualTable } from '../log-table/virtual-table';
import { COLUMNS, renderEntryRow } from '../log-table/entry-row';
import { createToolbar, type ToolbarState } from '../log-toolbar/toolbar';
import { createBulkBar } from '../log-toolbar/bulk-bar';
import { createDetailView, type DetailView } from '../log-detail/detail-view';
import { firstEmailContact, requestInterview } from '../log-interview/request-interview';
import { askOverride } from './override-dialog';
import { button, el, isTyping } from './dom';
import { downloadText } from './download';
import { ask } from './messages';
import { readLogInBatches } from './read-log';
import { clipPendingSelection } from './clip-selection';
import { createSyncStatus } from '../sync-status/sync-status';
import { createImportPanel } from '../log-import/import-panel';

// The triage desk: state, keyboard, and the wiring between table, toolbar, bulk bar and detail panel.
// All rules live in utils/triage and utils/interview; this file only decides what to show.

const ROW_HEIGHT = 30;

export async function mountLogPage(root: HTMLElement): Promise<void> {
  const entries = new Map<string, LogEntry>();
  let index = new SearchIndex();
  let searchReady = false;
  let sortedAll: LogEntry[] = [];
  let view: LogEntry[] = [];
  let cursor = 0;
  const selected = new Set<string>();
  let duplicateIds: Set<string> | null = null;
  let findingDuplicates = false;
  let dupIndex: DuplicateIndex | null = null;
  let detail: { id: string; entry: LogEntry; view: DetailView } | null = null;

  const status = el('p', '', 'page-status');
  status.setAttribute('role', 'status');
  const say = (text: string) => {
    status.textContent = text;
  };

  const toolbar = createToolbar({
    changed: () => scheduleRecompute(),
    exportCsv: () => downloadText(`pressclip-log-${new Date().toISOString().slice(0, 10)}.csv`, logToCsv(view), 'text/csv'),
    exportJson: () => void exportJson(),
    openSettings: () => void browser.tabs.create({ url: browser.runtime.getURL('/settings.html') }),
  });
  const bulk = createBulkBar({
    setStatus: (s) => void bulkUpdate({ status: s }),
    addTag: (t) => void bulkUpdate({ addTags: [t] }),
    removeTag: (t) => void bulkUpdate({ removeTags: [t] }),
    selectAllShown: () => {
      for (const e of view) selected.add(e.id);
      refreshSelection();
    },
    clear: () => {
      selected.clear();
      refreshSelection();
    },
  });

  const header = el('div', undefined, 'vt-header');
  header.setAttribute('role', 'row');
  for (const column of COLUMNS) {
    const cell = el('div', undefined, `cell cell-${column.key}`);
    cell.setAttribute('role', 'columnheader');
    if ('sort' in column) {
      cell.append(
        button(column.label, () => {
          const current = toolbar.state().sort;
          toolbar.setSort({ key: column.sort, descending: current.key === column.sort ? !current.descending : true });
          recompute(true);
        }),
      );
    } else cell.textContent = column.label;
    header.append(cell);
  }

  const table = createVirtualTable<LogEntry>({
    rowHeight: ROW_HEIGHT,
    renderRow: (entry, i, row) =>
      renderEntryRow(entry, row, { cursor: i === cursor, selected: selected.has(entry.id), duplicate: duplicateIds?.has(entry.id) ?? false }, new Date()),
    onRowClick(i, event) {
      cursor = i;
      const entry = view[i];
      if (!entry) return;
      if ((event.target as HTMLElement).classList.contains('select-box') || event.ctrlKey || event.metaKey) toggleSelected(entry.id);
      else if (event.shiftKey) selectRangeTo(i);
      else openDetail(entry.id);
      table.refresh();
    },
    onRowOpen: (i) => {
      const entry = view[i];
      if (entry) openDetail(entry.id);
    },
  });

  const detailSlot = el('div', undefined, 'detail-slot');
  const main = el('div', undefined, 'desk');
  const tablePane = el('div', undefined, 'table-pane');
  tablePane.append(header, table.element);
  main.append(tablePane, detailSlot);
  const help = el(
    'p',
    'Keys: j/k or ↓/↑ move · x select · 1–9 set status · r request interview · Enter open · / search · Esc close',
    'keys-help',
  );
  // Local log file status with "Sync now", and "Import JSON" (components/sync-status, components/log-import).
  const syncBar = el('div', undefined, 'sync-bar');
  syncBar.append(createSyncStatus({ ask, syncNowButton: true, written: () => void load() }).element, createImportPanel(ask, () => void load()).element);
  root.replaceChildren(toolbar.element, bulk.element, syncBar, status, main, help);

  // --- data ---------------------------------------------------------------------------------------------

  function resort() {
    sortedAll = sortEntries([...entries.values()], toolbar.state().sort);
  }

  function filterFrom(state: ToolbarState, matches: Set<string> | null): TriageFilter {
    return {
      statuses: state.status ? new Set([state.status]) : undefined,
      tag: state.tag || null,
      issuer: state.issuer || null,
      language: state.language || null,
      embargoActive: state.embargoActive,
      followUpDue: state.followUpDue,
      matches,
    };
  }

  // Keystrokes arriving faster than the log can be filtered collapse into one pass per frame.
  let recomputeScheduled = false;
  function scheduleRecompute() {
    if (recomputeScheduled) return;
    recomputeScheduled = true;
    requestAnimationFrame(() => {
      recomputeScheduled = false;
      recompute(true);
    });
  }

  let lastSort = '';
  function recompute(keepCursorOnEntry: boolean) {
    const started = performance.now();
    const state = toolbar.state();
    const sortKey = `${state.sort.key}:${state.sort.descending}`;
    if (sortKey !== lastSort) {
      lastSort = sortKey;
      resort();
    }
    if (state.duplicatesOnly && duplicateIds === null) void findAllDuplicates();
    const matches = index.search(state.query);
    const restrict = state.duplicatesOnly ? duplicateIds : null;
    const filter = filterFrom(state, matches);
    const now = new Date();
    const focused = keepCursorOnEntry ? view[cursor]?.id : undefined;
    view = sortedAll.filter((e) => (!restrict || restrict.has(e.id)) && matchesFilter(e, filter, now));
    const at = focused ? view.findIndex((e) => e.id === focused) : -1;
    cursor = at >= 0 ? at : Math.min(cursor, Math.max(0, view.length - 1));
    table.setItems(view);
    toolbar.setCount(view.length, entries.size);
    // How long the last filter took, for the log-size bench (scripts/bench-log.ts).
    root.dataset.lastQueryMs = (performance.now() - started).toFixed(1);
    root.dataset.searchReady = String(searchReady);
    root.dataset.query = state.query;
    root.dataset.shown = String(view.length);
  }

  function upsert(list: readonly LogEntry[]) {
    for (const entry of list) {
      if (entry.deletedAt !== null) {
        entries.delete(entry.id);
        index.remove(entry.id);
        selected.delete(entry.id);
      } else {
        entries.set(entry.id, entry);
        index.add(entry);
      }
    }
    for (const entry of list) {
      if (entry.deletedAt !== null) dupIndex?.remove(entry.id);
      else dupIndex?.add(entry);
    }
    duplicateIds = null;
    resort();
    recompute(true);
    // Re-render the open entry only if it changed, so a reload never throws away edits in progress.
    const current = detail ? entries.get(detail.id) : undefined;
    if (detail && !current) closeDetail();
    else if (detail && current !== detail.entry) openDetail(detail.id);
  }

  // The "possible duplicates" filter: every entry against the duplicate index, in slices with progress.
  async function findAllDuplicates() {
    if (findingDuplicates || !dupIndex) {
      if (!dupIndex) say('Finding duplicates once the log is indexed…');
      return;
    }
    findingDuplicates = true;
    const started = performance.now();
    const groups = await dupIndex.groupsInSlices(async (done) => {
      say(`Finding duplicates… ${Math.floor(done * 100)}%`);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    findingDuplicates = false;
    duplicateIds = new Set(groups.flat());
    root.dataset.duplicateGroupsMs = (performance.now() - started).toFixed(0);
    say(`${groups.length} groups of possible duplicates.`);
    recompute(true);
  }

  // The table shows as soon as the log is read; the search index is built afterwards in slices of a few thousand
  // entries, so a 100,000-entry log is on screen before it is searchable and the page never freezes.
  // Queries typed meanwhile match what is indexed so far and are run again when the index is complete.
  let indexGeneration = 0;
  const INDEX_SLICE = 4000;
  const DUPLICATE_SLICE = 1000;

  async function buildIndex(list: readonly LogEntry[]) {
    const generation = ++indexGeneration;
    const started = performance.now();
    const next = new SearchIndex();
    index = next;
    searchReady = false;
    for (let at = 0; at < list.length; at += INDEX_SLICE) {
      // An entry edited or deleted meanwhile was already (re)indexed or dropped by upsert().
      for (const entry of list.slice(at, at + INDEX_SLICE)) if (entries.get(entry.id) === entry) next.add(entry);
      toolbar.setIndexing(Math.min(list.length, at + INDEX_SLICE) / Math.max(1, list.length));
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== indexGeneration) return;
    }
    searchReady = true;
    toolbar.setIndexing(1);
    root.dataset.indexMs = (performance.now() - started).toFixed(1);
    if (toolbar.state().query.trim() !== '') recompute(true);

    const dupStarted = performance.now();
    const dups = new DuplicateIndex();
    // Smaller slices than the search index: keys need URL parsing, and typing must stay responsive meanwhile.
    for (let at = 0; at < list.length; at += DUPLICATE_SLICE) {
      for (const entry of list.slice(at, at + DUPLICATE_SLICE)) {
        const current = entries.get(entry.id);
        if (current) dups.add(current);
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== indexGeneration) return;
    }
    dupIndex = dups;
    root.dataset.duplicateIndexMs = (performance.now() - dupStarted).toFixed(1);
    if (detail) detail.view.showDuplicates(duplicatesOf(detail.entry));
    if (toolbar.state().duplicatesOnly) void findAllDuplicates();
  }

  async function load() {
    const started = performance.now();
    entries.clear();
    let shown = false;
    let lastRender = 0;
    await readLogInBatches((batch) => {
      for (const entry of batch) entries.set(entry.id, entry);
      // First rows at once, then a re-render at most twice a second while the rest streams in.
      const now = performance.now();
      if (!shown || now - lastRender > 500) {
        lastSort = '';
        recompute(shown);
        lastRender = now;
        if (!shown) {
          shown = true;
          root.dataset.firstRowsMs = (now - started).toFixed(1);
          root.dataset.ready = 'true';
        }
      }
    });
    const list = [...entries.values()];
    root.dataset.readMs = (performance.now() - started).toFixed(1);
    toolbar.setFacets(facetValues(list));
    lastSort = '';
    recompute(shown);
    root.dataset.loadMs = (performance.now() - started).toFixed(1);
    root.dataset.ready = 'true';
    root.dataset.loaded = 'true';
    void buildIndex(list);
  }

  // Entries saved or edited elsewhere (the popup) since this page loaded are the most recently changed ones
  // (tombstones included): re-reading those is enough, and cheap even for a 100,000-entry log.
  async function refreshRecent() {
    const changed: LogEntry[] = [];
    await readLogInBatches((batch) => {
      for (const entry of batch) {
        const known = entries.get(entry.id);
        if (known ? known.updatedAt !== entry.updatedAt : entry.deletedAt === null) changed.push(entry);
      }
    }, true);
    if (changed.length > 0) upsert(changed);
  }

  // --- actions ------------------------------------------------------------------------------------------

  async function setStatus(entry: LogEntry, to: EntryStatus) {
    try {
      let result = await ask('log:set-status', { id: entry.id, status: to, override: null });
      if (result.refused) {
        const reason = await askOverride(result.refused);
        if (reason === null) {
          say(`Not changed: ${result.refused}`);
          if (detail?.id === entry.id) openDetail(entry.id);
          return;
        }
        result = await ask('log:set-status', { id: entry.id, status: to, override: reason });
      }
      if (result.entry) upsert([result.entry]);
      say(result.refused ? `Not changed: ${result.refused}` : `Status: ${to}`);
    } catch (error) {
      say(`Could not change the status: ${(error as Error).message}`);
    }
  }

  async function bulkUpdate(change: { status?: EntryStatus; addTags?: string[]; removeTags?: string[] }) {
    const ids = [...selected];
    if (ids.length === 0) return;
    try {
      let result = await ask('log:bulk-update', { ids, ...change });
      upsert(result.entries);
      if (result.refused.length > 0 && change.status) {
        const reason = await askOverride(`${result.refused.length} selected entries are under embargo: ${result.refused[0]!.reason}`);
        if (reason !== null) {
          const retried = await ask('log:bulk-update', { ids: result.refused.map((r) => r.id), ...change, override: reason });
          upsert(retried.entries);
          result = { entries: [...result.entries, ...retried.entries], refused: retried.refused };
        }
      }
      say(`${result.entries.length} changed${result.refused.length ? `, ${result.refused.length} left unchanged (embargo)` : ''}.`);
    } catch (error) {
      say(`Bulk change failed: ${(error as Error).message}`);
    }
  }

  async function save(entry: LogEntry, fields: EntryFields) {
    try {
      const { entry: saved } = await ask('log:update', { id: entry.id, fields, expectedUpdatedAt: entry.updatedAt });
      upsert([saved]);
      say('Saved.');
    } catch (error) {
      say(`Not saved: ${(error as Error).message}`);
    }
  }

  async function request(entry: LogEntry, contactIndex: number, kind: TemplateKind) {
    try {
      const updated = await requestInterview(entry, contactIndex, kind);
      upsert([updated]);
      say(`Email opened for ${entry.record.contacts[contactIndex]?.name ?? 'the contact'}; follow-up ${updated.followUpAt?.slice(0, 10) ?? 'not set'}.`);
    } catch (error) {
      say(`Could not prepare the email: ${(error as Error).message}`);
    }
  }

  async function merge(survivorId: string, duplicateId: string) {
    const duplicate = entries.get(duplicateId);
    try {
      const { entry } = await ask('log:merge', { survivorId, duplicateId });
      upsert([entry, ...(duplicate ? [{ ...duplicate, deletedAt: entry.updatedAt }] : [])]);
      say('Merged; the other copy is kept in this entry’s revisions and notes.');
    } catch (error) {
      say(`Merge failed: ${(error as Error).message}`);
    }
  }

  async function restoreRevision(entry: LogEntry, revision: LogEntry['revisions'][number]) {
    try {
      const { entry: restored } = await ask('log:restore-revision', {
        id: entry.id,
        revisionUpdatedAt: revision.updatedAt,
        revisionSavedAt: revision.savedAt,
      });
      upsert([restored]);
      say('Restored; the version it replaced is kept under Earlier versions.');
    } catch (error) {
      say(`Not restored: ${(error as Error).message}`);
    }
  }

  async function exportJson() {
    const { document: doc } = await ask('log:export', {});
    downloadText(`pressclip-log-${doc.exportedAt.slice(0, 10)}.json`, JSON.stringify(doc, null, 2), 'application/json');
  }

  // --- selection and detail ------------------------------------------------------------------------------

  function refreshSelection() {
    bulk.setCount(selected.size);
    table.refresh();
  }

  function toggleSelected(id: string) {
    if (selected.has(id)) selected.delete(id);
    else selected.add(id);
    refreshSelection();
  }

  function selectRangeTo(i: number) {
    const anchor = view.findIndex((e) => selected.has(e.id));
    const from = anchor < 0 ? i : Math.min(anchor, i);
    const to = anchor < 0 ? i : Math.max(anchor, i);
    for (let k = from; k <= to; k += 1) selected.add(view[k]!.id);
    refreshSelection();
  }

  function duplicatesOf(entry: LogEntry) {
    if (!dupIndex) return [];
    return dupIndex.find(entry.record, { excludeId: entry.id, limit: 5 }).map((d) => ({
      ...d,
      headline: entries.get(d.id)?.record.headline ?? d.id,
    }));
  }

  function openDetail(id: string) {
    const entry = entries.get(id);
    if (!entry) return;
    const dupes = duplicatesOf(entry);
    const detailView = createDetailView(
      entry,
      dupes,
      {
        setStatus,
        save,
        requestInterview: request,
        merge,
        open: openDetail,
        close: closeDetail,
        restore: restoreRevision,
      },
      new Date(),
    );
    detail = { id, entry, view: detailView };
    detailSlot.replaceChildren(detailView.element);
    main.classList.add('with-detail');
    history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  }

  function closeDetail() {
    detail = null;
    detailSlot.replaceChildren();
    main.classList.remove('with-detail');
    history.replaceState(null, '', location.pathname);
    table.element.focus();
  }

  function moveCursor(delta: number) {
    if (view.length === 0) return;
    cursor = Math.max(0, Math.min(view.length - 1, cursor + delta));
    table.scrollToIndex(cursor);
  }

  // --- keyboard -------------------------------------------------------------------------------------------

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (document.querySelector('dialog[open]')) return;
      if (isTyping(event.target)) (event.target as HTMLElement).blur();
      else if (detail) closeDetail();
      else if (selected.size > 0) {
        selected.clear();
        refreshSelection();
      }
      return;
    }
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    // Enter and Space on a focused button or link belong to it ("Request interview" by keyboard).
    if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement).closest?.('button, a, summary')) return;
    if (document.querySelector('dialog[open]')) return;
    const entry = view[cursor];
    const setTo = statusForKey(event.key);
    if (event.key === 'j' || event.key === 'ArrowDown') moveCursor(1);
    else if (event.key === 'k' || event.key === 'ArrowUp') moveCursor(-1);
    else if (event.key === '/') toolbar.search.focus();
    else if (event.key === 'Enter' && entry) openDetail(entry.id);
    else if ((event.key === 'x' || event.key === ' ') && entry) toggleSelected(entry.id);
    else if (setTo && selected.size > 0) void bulkUpdate({ status: setTo });
    else if (setTo && entry) void setStatus(entry, setTo);
    else if (event.key === 'r' && entry) {
      const contact = firstEmailContact(entry);
      if (contact < 0) say('No contact with an email address in this entry.');
      else void request(entry, contact, 'request');
    } else return;
    event.preventDefault();
  });

  // Countdowns and follow-up flags move with the clock: re-render only what is on screen.
  setInterval(() => {
    table.refresh();
    detail?.view.tick(new Date());
  }, 1000);

  // New clips and edits from the popup: reload when the journalist comes back to this tab.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refreshRecent();
  });

  await load();
  if (location.hash === '#follow-ups') {
    toolbar.showFollowUpsDue();
    recompute(false);
  } else if (location.hash === '#clip-selection') {
    try {
      const clipped = await clipPendingSelection();
      if (clipped) {
        upsert([clipped]);
        openDetail(clipped.id);
        say('Selected text clipped: check the extracted record below.');
      }
    } catch (error) {
      say(`Could not clip the selected text: ${(error as Error).message}`);
    }
  }
  // log.html#<entry id> opens that entry (the popup's "Open in log", a clip notification); an id this page has
  // not seen yet was saved elsewhere since it loaded.
  async function openFromHash() {
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (!wanted || wanted === 'follow-ups' || wanted === 'clip-selection') return;
    if (!entries.has(wanted)) await refreshRecent();
    if (!entries.has(wanted)) return;
    const at = view.findIndex((e) => e.id === wanted);
    if (at >= 0) {
      cursor = at;
      table.scrollToIndex(at);
    }
    openDetail(wanted);
  }
  window.addEventListener('hashchange', () => void openFromHash());
  await openFromHash();
  table.element.focus();
}
