import type { DBSchema } from 'idb';
import type { LogEntry } from '../schema/entry';
import type { StoredBody } from '../body/schema';
import { appendToPages, type LogPage } from './log-pages';
import { markStage } from './stage-time';
import { explainStorageError } from './storage-errors';
import { BODY_TERMS, createWordIndex, type BodyTermsRecord } from './body-terms';
import { BODY_POSTINGS, type PostingsRecord } from './body-postings';

// Opening the inquiry log's database, with the upgrades from every older layout, in raw IndexedDB: the
// upgrade must issue nothing but IDB requests inside the versionchange transaction (an awaited promise of
// anything else lets that transaction commit half-done), and every connection must let go when another
// context asks for a newer version, or that context's open waits forever.

export const LOG_DB_NAME = 'pressclip-log';
// 2: the followUpAt index, so reminders read only entries with a follow-up instead of the whole log.
// 3: entries in pages (log-pages.ts), so an import of 100,000 entries is 1,000 writes instead of 100,000; the
// old per-entry store is moved into pages and deleted by the upgrade.
// 4: the bodies store (a release's kept text, utils/body/), one record per entry id, apart from the pages so that
// opening, listing and searching the log never read the bodies. Entries are not touched by this upgrade.
// 5: the bodyTerms store, the word index of the bodies (body-terms.ts), built by the upgrade from the bodies
// already stored, so that a search reads index keys instead of every text. Entries and bodies are not touched.
// 6: the bodyPostings store (body-postings.ts): the words' postings per block and bucket replace version 5's
// multiEntry index on every word of every text, which took ~70% of an import's time; that index now holds only the
// words of texts saved alone ('fresh'). Built from version 5's terms records (or a version 4's bodies) by the upgrade.
// Entries and bodies are not touched.
export const DB_VERSION = 6;
export const STORE = 'pages';
export const BODIES = 'bodies';
export { BODY_TERMS } from './body-terms';
export { BODY_POSTINGS } from './body-postings';
// Versions 1 and 2 (and a version 3 repaired by PressClip before the pages): one record per entry, keyPath
// 'id', indexes url, canonicalUrl, updatedAt (and followUpAt from version 2).
const OLD_STORE = 'entries';

export interface LogDb extends DBSchema {
  pages: {
    key: number;
    value: LogPage;
    indexes: { ids: string; urls: string; canonicalUrls: string; followUps: string; newest: string };
  };
  bodies: {
    key: string;
    value: StoredBody;
  };
  bodyTerms: {
    key: string;
    value: BodyTermsRecord;
    indexes: { fresh: string };
  };
  bodyPostings: {
    key: [string, string];
    value: PostingsRecord;
  };
}

// The arrays are indexed per item (multiEntry): a page is found by any of its entries' ids or URLs.
const INDEXES: ReadonlyArray<readonly [name: keyof LogDb['pages']['indexes'], multiEntry: boolean]> = [
  ['ids', true],
  ['urls', true],
  ['canonicalUrls', true],
  ['followUps', true],
  ['newest', false],
];

// How long an open may wait before the wait is reported. A connection of this code closes as soon as another
// context asks (below); one that does not is an older PressClip's page still open after an update, and waiting
// for it silently would leave the journalist with a log that never loads. An open queued behind such a blocked
// open gets no event of its own, so the clock runs from the request, and stops only when this open's own
// upgrade starts (that one finishes by itself, however big the log).
export const WAIT_REPORT_MS = 3000;

// After a failed open the log cannot be read (nor exported) until it opens: it is kept as it was.
const UPGRADE_NEXT = 'Your log is kept as it was. Free some disk space, then open the log again.';

export class LogBlockedError extends Error {
  override name = 'LogBlockedError';
}

// Runs inside the versionchange transaction: creates the pages store on a fresh database, adds the stores and
// indexes a database from an older version lacks (the word index built from the bodies it holds), and moves the
// entries of the per-entry store into pages, deleting that store. Only IDB requests and their callbacks run here,
// so the transaction stays active throughout, and it makes the move (and the index's build) all or nothing: a
// failure aborts the upgrade and leaves the per-entry store as it was.
function createMissing(db: IDBDatabase, upgrade: IDBTransaction | null): void {
  const hadBodies = db.objectStoreNames.contains(BODIES);
  if (!hadBodies) db.createObjectStore(BODIES, { keyPath: 'id' });
  if (!db.objectStoreNames.contains(BODY_POSTINGS)) createWordIndex(db, upgrade, BODIES, hadBodies);
  const store = db.objectStoreNames.contains(STORE) ? upgrade?.objectStore(STORE) : db.createObjectStore(STORE, { keyPath: 'key' });
  if (!store || !upgrade) return;
  for (const [name, multiEntry] of INDEXES) {
    if (!store.indexNames.contains(name)) store.createIndex(name, name, { multiEntry });
  }
  if (!db.objectStoreNames.contains(OLD_STORE)) return;
  const started = performance.now();
  const read = upgrade.objectStore(OLD_STORE).getAll();
  read.onsuccess = () => {
    markStage('upgrade:read', started);
    const writing = performance.now();
    // The pages store is new here (it came with the same upgrade), so its keys start at 1.
    for (const page of appendToPages(null, read.result as LogEntry[])) store.put(page);
    db.deleteObjectStore(OLD_STORE);
    markStage('upgrade:write', writing);
    const committing = performance.now();
    upgrade.addEventListener('complete', () => markStage('upgrade:commit', committing));
  };
}

function isComplete(db: IDBDatabase): boolean {
  const names = db.objectStoreNames;
  if (!names.contains(STORE) || !names.contains(BODIES) || !names.contains(BODY_TERMS) || !names.contains(BODY_POSTINGS) || names.contains(OLD_STORE)) return false;
  const indexNames = db.transaction(STORE, 'readonly').objectStore(STORE).indexNames;
  return INDEXES.every(([name]) => indexNames.contains(name));
}

function openAt(factory: IDBFactory, name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? factory.open(name) : factory.open(name, version);
    let reported = false;
    let blocked = false;
    const report = setTimeout(() => {
      reported = true;
      reject(
        new LogBlockedError(
          blocked
            ? 'The inquiry log is being upgraded, but another PressClip page from before the update still holds it open. Close the other PressClip tabs (or restart the browser); nothing was lost.'
            : 'The inquiry log is busy: it is being upgraded, or another PressClip page from before the update holds it open. Try again in a moment; if this lasts, close the other PressClip tabs (or restart the browser). Nothing was lost.',
        ),
      );
    }, WAIT_REPORT_MS);
    request.onupgradeneeded = () => {
      clearTimeout(report);
      createMissing(request.result, request.transaction);
    };
    request.onblocked = () => {
      blocked = true;
    };
    request.onerror = () => {
      clearTimeout(report);
      // An upgrade that failed (the move into pages needs about the log's size again) was rolled back whole.
      if (!reported) reject(explainStorageError(request.error ?? new Error('Could not open the inquiry log.'), 'open the inquiry log', UPGRADE_NEXT));
    };
    request.onsuccess = () => {
      clearTimeout(report);
      const db = request.result;
      // The open went through after the wait ended, but the caller was already told: any upgrade is done, and
      // the caller's next attempt opens afresh.
      if (reported) return db.close();
      // Another context asks for a newer version (an updated PressClip) or deletes the database: let go at once.
      // openLogDb adds the owner's notice to the connection it hands out.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

// `onLetGo` runs when the returned connection was closed because another context needed the database.
export async function openLogDb(factory: IDBFactory, name: string, onLetGo: () => void = () => undefined): Promise<IDBDatabase> {
  // Opened at whatever version exists: a reader that opens the database without a version creates an EMPTY
  // version-1 database when none exists yet, and after the repair below the database may be a version ahead of
  // DB_VERSION. A database at or past DB_VERSION that still lacks a store or index (that empty one, one repaired
  // to version 3 by a PressClip from before the pages, which still has the per-entry store) goes one version up,
  // because only a versionchange may add or move them.
  let db = await openAt(factory, name);
  if (db.version < DB_VERSION || !isComplete(db)) {
    const version = db.version < DB_VERSION ? DB_VERSION : db.version + 1;
    db.close();
    db = await openAt(factory, name, version);
  }
  // Set on the connection handed out, which may be the first one (already complete): no event can come between
  // the open's success and here, as this runs in the microtasks right after it.
  const opened = db;
  opened.onversionchange = () => {
    opened.close();
    onLetGo();
  };
  return opened;
}
