import { openDB } from 'idb';
import { newestFirst, type LogPage } from '../../utils/log/log-pages';
import { LOG_DB_NAME, openLogStore } from '../../utils/log/store';
import type { LogEntry } from '../../utils/schema/entry';

// The log page reads the log straight from IndexedDB (same extension origin) instead of through `log:list`:
// at 100,000 entries the list is far bigger than a runtime message may be (Chrome caps them at 64 MiB).
// Reading is safe beside the background's writes; every write still goes through the background.
//
// It reads in batches so the table can show the most recently changed entries (the default order) at once and
// fill in the rest as it arrives: deserialising 100,000 entries takes seconds, showing the first 300 does not.
// The log is stored in pages (utils/log/log-pages.ts); the most recent entries are found by the pages' `newest`.
// Batches of 1,000 rather than 5,000: each batch is deserialised on the page's main thread in one piece, and a
// keystroke typed while the log loads waits behind it (5,000 entries held keys up for several hundred ms).

const FIRST_BATCH = 300;
// Pages of 100 entries (utils/log/log-pages.ts): 10 pages make a batch of 1,000.
const PAGES_PER_BATCH = 10;

// `recentOnly` stops after the most recently changed entries: enough to pick up what the popup saved meanwhile.
export async function readLogInBatches(onBatch: (entries: LogEntry[]) => void, recentOnly = false): Promise<void> {
  // The store's own opener creates or upgrades the database first, so this page never creates it half-made.
  (await openLogStore()).close();
  // No version: read whatever version the store's opener left.
  // A newer PressClip (or a deletion) asking for the database is never kept waiting by this page's read.
  const db = await openDB(LOG_DB_NAME, undefined, { blocking: () => db.close() });
  try {
    if (!db.objectStoreNames.contains('pages')) return;
    // The pages in descending order of their newest entry: once FIRST_BATCH entries are held that are at least
    // as new as the next page's newest, no page further on can hold one of the FIRST_BATCH most recent.
    // "FIRST_BATCH held entries at least that new" is "the FIRST_BATCH-th newest held is": only the FIRST_BATCH
    // newest held entries are kept to ask it (counting all held entries at every page was quadratic when many
    // pages hold one recently edited entry among old ones).
    const held: LogEntry[] = [];
    let newest: LogEntry[] = [];
    let cursor = await db.transaction('pages').store.index('newest').openCursor(null, 'prev');
    while (cursor) {
      const next = cursor.key as string;
      if (newest.length >= FIRST_BATCH && newest[FIRST_BATCH - 1]!.updatedAt >= next) break;
      const { entries } = cursor.value as LogPage;
      held.push(...entries);
      newest = [...newest, ...entries].sort(newestFirst).slice(0, FIRST_BATCH);
      cursor = await cursor.continue();
    }
    // No cursor left: every page was read, and all of it is the first batch.
    const complete = !cursor;
    held.sort(newestFirst);
    const first = complete && !recentOnly ? held : held.slice(0, FIRST_BATCH);
    onBatch(recentOnly ? first : first.filter((entry) => entry.deletedAt === null));
    if (recentOnly || complete) return;
    // Then everything by page, a batch per transaction; the first batch's entries come again and simply
    // replace themselves in the caller's map.
    let after: IDBValidKey | null = null;
    for (;;) {
      const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
      const pages = (await db.getAll('pages', range, PAGES_PER_BATCH)) as LogPage[];
      if (pages.length === 0) break;
      onBatch(pages.flatMap((page) => page.entries).filter((entry) => entry.deletedAt === null));
      after = pages[pages.length - 1]!.key;
      if (pages.length < PAGES_PER_BATCH) break;
    }
  } finally {
    db.close();
  }
}

export async function readLog(): Promise<LogEntry[]> {
  const all = new Map<string, LogEntry>();
  await readLogInBatches((batch) => {
    for (const entry of batch) all.set(entry.id, entry);
  });
  return [...all.values()];
}
