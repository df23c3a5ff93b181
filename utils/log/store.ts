import { unwrap, wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { EntryFieldsSchema, LogEntrySchema, type LogEntry } from '../schema/entry';
import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION, LogExportSchema, type LogExport } from '../schema/log-export';
import { buildNewEntry } from './new-entry';
import { nextInstant } from './timestamps';
import { applyResave, applyTombstone, applyUpdate, samePageLookups } from './upsert';
import { guardWrite } from './storage-errors';
import { markStage } from './stage-time';

// The inquiry log in IndexedDB. Only the background opens it (one writer, so no cross-context races);
// pages reach it through the message contract.

export const LOG_DB_NAME = 'pressclip-log';
// 2: the followUpAt index, so reminders read only entries with a follow-up instead of the whole log.
const DB_VERSION = 2;
const STORE = 'entries';

interface LogDb extends DBSchema {
  entries: {
    key: string;
    value: LogEntry;
    indexes: { url: string; canonicalUrl: string; updatedAt: string; followUpAt: string };
  };
}

export interface LogStore {
  save(fields: unknown): Promise<{ entry: LogEntry; created: boolean }>;
  get(id: string): Promise<LogEntry | null>;
  findByUrl(url: string, canonicalUrl?: string | null): Promise<LogEntry | null>;
  list(): Promise<LogEntry[]>;
  // Live entries whose followUpAt is set: what the reminders need, without reading the whole log.
  listFollowUps(): Promise<LogEntry[]>;
  update(id: string, fields: unknown, expectedUpdatedAt: string | null): Promise<LogEntry>;
  remove(id: string): Promise<void>;
  exportDocument(): Promise<LogExport>;
  // Every entry, tombstones included, as stored: what an import merges against. Unlike exportDocument it
  // does not validate the whole log again (1.5 s at 100,000 entries); everything stored was validated on write.
  allEntries(): Promise<LogEntry[]>;
  applyBatch(entries: readonly unknown[], options?: BatchOptions): Promise<void>;
  close(): void;
}

export interface BatchOptions {
  // Entries the caller validated against LogEntrySchema in this process (an import's entries, checked as they
  // arrived): written without a second validation, which costs seconds at 100,000 entries.
  alreadyValid?: (entry: unknown) => boolean;
  // Compare-and-merge for a batch computed from entries read earlier (a sync round or an import merges while the
  // journalist may be editing): `readAt(id)` is the updatedAt of the version the caller merged from (undefined:
  // it was not in the log). Where the stored entry has changed since, `rebase(stored, ours)` is written instead,
  // in the same transaction, so the edit made in between is kept rather than overwritten.
  basis?: {
    readAt(id: string): string | undefined;
    rebase(stored: LogEntry, ours: LogEntry): LogEntry;
  };
}

export interface LogStoreOptions {
  idbFactory?: IDBFactory;
  name?: string;
  now?: () => Date;
  newId?: () => string;
}

export class EntryNotFoundError extends Error {}

// From this many entries, a batch with a basis reads the log's keys once instead of one get per entry.
export const BASIS_KEY_SCAN_MIN = 1000;

const INDEXES: ReadonlyArray<readonly [name: keyof LogDb['entries']['indexes'], keyPath: string]> = [
  // Nested key paths: an entry whose canonicalUrl is null simply is not in that index.
  ['url', 'record.url'],
  ['canonicalUrl', 'record.canonicalUrl'],
  ['updatedAt', 'updatedAt'],
  // Null is not a valid key, so an entry without a follow-up is not in this index: it stays as small
  // as the number of pending follow-ups however big the log grows.
  ['followUpAt', 'followUpAt'],
];

// Runs inside the versionchange transaction: creates the store on a fresh database and adds the indexes
// a database from an older version lacks (the index is built there from the entries already stored).
function createMissing(db: IDBDatabase, upgrade: IDBTransaction | null): void {
  const store = db.objectStoreNames.contains(STORE) ? upgrade?.objectStore(STORE) : db.createObjectStore(STORE, { keyPath: 'id' });
  if (!store) return;
  for (const [name, keyPath] of INDEXES) {
    if (!store.indexNames.contains(name)) store.createIndex(name, keyPath);
  }
}

function isComplete(db: IDBDatabase): boolean {
  if (!db.objectStoreNames.contains(STORE)) return false;
  const indexNames = db.transaction(STORE, 'readonly').objectStore(STORE).indexNames;
  return INDEXES.every(([name]) => indexNames.contains(name));
}

async function openAt(factory: IDBFactory, name: string, version?: number): Promise<IDBDatabase> {
  const request = version === undefined ? factory.open(name) : factory.open(name, version);
  request.onupgradeneeded = () => createMissing(request.result, request.transaction);
  const db = await wrap(request);
  if (!db) throw new Error('Could not open the inquiry log.');
  return unwrap(db);
}

async function openDb(factory: IDBFactory, name: string): Promise<IDBPDatabase<LogDb>> {
  // Opened at whatever version exists: a reader that opens the database without a version (the log
  // page does, to read without upgrading) creates an EMPTY version-1 database when none exists yet,
  // and after the repair below the database is one version ahead of DB_VERSION.
  // A database at or past DB_VERSION that still lacks a store or index (the empty one above, or one
  // repaired by an older PressClip to version 2 without the followUpAt index) goes one version up,
  // because only a versionchange may add them.
  let db = await openAt(factory, name);
  if (db.version < DB_VERSION || !isComplete(db)) {
    const version = db.version < DB_VERSION ? DB_VERSION : db.version + 1;
    db.close();
    db = await openAt(factory, name, version);
  }
  return wrap(db) as unknown as IDBPDatabase<LogDb>;
}

export async function openLogStore(idbFactory?: IDBFactory, options: Omit<LogStoreOptions, 'idbFactory'> = {}): Promise<LogStore> {
  const factory = idbFactory ?? globalThis.indexedDB;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const db = await openDb(factory, options.name ?? LOG_DB_NAME);

  type IndexGetter = (name: 'url' | 'canonicalUrl') => { get(query: string): Promise<LogEntry | undefined> };

  async function findSamePage(index: IndexGetter, url: string, canonicalUrl: string | null): Promise<LogEntry | undefined> {
    for (const lookup of samePageLookups(url, canonicalUrl)) {
      const hit = await index(lookup.index).get(lookup.key);
      if (hit) return hit;
    }
    return undefined;
  }

  return {
    async save(input) {
      const fields = EntryFieldsSchema.parse(input);
      return guardWrite('save the entry', async () => {
        const tx = db.transaction(STORE, 'readwrite');
        const existing = await findSamePage((name) => tx.store.index(name), fields.record.url, fields.record.canonicalUrl);
        const entry = existing
          ? applyResave(existing, fields, now())
          : buildNewEntry(fields, newId(), nextInstant(now(), null));
        await Promise.all([tx.store.put(LogEntrySchema.parse(entry)), tx.done]);
        return { entry, created: !existing || existing.deletedAt !== null };
      });
    },

    async get(id) {
      return (await db.get(STORE, id)) ?? null;
    },

    async findByUrl(url, canonicalUrl = null) {
      const tx = db.transaction(STORE, 'readonly');
      const hit = await findSamePage((name) => tx.store.index(name), url, canonicalUrl);
      await tx.done;
      return hit && hit.deletedAt === null ? hit : null;
    },

    async list() {
      const entries: LogEntry[] = [];
      let cursor = await db.transaction(STORE).store.index('updatedAt').openCursor(null, 'prev');
      while (cursor) {
        if (cursor.value.deletedAt === null) entries.push(cursor.value);
        cursor = await cursor.continue();
      }
      return entries;
    },

    async listFollowUps() {
      const entries = await db.getAllFromIndex(STORE, 'followUpAt');
      return entries.filter((entry) => entry.deletedAt === null);
    },

    async update(id, input, expectedUpdatedAt) {
      return guardWrite('update the entry', async () => {
        const tx = db.transaction(STORE, 'readwrite');
        const existing = await tx.store.get(id);
        if (!existing || existing.deletedAt !== null) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new EntryNotFoundError(`No log entry with id "${id}".`);
        }
        const entry = LogEntrySchema.parse(applyUpdate(existing, input, expectedUpdatedAt, now()));
        await Promise.all([tx.store.put(entry), tx.done]);
        return entry;
      });
    },

    async remove(id) {
      await guardWrite('delete the entry', async () => {
        const tx = db.transaction(STORE, 'readwrite');
        const existing = await tx.store.get(id);
        await Promise.all([existing ? tx.store.put(applyTombstone(existing, now())) : undefined, tx.done]);
      });
    },

    async exportDocument() {
      // Tombstones are exported too: a deletion must reach the other machine on import.
      const entries = await db.getAll(STORE);
      entries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      return LogExportSchema.parse({
        format: LOG_EXPORT_FORMAT,
        version: LOG_EXPORT_VERSION,
        exportedAt: now().toISOString(),
        entries,
      });
    },

    async allEntries() {
      return db.getAll(STORE);
    },

    async applyBatch(input, options = {}) {
      // Validate everything before the transaction starts: one bad entry rejects the whole batch.
      const entries = input.map((raw, i) => {
        if (options.alreadyValid?.(raw)) return raw as LogEntry;
        const parsed = LogEntrySchema.safeParse(raw);
        if (!parsed.success) throw new Error(`Entry ${i} is invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
        return parsed.data;
      });
      await guardWrite(`write ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`, async () => {
        const tx = db.transaction(STORE, 'readwrite');
        // Plain requests, without idb's promise and listeners on each: at 100,000 entries (an import) those
        // cost seconds. A request that fails later aborts the transaction, and tx.done rejects with its error.
        const raw = unwrap(tx.store);
        const basis = options.basis;
        const issued = performance.now();
        try {
          // Which ids are stored, in one request, for a large batch: only a stored entry can have changed since
          // the caller read it, so only those are read back (a get each) before their put; the rest are put
          // directly. An import into an empty log is then puts alone: the get per entry cost ~4 s of a
          // 100,000-entry import in Chromium. A small batch (a sync round, an edit) reads its few entries
          // instead of every key of the log.
          const stored = basis && entries.length >= BASIS_KEY_SCAN_MIN ? new Set(await tx.store.getAllKeys()) : null;
          for (const entry of entries) {
            if (!basis || (stored && !stored.has(entry.id))) {
              raw.put(entry);
              continue;
            }
            // The put from the get's callback: the transaction stays open throughout.
            const read = raw.get(entry.id);
            read.onsuccess = () => {
              const current = read.result as LogEntry | undefined;
              const changed = current !== undefined && current.updatedAt !== basis.readAt(entry.id);
              raw.put(changed ? LogEntrySchema.parse(basis.rebase(current, entry)) : entry);
            };
          }
        } catch (error) {
          // A put that throws must take the earlier puts of the batch with it.
          let failure = error;
          try {
            tx.abort();
          } catch {
            // Already finished or aborted by the failed request.
          }
          await tx.done.catch((txError: unknown) => {
            // The browser killed the transaction first (a full disk): its error says why; the put's only
            // says that the transaction was gone.
            if ((error as { name?: unknown } | null)?.name === 'TransactionInactiveError') failure = txError;
          });
          throw failure;
        }
        markStage('log:batch-issue', issued);
        const committing = performance.now();
        await tx.done;
        markStage('log:batch-commit', committing);
      });
    },

    close() {
      db.close();
    },
  };
}
