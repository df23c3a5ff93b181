import { openDB } from 'idb';
import { LOG_DB_NAME, openLogStore } from '../../utils/log/store';
import type { LogEntry } from '../../utils/schema/entry';

// The log page reads the whole log straight from IndexedDB (same extension origin) instead of through `log:list`:
// at 100,000 entries the list is far bigger than a runtime message may be (Chrome caps them at 64 MiB), and
// getAll() is several times faster than a cursor. Reading is safe beside the background's writes; every write
// still goes through the background and its message contract.
export async function readLog(): Promise<LogEntry[]> {
  // The store's own opener creates or upgrades the database first (opening it bare on a fresh install would create
  // an empty version-1 database without the entries store and break the background's upgrade).
  (await openLogStore()).close();
  // No version: read whatever version the store's opener left.
  const db = await openDB(LOG_DB_NAME);
  try {
    if (!db.objectStoreNames.contains('entries')) return [];
    const all = (await db.getAll('entries')) as LogEntry[];
    return all.filter((entry) => entry.deletedAt === null);
  } finally {
    db.close();
  }
}
