import type { IDBFactory } from 'fake-indexeddb';
import type { LogEntry } from '../../../utils/schema/entry';
import { sampleEntry } from '../sync/sample-entry';

// The per-entry log of PressClip before the pages (database versions 1 and 2), written with raw IndexedDB
// calls exactly as that version laid it out, for the upgrade tests.

const pad = (i: number) => String(i).padStart(4, '0');
const at = (minute: number) => new Date(Date.parse('2026-03-01T00:00:00.000Z') + minute * 60_000).toISOString();

// More than two pages of entries, in a shuffled id order, with a tombstone, follow-ups and canonical URLs.
export function oldEntries(count: number): LogEntry[] {
  return Array.from({ length: count }, (_, k) => {
    const i = (k * 37) % count;
    const base = sampleEntry({ id: `old-${pad(i)}`, updatedAt: at(i), createdAt: at(0) });
    return {
      ...base,
      record: { ...base.record, url: `https://wire.example/r/${i}`, canonicalUrl: i % 10 === 0 ? `https://canonical.example/${i}` : null },
      followUpAt: i % 50 === 7 ? at(10_000 + (i % 13)) : null,
      deletedAt: i === 3 ? at(i) : null,
    };
  });
}

// Main's per-entry layout: version 3 is a version-2 database that an older PressClip repaired one version up.
// `followUpIndex: false` at version 2: an empty database that an older PressClip repaired to version 2 with the
// version-1 indexes only.
export async function perEntryDatabase(
  factory: IDBFactory,
  version: 1 | 2 | 3,
  entries: LogEntry[],
  { followUpIndex = version >= 2 }: { followUpIndex?: boolean } = {},
): Promise<void> {
  const request = factory.open('pressclip-log', version);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore('entries', { keyPath: 'id' });
    store.createIndex('url', 'record.url');
    store.createIndex('canonicalUrl', 'record.canonicalUrl');
    store.createIndex('updatedAt', 'updatedAt');
    if (followUpIndex) store.createIndex('followUpAt', 'followUpAt');
  };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('entries', 'readwrite');
  for (const entry of entries) tx.objectStore('entries').put(entry);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

