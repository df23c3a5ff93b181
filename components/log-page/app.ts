import { browser } from 'wxt/browser';
import type { LogEntry } from '../../utils/schema/entry';
import { DuplicateIndex } from '../../utils/triage/duplicates';
import { facetValues, filtersAnything, matchesFilter, mergeSorted, sortedPosition, sortEntries, type TriageFilter } from '../../utils/triage/filter';
import { SearchIndex } from '../../utils/triage/search-index';
import { createBodySearch, PARTIAL_BODY_MATCHES } from './body-search';
import { logToCsv } from '../../utils/interview/csv';
import { createVirtualTable } from '../log-table/virtual-table';
import { COLUMNS, renderEntryRow } from '../log-table/entry-row';
import { createToolbar, type ToolbarState } from '../log-toolbar/toolbar';
import { createBulkBar } from '../log-toolbar/bulk-bar';
import { createDetailView, type DetailView } from '../log-detail/detail-view';
import { button, el, isTyping } from './dom';
import { downloadText } from './download';
import { ask } from './messages';
import { readLogInBatches } from './read-log';
import { inSlices } from './slices';
import { clipPendingSelection } from './clip-selection';
import { createLogActions } from './log-actions';
import { bindLogKeys } from './log-keys';
import { createSyncStatus } from '../sync-status/sync-status';
import { createDeskStatus } from '../desk-status/desk-status';
import { localTime } from '../../utils/sync/status-text';
import { createImportPanel } from '../log-import/import-panel';
import { createEmptyState } from '../log-empty/empty-state';
import { createIntakePanel } from '../file-intake/intake-panel';
import { listenForReleases } from '../file-intake/page-drop';
import { createHolderFilter } from '../log-holder/holder-filter';
import { createHolderPanel } from '../log-holder/holder-panel';
import { deskNames } from '../../utils/log/assignment';
import { writeStamp } from '../../utils/log/write-stamp';

// The triage desk: the page's state (entries, sorted view, cursor, selection, search and duplicate indexes) and
// the wiring between table, toolbar, bulk bar and detail panel. What is done to entries is in log-actions.ts, the
// keyboard in log-keys.ts, and all rules in utils/triage and utils/interview. Still over 350 lines: the state and
// the index building share one closure; splitting them is the next step (see CONTRIBUTING.md).

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
    exportJson: (withBodies) => void exportJson(withBodies),
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

  // Mine / unassigned / everyone's on a shared desk (components/log-holder).
  const holderFilter = createHolderFilter(async () => (await ask('log:author', {})).author, () => recompute(true));

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
  const intake = createIntakePanel({ save: (fields, source, body) => ask('log:save', { fields, source, body }), saved: () => void load() });
  listenForReleases(document, intake);
  root.replaceChildren(toolbar.element, holderFilter.element, bulk.element, syncBar, intake.element, status, main, help);

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
      holder: holderFilter.state(),
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
  const bodySearch = createBodySearch();
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
    // Entries whose kept release text holds the query, once the background answered (components/log-page/body-search.ts).
    const inBodies = matches ? bodySearch.matches(state.query) : null;
    if (matches) bodySearch.typed(state.query, () => recompute(true));
    const partial = matches !== null && bodySearch.partial(state.query);
    if (partial) say(PARTIAL_BODY_MATCHES);
    else if (status.textContent === PARTIAL_BODY_MATCHES) say('');
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
        const e = sortedAll[i]!;
        if (bits && bits[sortedSlots[i]!] !== 1 && !inBodies?.has(e.id)) continue;
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
        if (known ? writeStamp(known) !== writeStamp(entry) : entry.deletedAt === null) changed.push(entry);
      }
    }, true);
    if (changed.length > 0) upsert(changed);
  }

  // --- actions (log-actions.ts) -------------------------------------------------------------------------

  const { setStatus, bulkUpdate, save, request, merge, restoreRevision, exportJson } = createLogActions({
    entry: (id) => entries.get(id),
    upsert: (list) => upsert(list),
    say,
    selectedIds: () => [...selected],
    detailId: () => detail?.id ?? null,
    reopenDetail: (id) => openDetail(id),
  });

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
        loadBody: async (bodyOf) => (await ask('log:get-body', { id: bodyOf })).body,
        copyText: (text) => navigator.clipboard.writeText(text),
      },
      new Date(),
    );
    // Who holds it and who changed it last (components/log-holder), under the entry's heading.
    detailView.element.querySelector('.detail-message')?.after(
      createHolderPanel(entry, {
        hold: (action, expectedAt, force) => ask('log:hold', { id, action, expectedAt, force }),
        written: (held) => upsert([held]),
        knownNames: () => deskNames(entries.values()),
        confirm: (question) => window.confirm(question),
        formatTime: localTime,
      }),
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

  // --- keyboard (log-keys.ts) ----------------------------------------------------------------------------

  bindLogKeys(document, {
    cursorEntry: () => view[cursor],
    moveCursor,
    focusSearch: () => toolbar.search.focus(),
    openDetail,
    closeDetail,
    detailOpen: () => detail !== null,
    selectionSize: () => selected.size,
    clearSelection: () => {
      selected.clear();
      refreshSelection();
    },
    toggleSelected,
    bulkStatus: (to) => void bulkUpdate({ status: to }),
    setStatus: (entry, to) => void setStatus(entry, to),
    request: (entry, contact) => void request(entry, contact, 'request'),
    say,
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
