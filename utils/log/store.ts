import { unwrap, wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { EntryFieldsSchema, LogEntrySchema, type LogEntry } from '../schema/entry';
import type { SourceKind } from '../schema/source-kind';
import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION, LogExportSchema, type LogExport } from '../schema/log-export';
import { buildNewEntry } from './new-entry';
import { nextInstant } from './timestamps';
import { applyResave, applyTombstone, applyUpdate, samePageLookups } from './upsert';
import { attributeWrite } from './attribution';
import { writeStamp } from './write-stamp';
import { guardWrite } from './storage-errors';
import { appendToPages, buildPage, entriesOf, newestFirst, type LogPage } from './log-pages';
import { BODIES, BODY_POSTINGS, BODY_TERMS, LOG_DB_NAME, STORE, openLogDb, type LogDb } from './open-db';
import { rewriteWords } from './body-terms';
import type { ReleaseBody, StoredBody } from '../body/schema';
import { readBodies, type BodyReader } from './bodies';
import { markStage } from './stage-time';

// The inquiry log in IndexedDB. Only the background opens it (one writer, so no cross-context races);
// pages reach it through the message contract.

export { LOG_DB_NAME } from './open-db';

export interface LogStore extends BodyReader {
  // `body`: the release's kept text (validated by the caller's message schema), written with the entry in one
  // transaction; without it the entry's stored body is left as it is.
  save(fields: unknown, source?: SourceKind, body?: ReleaseBody | null): Promise<{ entry: LogEntry; created: boolean }>;
  get(id: string): Promise<LogEntry | null>;
  findByUrl(url: string, canonicalUrl?: string | null): Promise<LogEntry | null>;
  list(): Promise<LogEntry[]>;
  // Live entries whose followUpAt is set: what the reminders need, without reading the whole log.
  listFollowUps(): Promise<LogEntry[]>;
  update(id: string, fields: unknown, expectedUpdatedAt: string | null): Promise<LogEntry>;
  remove(id: string): Promise<void>;
  // With `bodies`, the kept release texts travel in the document (the JSON export); a sync round asks without.
  exportDocument(options?: { bodies?: boolean }): Promise<LogExport>;
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
  // The journalist's own change (a status change, a bulk edit, a recorded request, a merge of duplicates, a restored
  // revision, a claim): stamped with the author like save, update and remove (utils/log/attribution.ts). Sync and
  // import batches carry other people's changes and are not.
  local?: boolean;
  // Compare-and-merge for a batch computed from entries read earlier (a sync round or an import merges while the
  // journalist may be editing): `readAt(id)` is the writeStamp (utils/log/write-stamp.ts) of the version the
  // caller merged from (undefined: it was not in the log). Where the stored entry has changed since, `rebase(stored, ours)` is written instead,
  // in the same transaction, so the edit made in between is kept rather than overwritten.
  basis?: {
    readAt(id: string): string | undefined;
    rebase(stored: LogEntry, ours: LogEntry): LogEntry;
  };
  // Release texts written in the same transaction (an import's, validated by the caller). A tombstone in the
  // batch deletes its entry's body.
  bodies?: readonly StoredBody[];
}

export interface LogStoreOptions {
  idbFactory?: IDBFactory;
  name?: string;
  now?: () => Date;
  newId?: () => string;
  // Called when the store let go of the database because another context asked for it (a newer PressClip
  // upgrading it, or a deletion): the store is closed then, and the owner opens a new one when next needed.
  onLetGo?: () => void;
  // Who this browser's journalist is, for "changed by" (utils/log/attribution.ts); asked before each local write.
  author?: () => Promise<string | null>;
}

export class EntryNotFoundError extends Error {}

// From this many entries, a batch reads every page of the log at once instead of looking up its entries' pages
// one by one (an import compares against the whole log anyway).
export const BATCH_READS_ALL_FROM = 1000;

function lastOf(pages: Map<number, LogPage>): LogPage | null {
  let last: LogPage | null = null;
  for (const page of pages.values()) if (!last || page.key > last.key) last = page;
  return last;
}

export async function openLogStore(idbFactory?: IDBFactory, options: Omit<LogStoreOptions, 'idbFactory'> = {}): Promise<LogStore> {
  const factory = idbFactory ?? globalThis.indexedDB;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  // Asked before a transaction opens: awaiting anything else inside one would let it commit early.
  const author = options.author ?? (() => Promise.resolve(null));
  const db = wrap(await openLogDb(factory, options.name ?? LOG_DB_NAME, options.onLetGo)) as unknown as IDBPDatabase<LogDb>;

  // Every transaction spans the four stores, so a save or an import writes an entry, its body and the body's
  // words (body-terms.ts, body-postings.ts) together, and a deletion removes them all.
  const ALL = [STORE, BODIES, BODY_TERMS, BODY_POSTINGS] as const;
  type Stores = ['pages', 'bodies', 'bodyTerms', 'bodyPostings'];
  type Tx = IDBPTransaction<LogDb, Stores, 'readonly' | 'readwrite'>;
  type WriteTx = IDBPTransaction<LogDb, Stores, 'readwrite'>;

  // The entry the per-entry index would have answered first: among the entries whose url (or canonicalUrl) is
  // `key`, the smallest id.
  async function firstWith(tx: Tx, field: 'url' | 'canonicalUrl', key: string): Promise<LogEntry | undefined> {
    const pages = await tx.objectStore(STORE).index(field === 'url' ? 'urls' : 'canonicalUrls').getAll(key);
    let hit: LogEntry | undefined;
    for (const page of pages) {
      for (const entry of page.entries) {
        if (entry.record[field] === key && (hit === undefined || entry.id < hit.id)) hit = entry;
      }
    }
    return hit;
  }

  async function findSamePage(tx: Tx, url: string, canonicalUrl: string | null): Promise<LogEntry | undefined> {
    for (const lookup of samePageLookups(url, canonicalUrl)) {
      const hit = await firstWith(tx, lookup.index, lookup.key);
      if (hit) return hit;
    }
    return undefined;
  }

  async function pageOf(tx: Tx, id: string): Promise<LogPage | undefined> {
    return tx.objectStore(STORE).index('ids').get(id);
  }

  async function lastPage(tx: Tx): Promise<LogPage | null> {
    return (await tx.objectStore(STORE).openCursor(null, 'prev'))?.value ?? null;
  }

  // Writes `entry` over the entry of the same id in its page, or appends it to the log.
  async function putEntry(tx: WriteTx, entry: LogEntry): Promise<void> {
    const page = await pageOf(tx, entry.id);
    const pages = page
      ? [buildPage(page.key, page.entries.map((e) => (e.id === entry.id ? entry : e)))]
      : appendToPages(await lastPage(tx), [entry]);
    await Promise.all(pages.map((p) => tx.objectStore(STORE).put(p)));
  }

  async function allStored(): Promise<LogEntry[]> {
    return entriesOf(await db.getAll(STORE));
  }

  return {
    ...readBodies(db),

    async save(input, source = 'page', body = null) {
      const fields = EntryFieldsSchema.parse(input);
      const by = await author();
      return guardWrite('save the entry', async () => {
        const tx = db.transaction([...ALL], 'readwrite');
        const existing = await findSamePage(tx, fields.record.url, fields.record.canonicalUrl);
        const entry = attributeWrite(
          existing,
          existing ? applyResave(existing, fields, now(), source) : buildNewEntry(fields, newId(), nextInstant(now(), null), source),
          by,
        );
        const bodyWrites = body ? [tx.objectStore(BODIES).put({ id: entry.id, ...body }), rewriteWords(unwrap(tx), [{ id: entry.id, text: body.text }], [])] : [];
        await Promise.all([putEntry(tx, LogEntrySchema.parse(entry)), ...bodyWrites, tx.done]);
        return { entry, created: !existing || existing.deletedAt !== null };
      });
    },

    async get(id) {
      const tx = db.transaction([...ALL], 'readonly');
      const page = await pageOf(tx, id);
      return page?.entries.find((entry) => entry.id === id) ?? null;
    },

    async findByUrl(url, canonicalUrl = null) {
      const tx = db.transaction([...ALL], 'readonly');
      const hit = await findSamePage(tx, url, canonicalUrl);
      await tx.done;
      return hit && hit.deletedAt === null ? hit : null;
    },

    async list() {
      return (await allStored()).filter((entry) => entry.deletedAt === null).sort(newestFirst);
    },

    async listFollowUps() {
      const tx = db.transaction(STORE, 'readonly');
      const keys = new Set(await tx.store.index('followUps').getAllKeys());
      const pages = await Promise.all([...keys].map((key) => tx.store.get(key)));
      const entries = entriesOf(pages.filter((page): page is LogPage => page !== undefined));
      return entries
        .filter((entry) => entry.followUpAt !== null && entry.deletedAt === null)
        .sort((a, b) => (a.followUpAt! < b.followUpAt! ? -1 : a.followUpAt! > b.followUpAt! ? 1 : 0));
    },

    async update(id, input, expectedUpdatedAt) {
      const by = await author();
      return guardWrite('update the entry', async () => {
        const tx = db.transaction([...ALL], 'readwrite');
        const existing = (await pageOf(tx, id))?.entries.find((entry) => entry.id === id);
        if (!existing || existing.deletedAt !== null) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new EntryNotFoundError(`No log entry with id "${id}".`);
        }
        const entry = LogEntrySchema.parse(attributeWrite(existing, applyUpdate(existing, input, expectedUpdatedAt, now()), by));
        await Promise.all([putEntry(tx, entry), tx.done]);
        return entry;
      });
    },

    async remove(id) {
      const by = await author();
      await guardWrite('delete the entry', async () => {
        // A deleted entry's release text goes with it; the tombstone keeps only what sync needs.
        const tx = db.transaction([...ALL], 'readwrite');
        const existing = (await pageOf(tx, id))?.entries.find((entry) => entry.id === id);
        await Promise.all([
          existing ? putEntry(tx, attributeWrite(existing, applyTombstone(existing, now()), by)) : undefined,
          tx.objectStore(BODIES).delete(id),
          rewriteWords(unwrap(tx), [], [id]),
          tx.done,
        ]);
      });
    },

    async exportDocument(options = {}) {
      // Tombstones are exported too: a deletion must reach the other machine on import.
      const entries = await allStored();
      entries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      return LogExportSchema.parse({
        format: LOG_EXPORT_FORMAT,
        version: LOG_EXPORT_VERSION,
        exportedAt: now().toISOString(),
        entries,
        ...(options.bodies ? { bodies: await db.getAll(BODIES) } : {}),
      });
    },

    async allEntries() {
      return allStored();
    },

    async applyBatch(input, options = {}) {
      const by = options.local ? await author() : null;
      // Validate everything before the transaction starts: one bad entry rejects the whole batch.
      const entries = input.map((raw, i) => {
        if (options.alreadyValid?.(raw)) return raw as LogEntry;
        const parsed = LogEntrySchema.safeParse(raw);
        if (!parsed.success) throw new Error(`Entry ${i} is invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
        return parsed.data;
      });
      await guardWrite(`write ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`, async () => {
        const tx = db.transaction([...ALL], 'readwrite');
        const pagesStore = tx.objectStore(STORE);
        const basis = options.basis;
        const issued = performance.now();
        try {
          // The pages holding the batch's entries: all of them for a large batch (one request), else each
          // entry's page by the ids index. Edits in between are in what is read here: the same transaction writes.
          const pages = new Map<number, LogPage>();
          if (entries.length >= BATCH_READS_ALL_FROM) {
            for (const page of await pagesStore.getAll()) pages.set(page.key, page);
          } else {
            const found = await Promise.all(entries.map((entry) => pageOf(tx, entry.id)));
            for (const page of found) if (page) pages.set(page.key, page);
          }
          const where = new Map<string, { key: number; index: number }>();
          for (const page of pages.values()) page.entries.forEach((entry, index) => where.set(entry.id, { key: page.key, index }));
          const changed = new Map<number, LogEntry[]>();
          // New to the log; by id, so an id given twice is appended once (the later one, as with two puts).
          const appended = new Map<string, LogEntry>();
          for (const written of entries) {
            const at = where.get(written.id);
            const entry = options.local ? attributeWrite(at ? pages.get(at.key)!.entries[at.index] : undefined, written, by) : written;
            if (!at) {
              appended.set(entry.id, entry);
              continue;
            }
            const list = changed.get(at.key) ?? [...pages.get(at.key)!.entries];
            const stored = list[at.index]!;
            // Compare-and-merge: the stored entry changed since the caller read it, so the two are merged.
            list[at.index] = basis && writeStamp(stored) !== basis.readAt(entry.id) ? LogEntrySchema.parse(basis.rebase(stored, entry)) : entry;
            changed.set(at.key, list);
          }
          const last = appended.size === 0 ? null : entries.length >= BATCH_READS_ALL_FROM ? lastOf(pages) : await lastPage(tx);
          const tail = appendToPages(last && changed.has(last.key) ? buildPage(last.key, changed.get(last.key)!) : last, [...appended.values()]);
          for (const page of tail) changed.delete(page.key);
          // Plain requests without idb's promise on each; a failing one aborts the transaction and tx.done says why.
          const raw = unwrap(pagesStore);
          for (const [key, list] of changed) raw.put(buildPage(key, list));
          for (const page of tail) raw.put(page);
          const bodies = unwrap(tx.objectStore(BODIES));
          for (const body of options.bodies ?? []) bodies.put(body);
          const dead = entries.filter((entry) => entry.deletedAt !== null).map((entry) => entry.id);
          for (const id of dead) bodies.delete(id);
          // The words of the batch's texts in one block, written as a few hundred postings records (body-postings.ts).
          await rewriteWords(unwrap(tx), options.bodies ?? [], dead);
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
