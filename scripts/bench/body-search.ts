import { launchWithExtension } from '../../tests/e2e/harness/chromium';
import { importWithBodies, IMPORT_BATCH } from './body-import';
import { kb, median, ms } from './stats';

// The release-text search (log:search-bodies) at N entries with bodies of the corpus median's size (~3,400
// characters of text), in the built Chromium extension: the background's answer from the word index (database
// version 6, utils/log/body-terms.ts), one message round trip each, next to the full scan it replaced (every
// stored text read in runs of 500 and tested for each word), run in the log page on the same database. Also: the
// import's time with the index written, and the index's size. Run after `npm run build`:
// npx tsx scripts/bench/body-search.ts [N]

const N = Number(process.argv[2] ?? 10_000);
const RUNS = 5;

// The full scan of database version 4's search, in the page: every text read, lower-cased, tested for each term.
async function fullScan(terms: string[]): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('pressclip-log');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let hits = 0;
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const run = await new Promise<Array<{ id: string; text: string }>>((resolve, reject) => {
      const request = db.transaction('bodies', 'readonly').objectStore('bodies').getAll(range, 500);
      request.onsuccess = () => resolve(request.result as Array<{ id: string; text: string }>);
      request.onerror = () => reject(request.error);
    });
    for (const b of run) {
      const text = b.text.toLowerCase();
      if (terms.every((term) => text.includes(term))) hits += 1;
    }
    if (run.length < 500) break;
    after = run[run.length - 1]!.id;
  }
  db.close();
  return hits;
}

// The word index's extent: records, index entries (one per distinct word per body) and their key bytes (UTF-16:
// the word and the entry id of each index entry, and each record's id and words), read in runs.
async function indexExtent(): Promise<{ records: number; entries: number; bytes: number; usage: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('pressclip-log');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const out = { records: 0, entries: 0, bytes: 0, usage: 0 };
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const run = await new Promise<Array<{ id: string; terms: string[] }>>((resolve, reject) => {
      const request = db.transaction('bodyTerms', 'readonly').objectStore('bodyTerms').getAll(range, 1000);
      request.onsuccess = () => resolve(request.result as Array<{ id: string; terms: string[] }>);
      request.onerror = () => reject(request.error);
    });
    for (const r of run) {
      out.records += 1;
      out.entries += r.terms.length;
      for (const t of r.terms) out.bytes += 2 * (2 * t.length + r.id.length);
      out.bytes += 2 * r.id.length;
    }
    if (run.length < 1000) break;
    after = run[run.length - 1]!.id;
  }
  db.close();
  out.usage = (await navigator.storage.estimate()).usage ?? 0;
  return out;
}

const ext = await launchWithExtension();
try {
  const page = await ext.ctx.newPage();
  await page.goto(ext.extensionUrl('log.html'));
  const send = (message: unknown) => page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> } } }).chrome.runtime.sendMessage(m), message);
  const { importMs, meanTextChars } = await importWithBodies(page, N);
  console.log(`${N} entries with bodies (mean text ${meanTextChars} characters): import with the word index ${(importMs / 1000).toFixed(1)} s in batches of ${IMPORT_BATCH} (${ms(importMs / (N / 1000), 0)} per 1,000 entries)`);
  const extent = await page.evaluate(indexExtent);
  console.log(`word index: ${extent.records} records, ${extent.entries} index entries (${(extent.entries / extent.records).toFixed(0)} words per body), key bytes ~${kb(extent.bytes)} (~${kb(Math.round(extent.bytes / (N / 1000)))} per 1,000 entries); origin's whole storage ${kb(extent.usage)}`);
  for (const terms of [['zebracorn500'], ['zebracorn5'], ['zebracorn5', 'rail'], ['rail', 'interchange'], ['kaloka'], ['mi', 'ter'], ['nothingmatches']]) {
    const indexed: number[] = [];
    const scanned: number[] = [];
    let hits = 0;
    let scanHits = 0;
    for (let run = 0; run < RUNS; run += 1) {
      let started = Date.now();
      const reply = await send({ type: 'log:search-bodies', payload: { terms } });
      indexed.push(Date.now() - started);
      hits = ((reply.data as { ids: string[] } | undefined)?.ids ?? []).length;
      started = Date.now();
      scanHits = await page.evaluate(fullScan, terms);
      scanned.push(Date.now() - started);
    }
    console.log(`${N} entries, terms ${JSON.stringify(terms)}: index ${hits} hits, median ${ms(median(indexed))}; full scan (substrings) ${scanHits} hits, median ${ms(median(scanned))} (of ${RUNS})`);
  }
} finally {
  await ext.close();
}
