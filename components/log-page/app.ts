import { browser } from 'wxt/browser';
import type { EntryFields, EntryStatus, LogEntry } from '../../utils/schema/entry';
import type { TemplateKind } from '../../utils/settings/schema';
import { DuplicateIndex } from '../../utils/triage/duplicates';
import { facetValues, filtersAnything, matchesFilter, mergeSorted, sortedPosition, sortEntries, type TriageFilter } from '../../utils/triage/filter';
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
import { inSlices } from './slices';
import { clipPendingSelection } from './clip-selection';
import { createSyncStatus } from '../sync-status/sync-status';
import { createDeskStatus } from '../desk-status/desk-status';
import { earlierRequest, secondRequestWarning } from '../../utils/interview/earlier-request';
import { localTime } from '../../utils/sync/status-text';
import { createImportPanel } from '../log-import/import-panel';
import { createEmptyState } from '../log-empty/empty-state';
import { createIntakePanel } from '../file-intake/intake-panel';
import { listenForReleases } from '../file-intake/page-drop';

// The triage desk: state, keyboard, and the wiring between table, toolbar, bulk bar and detail panel.
// All rules live in utils/triage and utils/interview; this file only decides what to show.

const ROW_HEIGHT = 24;

const RETRY_BUSY_LOG_MS = 3000;

export async function mountLogPage(root: HTMLElement): Promise<void> {
  const entries = new Map<string, LogEntry>();
  let index = new SearchIndex();
  let searchReady = false;
  let sortedAll: LogEntry[] = [];
  // The search index's slot of each entry in sortedAll, same order: a keystroke tests a match with one array read.
  let sortedSlots: number[] = [];
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
  // Sort buttons above the grid, not a row of it: a row outside the grid element is invalid ARIA (axe-core).
  for (const column of COLUMNS) {
    const cell = el('div', undefined, `cell cell-${column.key}`);
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
  // First run: what PressClip does instead of an empty table (components/log-empty).
  const empty = createEmptyState();
  empty.hidden = true;
  tablePane.append(header, table.element);
  main.append(empty, tablePane, detailSlot);
  const help = el(
    'p',
    'Keys: j/k or ↓/↑ move · x select · 1–9 set status · r request interview · Enter open · / search · Esc close',
    'keys-help',
  );
  // Local log file status with "Sync now", and "Import JSON" (components/sync-status, components/log-import).
  const syncBar = el('div', undefined, 'sync-bar');
  syncBar.append(createSyncStatus({ ask, syncNowButton: true, written: () => void load() }).element);
  toolbar.addAction(createImportPanel(ask, () => void load()).element);
  // The newsroom log (CouchDB), shown once set up in Settings (components/desk-status).
  syncBar.append(createDeskStatus({ ask, written: () => void load() }).element);
  // Releases that are not web pages: files dropped or chosen, text pasted (components/file-intake).
  const intake = createIntakePanel({ save: (fields, source) => ask('log:save', { fields, source }), saved: () => void load() });
  listenForReleases(document, intake);
  root.replaceChildren(toolbar.element, bulk.element, syncBar, intake.element, status, main, help);

  // --- data ---------------------------------------------------------------------------------------------

  function resort() {
    sortedAll = sortEntries([...entries.values()], toolbar.state().sort);
    reslot();
  }

  function reslot() {
    sortedSlots = sortedAll.map((entry) => index.slotOf(entry.id));
  }

  // A few changed entries move to their new places (one binary search each) instead of a re-sort of the whole
  // log: what keeps a status change quick at 100,000 entries. Returns false when a full re-sort is due instead.
  const MOVE_LIMIT = 200;
  function moveInSorted(changes: ReadonlyArray<{ previous: LogEntry | undefined; next: LogEntry | null }>): boolean {
    const sort = toolbar.state().sort;
    if (changes.length > MOVE_LIMIT || lastSort !== `${sort.key}:${sort.descending}`) return false;
    for (const { previous, next } of changes) {
      if (previous) {
        const at = sortedAll.indexOf(previous);
        if (at < 0) return false;
        sortedAll.splice(at, 1);
        sortedSlots.splice(at, 1);
      }
      if (next) {
        const at = sortedPosition(sortedAll, next, sort);
        sortedAll.splice(at, 0, next);
        sortedSlots.splice(at, 0, index.slotOf(next.id));
      }
    }
    return true;
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
  let inputAt: number | null = null;
  toolbar.search.addEventListener('input', (event) => (inputAt ??= event.timeStamp));
  function recompute(keepCursorOnEntry: boolean) {
    const started = performance.now();
    const state = toolbar.state();
    const sortKey = `${state.sort.key}:${state.sort.descending}`;
    if (sortKey !== lastSort) {
      lastSort = sortKey;
      resort();
    }
    if (state.duplicatesOnly && duplicateIds === null) void findAllDuplicates();
    const searchStarted = performance.now();
    const found = index.search(state.query);
    // A first key often matches every entry: then there is nothing to filter.
    const matches = found && found.count === entries.size && index.size === entries.size ? null : found;
    const searchMs = performance.now() - searchStarted;
    const restrict = state.duplicatesOnly ? duplicateIds : null;
    const filter = filterFrom(state, null);
    const filtering = filtersAnything(filter);
    const now = new Date();
    const focused = keepCursorOnEntry ? view[cursor]?.id : undefined;
    if (!matches && !filtering && !restrict) view = sortedAll;
    else {
      // One pass over the sorted log; the search answer is read by slot, the other filters only run on matches.
      const bits = matches?.bits;
      const next: LogEntry[] = [];
      for (let i = 0; i < sortedAll.length; i += 1) {
        if (bits && bits[sortedSlots[i]!] !== 1) continue;
        const e = sortedAll[i]!;
        if (restrict && !restrict.has(e.id)) continue;
        if (filtering && !matchesFilter(e, filter, now)) continue;
        next.push(e);
      }
      view = next;
    }
    const at = focused ? view.findIndex((e) => e.id === focused) : -1;
    cursor = at >= 0 ? at : Math.min(cursor, Math.max(0, view.length - 1));
    table.setItems(view);
    toolbar.setCount(view.length, entries.size);
    empty.hidden = entries.size > 0;
    // How long the last filter took, for the log-size bench (scripts/bench-log.ts).
    const finished = performance.now();
    root.dataset.lastQueryMs = (finished - started).toFixed(1);
    root.dataset.lastSearchMs = searchMs.toFixed(1);
    // From the keystroke's input event to the rows being in the table: includes waiting for the frame and for
    // any background slice that was running when the key arrived.
    if (inputAt !== null) {
      const typedAt = inputAt;
      root.dataset.lastKeyMs = (finished - typedAt).toFixed(1);
      // And until the frame showing those rows has been drawn (the next frame's callback runs after it).
      requestAnimationFrame(() => requestAnimationFrame(() => (root.dataset.lastKeyPaintMs = (performance.now() - typedAt).toFixed(1))));
    }
    inputAt = null;
    root.dataset.searchReady = String(searchReady);
    root.dataset.query = state.query;
    root.dataset.shown = String(view.length);
  }

  function upsert(list: readonly LogEntry[]) {
    const changes: Array<{ previous: LogEntry | undefined; next: LogEntry | null }> = [];
    for (const entry of list) {
      const previous = entries.get(entry.id);
      if (entry.deletedAt !== null) {
        entries.delete(entry.id);
        index.remove(entry.id);
        selected.delete(entry.id);
        if (previous) changes.push({ previous, next: null });
      } else {
        entries.set(entry.id, entry);
        index.add(entry);
        changes.push({ previous, next: entry });
      }
    }
    for (const entry of list) {
      if (entry.deletedAt !== null) dupIndex?.remove(entry.id);
      else dupIndex?.add(entry);
    }
    duplicateIds = null;
    if (!moveInSorted(changes)) resort();
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

  // The table shows as soon as the first entries are read. The search index is built from the entries as they
  // stream in, in slices of a few milliseconds (components/log-page/slices.ts), so no keystroke waits behind the
  // build: a query typed meanwhile is answered from what is indexed so far, and again when the index is complete.
  // The duplicate index follows the same way once search is ready.
  let indexGeneration = 0;
  let indexQueue: LogEntry[] = [];
  let indexedUpTo = 0;
  let indexRunner = -1;
  let feedingDone = false;
  let indexBusyMs = 0;
  let indexSlices = 0;
  let pageStarted = performance.now();

  function restartIndex() {
    indexGeneration += 1;
    index = new SearchIndex();
    indexQueue = [];
    indexedUpTo = 0;
    feedingDone = false;
    indexBusyMs = 0;
    indexSlices = 0;
    searchReady = false;
    dupIndex = null;
    toolbar.setIndexing(0);
  }

  function feedIndex(list: readonly LogEntry[], last: boolean) {
    for (const entry of list) indexQueue.push(entry);
    if (last) feedingDone = true;
    void runIndex();
  }

  async function runIndex() {
    const generation = indexGeneration;
    if (indexRunner === generation) return;
    indexRunner = generation;
    const target = index;
    const stale = () => generation !== indexGeneration;
    await inSlices(
      indexQueue,
      // An entry edited or deleted meanwhile was already (re)indexed or dropped by upsert().
      (entry) => {
        if (entries.get(entry.id) === entry) target.add(entry);
      },
      {
        from: indexedUpTo,
        stale,
        afterSlice: (done, sliceMs) => {
          indexedUpTo = done;
          indexBusyMs += sliceMs;
          indexSlices += 1;
          target.settle();
          toolbar.setIndexing(done / Math.max(1, indexQueue.length, entries.size));
        },
      },
    );
    if (stale()) return;
    indexRunner = -1;
    if (!feedingDone || searchReady) return;
    searchReady = true;
    toolbar.setIndexing(1);
    root.dataset.indexMs = indexBusyMs.toFixed(1);
    root.dataset.indexSlices = String(indexSlices);
    root.dataset.indexReadyMs = (performance.now() - pageStarted).toFixed(1);
    if (toolbar.state().query.trim() !== '') recompute(true);
    void buildDuplicateIndex(generation);
  }

  async function buildDuplicateIndex(generation: number) {
    const dupStarted = performance.now();
    const dups = new DuplicateIndex();
    const list = [...entries.values()];
    const complete = await inSlices(
      list,
      (entry) => {
        const current = entries.get(entry.id);
        if (current) dups.add(current);
      },
      { stale: () => generation !== indexGeneration },
    );
    if (!complete) return;
    dupIndex = dups;
    root.dataset.duplicateIndexMs = (performance.now() - dupStarted).toFixed(1);
    if (detail) detail.view.showDuplicates(duplicatesOf(detail.entry));
    if (toolbar.state().duplicatesOnly) void findAllDuplicates();
  }

  function mergeStreamed(incoming: readonly LogEntry[], replaced: boolean) {
    const sort = toolbar.state().sort;
    if (lastSort !== `${sort.key}:${sort.descending}`) return resort();
    const current = (e: LogEntry) => entries.get(e.id) === e;
    sortedAll = replaced ? mergeSorted(sortedAll.filter(current), incoming.filter(current), sort) : mergeSorted(sortedAll, incoming, sort);
    reslot();
  }

  async function load() {
    const started = performance.now();
    pageStarted = started;
    entries.clear();
    restartIndex();
    let shown = false;
    let lastRender = 0;
    // Entries read but not yet in sortedAll, and whether a batch brought an entry again (the first, most recent
    // batch is read twice): then the merge drops the copies it replaced.
    let unsorted: LogEntry[] = [];
    let replaced = false;
    await readLogInBatches((batch) => {
      for (const entry of batch) {
        if (entries.has(entry.id)) replaced = true;
        entries.set(entry.id, entry);
        unsorted.push(entry);
      }
      feedIndex(batch, false);
      // First rows at once (a sort of the first batch), then, at most once a second while the rest streams in,
      // the new entries merged into the sorted list: tens of milliseconds, where a re-sort of 100,000 took 300.
      const now = performance.now();
      if (!shown) {
        resort();
        lastSort = `${toolbar.state().sort.key}:${toolbar.state().sort.descending}`;
        unsorted = [];
        recompute(false);
        shown = true;
        lastRender = now;
        root.dataset.firstRowsMs = (now - started).toFixed(1);
        // From the navigation to this page (performance.now() counts from it): page load and script start included.
        root.dataset.firstRowsSinceNavigationMs = now.toFixed(1);
        root.dataset.ready = 'true';
      } else if (now - lastRender > 1000) {
        mergeStreamed(unsorted, replaced);
        unsorted = [];
        replaced = false;
        recompute(true);
        lastRender = performance.now();
      } else {
        toolbar.setCount(view.length, entries.size);
        empty.hidden = entries.size > 0;
      }
    });
    const list = [...entries.values()];
    root.dataset.readMs = (performance.now() - started).toFixed(1);
    toolbar.setFacets(facetValues(list));
    if (shown) mergeStreamed(unsorted, replaced);
    else lastSort = '';
    recompute(shown);
    root.dataset.loadMs = (performance.now() - started).toFixed(1);
    root.dataset.ready = 'true';
    root.dataset.loaded = 'true';
    feedIndex([], true);
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
    // A second request to the same contact about the same release (perhaps a colleague's, through the newsroom log).
    const earlier = kind === 'request' ? earlierRequest(entry, contactIndex) : null;
    if (earlier && !window.confirm(secondRequestWarning(earlier, localTime))) {
      say('Not sent: an interview request to this contact was already sent.');
      return;
    }
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

  // A log that cannot be read says why instead of showing an empty table; a busy one (its upgrade held up by an
  // older PressClip tab) is tried again until it opens.
  for (;;) {
    try {
      await load();
      if (root.dataset.loadError) say('');
      delete root.dataset.loadError;
      break;
    } catch (error) {
      root.dataset.loadError = 'true';
      say(`Could not read the log: ${(error as Error).message}`);
      if ((error as Error).name !== 'LogBlockedError') return;
      await new Promise((retry) => setTimeout(retry, RETRY_BUSY_LOG_MS));
    }
  }
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
  // Keys go to the table, unless the journalist already started typing a search while a large log was loading.
  if (!isTyping(document.activeElement)) table.element.focus();
}
