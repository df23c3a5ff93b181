import type { Page } from 'playwright-core';
import { bundle } from './bundle';

// The release texts' part of the log bench (scripts/bench-log.ts --bodies=…): gives each seeded entry a body of
// realistic size (scripts/bench/body-text.ts) and its words, written straight into the extension's IndexedDB as the
// log store writes an import's (the bodies store, then the bodyTerms and bodyPostings stores, utils/log/body-terms.ts),
// timing the two apart so the index's own cost shows; and times the background's
// release-text search (log:search-bodies, one message round trip) key by key, as the log page asks it.

export interface BodySeedFigures {
  bodiesMs: number;
  indexMs: number;
  // Words indexed (one per distinct word per text) and the postings records holding them.
  indexEntries: number;
  postingsRecords: number;
  storedBodyBytes: number;
  // navigator.storage.estimate() of the extension's origin before, after the bodies and after their index.
  usageBefore: number;
  usageAfterBodies: number;
  usageAfterIndex: number;
}

export interface BodyQueryFigures {
  label: string;
  query: string;
  // Every run of every key the page would send (3 characters and up), in milliseconds: the background's answer
  // (one message round trip), and in the page on the same database the search as it is (SEARCH_TUNING) and as
  // it was before broad words were bounded (every word's keys read in full: the same code with an unbounded probe).
  runsMs: number[];
  boundedMs: number[];
  unboundedMs: number[];
  // The same bounded search with the former bound (2,000 keys, 200 records tested), next to the shipped one.
  formerBoundMs: number[];
  hits: number;
  complete: boolean | null;
  unboundedHits: number;
}

// Run inside the log page: bodies in runs of SEED_RUN entries (one transaction each), then their words as the log
// store writes an import batch's (utils/log/body-terms.ts: a terms record per body, and the run's postings as one
// block, utils/log/body-postings.ts), one transaction per run. The texts are made again for the index pass rather
// than kept: at 100,000 entries they are ~700 MB of strings.
function seedBodiesInPage({ count, run }: { count: number; run: number }): Promise<BodySeedFigures> {
  interface Seed {
    benchBody(i: number): { html: string; text: string };
    termsRecord(body: { id: string; text: string }): { id: string; terms: string[] };
    buildPostings(block: string, texts: Array<{ id: string; terms: string[] }>): unknown[];
    newBlock(): string;
  }
  const seed = (globalThis as unknown as { __pcSeed: Seed }).__pcSeed;
  const usage = async () => (await navigator.storage.estimate()).usage ?? 0;
  const put = (db: IDBDatabase, writes: Array<[store: string, records: unknown[]]>) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const tx = db.transaction(writes.map(([store]) => store), 'readwrite');
      for (const [store, records] of writes) for (const record of records) tx.objectStore(store).put(record);
      tx.oncomplete = () => resolve(performance.now() - started);
      tx.onerror = () => reject(tx.error);
    });
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pressclip-log');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const figures: BodySeedFigures = { bodiesMs: 0, indexMs: 0, indexEntries: 0, postingsRecords: 0, storedBodyBytes: 0, usageBefore: await usage(), usageAfterBodies: 0, usageAfterIndex: 0 };
      const encoder = new TextEncoder();
      const bodiesOf = (first: number) => Array.from({ length: Math.min(run, count - first) }, (_, k) => ({ id: `bench-${first + k}`, ...seed.benchBody(first + k), truncated: false }));
      try {
        for (let first = 0; first < count; first += run) {
          const bodies = bodiesOf(first);
          for (const b of bodies) figures.storedBodyBytes += encoder.encode(JSON.stringify(b)).length;
          figures.bodiesMs += await put(db, [['bodies', bodies]]);
        }
        figures.usageAfterBodies = await usage();
        for (let first = 0; first < count; first += run) {
          const bodies = bodiesOf(first);
          // The words are computed as the log store computes them, inside the timed part: it is the index's cost.
          const started = performance.now();
          const block = seed.newBlock();
          const records = bodies.map((b) => ({ ...seed.termsRecord(b), block }));
          const postings = seed.buildPostings(block, records);
          for (const r of records) figures.indexEntries += r.terms.length;
          figures.postingsRecords += postings.length;
          figures.indexMs += performance.now() - started + (await put(db, [['bodyTerms', records], ['bodyPostings', postings]]));
        }
        figures.usageAfterIndex = await usage();
        db.close();
        resolve(figures);
      } catch (error) {
        db.close();
        reject(error);
      }
    };
  });
}

// The seeding and the page's copy of the search, bundled once and put in the page again after each reload.
let seedSource: Promise<string> | null = null;
async function loadSeed(page: Page): Promise<void> {
  seedSource ??= bundle(`import { openDB } from 'idb';
import { newBlock, termsRecord } from './utils/log/body-terms';
import { buildPostings } from './utils/log/body-postings';
import { readBodies, SEARCH_TUNING } from './utils/log/bodies';
import { benchBody } from './scripts/bench/body-text';
globalThis.__pcSeed = { benchBody, buildPostings, newBlock, openDB, readBodies, termsRecord, SEARCH_TUNING };`);
  if (await page.evaluate('globalThis.__pcSeed !== undefined')) return;
  await page.evaluate(`globalThis.__name ??= (f) => f;\n${await seedSource}`);
}

// Entries per seeding transaction: an import batch's size (scripts/bench/body-import.ts), so the seeded index has
// the blocks an imported log has.
export const SEED_RUN = 2000;

export async function seedBodies(page: Page, count: number): Promise<BodySeedFigures> {
  await loadSeed(page);
  return page.evaluate(seedBodiesInPage, { count, run: SEED_RUN });
}

// The queries: a selective word (in one text of 100), a word in every text, and a word of every text with a
// second one, typed key by key. The page asks from the third character on (components/log-page/body-search.ts);
// the one-letter prefix is asked directly, as the widest a message may be.
function bodyQueries(count: number): Array<{ label: string; query: string; keys: string[] }> {
  const typed = (query: string) => Array.from({ length: query.length - 2 }, (_, k) => query.slice(0, k + 3));
  const rare = `zebracorn${Math.floor(count / 200) * 100}`;
  return [
    { label: 'a specific word', query: rare, keys: typed(rare) },
    { label: 'a broad word (every text)', query: 'rail', keys: typed('rail') },
    { label: 'two broad words', query: 'rail interchange', keys: ['rail int', 'rail inte', 'rail interchange'] },
    { label: 'one letter (not sent by the page)', query: 't', keys: ['t'] },
  ];
}

export async function timeBodySearch(page: Page, count: number, runs = 5): Promise<BodyQueryFigures[]> {
  const send = (terms: string[]) =>
    page.evaluate(async (t) => {
      const started = performance.now();
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: { ids: string[]; complete?: boolean } }> } } }).chrome;
      const reply = await chrome.runtime.sendMessage({ type: 'log:search-bodies', payload: { terms: t } });
      if (!reply.ok) throw new Error(reply.error);
      return { ms: performance.now() - started, hits: reply.data?.ids.length ?? 0, complete: reply.data?.complete ?? null };
    }, terms);
  // The page's own copy of the search (bundled with the seed), on its own connection.
  await loadSeed(page);
  const inPage = (terms: string[], tuning: 'shipped' | 'former' | 'unbounded') =>
    page.evaluate(
      async ({ t, variant }) => {
        interface Seed {
          openDB(name: string): Promise<{ close(): void }>;
          readBodies(db: unknown, tuning: { probe: number; verifyAt: number }): { searchBodies(t: string[], limit?: number): Promise<{ ids: string[] }> };
          SEARCH_TUNING: { probe: number; verifyAt: number };
        }
        const seed = (globalThis as unknown as { __pcSeed: Seed }).__pcSeed;
        const db = await seed.openDB('pressclip-log');
        const tunings = { shipped: seed.SEARCH_TUNING, former: { probe: 2000, verifyAt: 200 }, unbounded: { probe: 2 ** 32 - 1, verifyAt: 0 } };
        const reader = seed.readBodies(db, tunings[variant]);
        const started = performance.now();
        const { ids } = await reader.searchBodies(t, 2 ** 32 - 1);
        const ms = performance.now() - started;
        db.close();
        return { ms, hits: ids.length };
      },
      { t: terms, variant: tuning },
    );
  const out: BodyQueryFigures[] = [];
  for (const { label, query, keys } of bodyQueries(count)) {
    const figures: BodyQueryFigures = { label, query, runsMs: [], boundedMs: [], unboundedMs: [], formerBoundMs: [], hits: 0, complete: null, unboundedHits: 0 };
    for (const key of keys) {
      for (let run = 0; run < runs; run += 1) {
        const reply = await send(key.split(' '));
        figures.runsMs.push(reply.ms);
        figures.hits = reply.hits;
        figures.complete = reply.complete;
        figures.boundedMs.push((await inPage(key.split(' '), 'shipped')).ms);
        figures.formerBoundMs.push((await inPage(key.split(' '), 'former')).ms);
        const unbounded = await inPage(key.split(' '), 'unbounded');
        figures.unboundedMs.push(unbounded.ms);
        figures.unboundedHits = unbounded.hits;
      }
    }
    out.push(figures);
  }
  return out;
}
