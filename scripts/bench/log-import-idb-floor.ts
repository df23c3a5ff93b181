import { pathToFileURL } from 'node:url';
import { CHROME_BUILD, launchWithExtension } from '../../tests/e2e/harness/chromium';
import { syntheticEntry } from './log-entries';
import { median } from './stats';

// The IndexedDB floor under an import: N synthetic entries (scripts/bench/log-entries.ts) written in ONE readwrite
// transaction inside the built extension's service worker, with raw IDB calls (no PressClip code), in store
// layouts and transaction options the import could use. Each variant gets a fresh database; the figure is from the
// first put to the transaction's `complete` (commit included). Entries are built in the worker from 500 templates
// whose ids, URLs and dates are made unique, so the values are as large and as varied as real ones.
// `npx tsx scripts/bench/log-import-idb-floor.ts [entries] [repeats] [name filter]` (PRESSCLIP_CHROME_BUILD: another build dir).

interface Variant {
  name: string;
  // [name, keyPath, multiEntry]: a page record indexes the ids and URLs of all its entries (multiEntry arrays).
  indexes: Array<[string, string, boolean?]>;
  durability: 'default' | 'relaxed' | 'strict';
  // Entries per stored record: 1 is today's layout, more groups them into pages.
  perRecord: number;
  // A get before each put (what applyBatch's compare-and-merge does).
  getFirst: boolean;
}

const ALL: Array<[string, string, boolean?]> = [
  ['url', 'record.url'],
  ['canonicalUrl', 'record.canonicalUrl'],
  ['updatedAt', 'updatedAt'],
  ['followUpAt', 'followUpAt'],
];

const PAGE_INDEXES: Array<[string, string, boolean?]> = [
  ['ids', 'ids', true],
  ['urls', 'urls', true],
];

const VARIANTS: Variant[] = [
  { name: '4 indexes, default', indexes: ALL, durability: 'default', perRecord: 1, getFirst: false },
  { name: '4 indexes, get+put, default', indexes: ALL, durability: 'default', perRecord: 1, getFirst: true },
  { name: '4 indexes, relaxed', indexes: ALL, durability: 'relaxed', perRecord: 1, getFirst: false },
  { name: '4 indexes, get+put, relaxed', indexes: ALL, durability: 'relaxed', perRecord: 1, getFirst: true },
  { name: '3 indexes (no updatedAt), relaxed', indexes: ALL.filter(([n]) => n !== 'updatedAt'), durability: 'relaxed', perRecord: 1, getFirst: false },
  { name: '2 indexes (url, followUpAt), relaxed', indexes: ALL.filter(([n]) => n === 'url' || n === 'followUpAt'), durability: 'relaxed', perRecord: 1, getFirst: false },
  { name: 'no index, relaxed', indexes: [], durability: 'relaxed', perRecord: 1, getFirst: false },
  { name: 'pages of 200, no index, relaxed', indexes: [], durability: 'relaxed', perRecord: 200, getFirst: false },
  { name: 'pages of 200, multiEntry ids+urls, default', indexes: PAGE_INDEXES, durability: 'default', perRecord: 200, getFirst: false },
  { name: 'pages of 100, multiEntry ids+urls, default', indexes: PAGE_INDEXES, durability: 'default', perRecord: 100, getFirst: false },
];

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  const repeats = Number(process.argv[3] ?? 3);
  // A third argument picks the variants whose name contains it ("pages", "relaxed").
  const only = process.argv[4];
  const variants = only ? VARIANTS.filter((v) => v.name.includes(only)) : VARIANTS;
  const templates = Array.from({ length: 500 }, (_, i) => syntheticEntry(i));
  const ext = await launchWithExtension(process.env.PRESSCLIP_CHROME_BUILD ?? CHROME_BUILD);
  try {
    const times = new Map<string, number[]>();
    for (let r = 0; r < repeats; r++) {
      for (const variant of variants) {
        const ms = await ext.worker.evaluate(
          async ({ variant, templates, n, dbName }) => {
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const open = indexedDB.open(dbName, 1);
              open.onupgradeneeded = () => {
                const store = open.result.createObjectStore('entries', { keyPath: 'id' });
                for (const [name, keyPath, multiEntry] of variant.indexes) store.createIndex(name, keyPath, { multiEntry: multiEntry === true });
              };
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(open.error);
            });
            type Entry = { id: string; updatedAt: string; record: { url: string } };
            const entries: Entry[] = [];
            for (let i = 0; i < n; i++) {
              const t = templates[i % templates.length] as Entry;
              const at = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString();
              entries.push({ ...t, id: `floor-${i}`, updatedAt: at, record: { ...t.record, url: `https://newsroom.example/r/${i}` } });
            }
            const start = performance.now();
            const tx = db.transaction('entries', 'readwrite', { durability: variant.durability });
            const store = tx.objectStore('entries');
            if (variant.perRecord > 1) {
              for (let i = 0; i < n; i += variant.perRecord) {
                const page = entries.slice(i, i + variant.perRecord);
                store.put({ id: `page-${i}`, entries: page, ids: page.map((e) => e.id), urls: page.map((e) => e.record.url) });
              }
            } else if (variant.getFirst) {
              for (const entry of entries) {
                const read = store.get(entry.id);
                read.onsuccess = () => store.put(entry);
              }
            } else {
              for (const entry of entries) store.put(entry);
            }
            await new Promise<void>((resolve, reject) => {
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            });
            const ms = performance.now() - start;
            db.close();
            await new Promise<void>((resolve) => {
              const del = indexedDB.deleteDatabase(dbName);
              del.onsuccess = del.onerror = () => resolve();
            });
            return ms;
          },
          { variant, templates, n, dbName: `floor-${r}-${variant.name}` },
        );
        times.set(variant.name, [...(times.get(variant.name) ?? []), ms]);
        process.stderr.write(`  ${variant.name}: ${Math.round(ms)} ms\n`);
      }
    }
    for (const [name, ms] of times) {
      process.stdout.write(`${n} entries, ${name}: median ${Math.round(median(ms))} ms (${ms.map(Math.round).join(', ')})\n`);
    }
  } finally {
    await ext.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
  process.exit(0);
}
