import type { Page } from 'playwright-core';
import { syntheticEntry } from '../../../scripts/bench/log-entries';
import type { LogEntry } from '../../../utils/schema/entry';

// The inquiry log as PressClip kept it before the pages (database versions 1 and 2, and 3 where an older
// PressClip repaired a version-2 database one version up): one record per entry in the store 'entries', keyPath
// 'id', indexes url (record.url), canonicalUrl (record.canonicalUrl), updatedAt, and from version 2 followUpAt.
// Written with raw IndexedDB calls from an extension page, so the new build finds exactly what the old one left.

const HOUR = 3_600_000;
const later = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

// A realistic old log: status history, interview requests, kept revisions, tombstones, follow-ups and canonical
// URLs spread over the entries.
export function legacyEntry(i: number): LogEntry {
  const base = syntheticEntry(i);
  const { record, status, priority, deadline, tags, notes } = base;
  const updatedAt = later(base.updatedAt, 2);
  return {
    ...base,
    id: `legacy-${String(i).padStart(6, '0')}`,
    updatedAt,
    record: { ...record, url: `https://newsroom.example/legacy/${i}`, canonicalUrl: i % 10 === 0 ? `https://canonical.example/legacy/${i}` : null },
    followUpAt: i % 5 === 0 ? later(base.updatedAt, 24 * 30) : null,
    deletedAt: i % 13 === 6 ? updatedAt : null,
    history: i % 3 === 0 ? [...base.history, { at: later(base.updatedAt, 1), from: status, to: 'requested', override: null }] : base.history,
    status: i % 3 === 0 ? 'requested' : status,
    requests:
      i % 7 === 0
        ? [{ at: later(base.updatedAt, 1), contactName: record.contacts[0]!.name, email: record.contacts[0]!.emails[0]!, subject: `Interview: ${record.headline}`, body: 'Could we talk this week?', handler: 'mailto', kind: 'request' }]
        : [],
    revisions:
      i % 11 === 0
        ? [{ savedAt: updatedAt, reason: 'Lost a sync merge', fields: { record: { ...record, headline: `Earlier: ${record.headline}` }, status, priority, deadline, followUpAt: null, tags, notes }, updatedAt: base.updatedAt }]
        : [],
  };
}

export const legacyLog = (count: number): LogEntry[] => Array.from({ length: count }, (_, i) => legacyEntry(i));

// Deletes the log and creates the per-entry layout of `version` in one go (the delete and the open are queued
// back to back, so no other context's open can come between them); the connection stays open, as an old page's
// would, until sealLegacyLog. Resolves whether the delete was blocked for a while by a connection.
export async function beginLegacyLog(page: Page, version: 1 | 2 | 3): Promise<{ deleteBlocked: boolean }> {
  return page.evaluate(async (version) => {
    let deleteBlocked = false;
    const deletion = indexedDB.deleteDatabase('pressclip-log');
    const open = indexedDB.open('pressclip-log', version);
    const deleted = new Promise<void>((ok, fail) => {
      deletion.onblocked = () => (deleteBlocked = true);
      deletion.onsuccess = () => ok();
      deletion.onerror = () => fail(deletion.error);
    });
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('entries', { keyPath: 'id' });
      store.createIndex('url', 'record.url');
      store.createIndex('canonicalUrl', 'record.canonicalUrl');
      store.createIndex('updatedAt', 'updatedAt');
      if (version >= 2) store.createIndex('followUpAt', 'followUpAt');
    };
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    await deleted;
    (globalThis as unknown as { legacyDb: IDBDatabase }).legacyDb = db;
    return { deleteBlocked };
  }, version);
}

// Puts entries through the connection opened by beginLegacyLog, in slices (one huge argument is slow to pass).
export async function putLegacyEntries(page: Page, entries: readonly LogEntry[]): Promise<void> {
  for (let from = 0; from < entries.length; from += 5000) {
    await page.evaluate(async (slice) => {
      const db = (globalThis as unknown as { legacyDb: IDBDatabase }).legacyDb;
      const tx = db.transaction('entries', 'readwrite');
      for (const entry of slice) tx.objectStore('entries').put(entry);
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
    }, entries.slice(from, from + 5000));
  }
}

export async function sealLegacyLog(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as { legacyDb: IDBDatabase }).legacyDb.close());
}

export interface Layout {
  version: number;
  stores: string[];
  pages: number;
  entries: number;
}

// The database as it is now, read with raw calls (no version: never upgrades it).
export async function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('pressclip-log');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const stores = [...db.objectStoreNames].sort();
    const pages = stores.includes('pages')
      ? await new Promise<Array<{ entries: unknown[] }>>((ok) => {
          const all = db.transaction('pages').objectStore('pages').getAll();
          all.onsuccess = () => ok(all.result as Array<{ entries: unknown[] }>);
        })
      : [];
    const layout = { version: db.version, stores, pages: pages.length, entries: pages.reduce((sum, p) => sum + p.entries.length, 0) };
    db.close();
    return layout;
  });
}

// One message of the contract from an extension page, as the log page sends it.
export async function ask<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(
    async (message) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> } } }).chrome.runtime;
      return runtime.sendMessage(message);
    },
    { type, payload },
  );
  if (!reply.ok) throw new Error(`${type} failed: ${reply.error}`);
  return reply.data as T;
}
