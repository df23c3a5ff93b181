import { openDB } from 'idb';
import { LOG_DB_NAME, openLogStore } from '../../utils/log/store';
import type { LogEntry } from '../../utils/schema/entry';

// The log page reads the log straight from IndexedDB (same extension origin) instead of through `log:list`:
// at 100,000 entries the list is far bigger than a runtime message may be (Chrome caps them at 64 MiB).
// Reading is safe beside the background's writes; every write still goes through the background.
//
// It reads in batches so the table can show the most recently changed entries (the default order) at once and
// fill in the rest as it arrives: deserialising 100,000 entries takes seconds, showing the first 300 does not.
// Batches of 1,000 rather than 5,000: each batch is deserialised on the page's main thread in one piece, and a
// keystroke typed while the log loads waits behind it (5,000 entries held keys up for several hundred ms).

const FIRST_BATCH = 300;
const BATCH = 1000;

// `recentOnly` stops after the most recently changed entries: enough to pick up what the popup saved meanwhile.
export async function readLogInBatches(onBatch: (entries: LogEntry[]) => void, recentOnly = false): Promise<void> {
  // The store's own opener creates or upgrades the database first, so this page never creates it half-made.
  (await openLogStore()).close();
  // No version: read whatever version the store's opener left.
  const db = await openDB(LOG_DB_NAME);
  try {
    if (!db.objectStoreNames.contains('entries')) return;
    const first: LogEntry[] = [];
    let cursor = await db.transaction('entries').store.index('updatedAt').openCursor(null, 'prev');
    while (cursor && first.length < FIRST_BATCH) {
      first.push(cursor.value as LogEntry);
      cursor = await cursor.continue();
    }
    onBatch(recentOnly ? first : first.filter((entry) => entry.deletedAt === null));
    if (recentOnly || first.length < FIRST_BATCH) return;
    // Then everything by primary key, a batch per transaction; the first batch's entries come again and
    // simply replace themselves in the caller's map.
    let after: IDBValidKey | null = null;
    for (;;) {
      const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
      const batch = (await db.getAll('entries', range, BATCH)) as LogEntry[];
      if (batch.length === 0) break;
      onBatch(batch.filter((entry) => entry.deletedAt === null));
      after = batch[batch.length - 1]!.id;
      if (batch.length < BATCH) break;
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
