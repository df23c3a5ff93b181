import type { Page } from 'playwright-core';
import { bundle } from './bundle';

// The release texts' part of the log bench (scripts/bench-log.ts --bodies=…): gives each seeded entry a body of
// realistic size (scripts/bench/body-text.ts) and its word-index record, written straight into the extension's
// IndexedDB as the log store writes them (the bodies store, then the bodyTerms store with its multiEntry index,
// utils/log/body-terms.ts), timing the two apart so the index's own cost shows; and times the background's
// release-text search (log:search-bodies, one message round trip) key by key, as the log page asks it.

export interface BodySeedFigures {
  bodiesMs: number;
  indexMs: number;
  indexEntries: number;
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

// Run inside the log page: bodies and index records in runs of 1,000 entries, each run one transaction per store.
function seedBodiesInPage(count: number): Promise<BodySeedFigures> {
  const seed = (globalThis as unknown as { __pcSeed: { benchBody(i: number): { html: string; text: string }; bodyTerms(text: string): string[] } }).__pcSeed;
  const usage = async () => (await navigator.storage.estimate()).usage ?? 0;
  const put = (db: IDBDatabase, store: string, records: unknown[]) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const tx = db.transaction(store, 'readwrite');
      for (const record of records) tx.objectStore(store).put(record);
      tx.oncomplete = () => resolve(performance.now() - started);
      tx.onerror = () => reject(tx.error);
    });
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pressclip-log');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const figures: BodySeedFigures = { bodiesMs: 0, indexMs: 0, indexEntries: 0, storedBodyBytes: 0, usageBefore: await usage(), usageAfterBodies: 0, usageAfterIndex: 0 };
      const encoder = new TextEncoder();
      try {
        const runs: Array<Array<{ id: string; text: string }>> = [];
        for (let first = 0; first < count; first += 1000) {
          const bodies = Array.from({ length: Math.min(1000, count - first) }, (_, k) => ({ id: `bench-${first + k}`, ...seed.benchBody(first + k), truncated: false }));
          for (const b of bodies) figures.storedBodyBytes += encoder.encode(JSON.stringify(b)).length;
          figures.bodiesMs += await put(db, 'bodies', bodies);
          // Only the ids and texts are kept for the index pass (the HTML is half the memory).
          runs.push(bodies.map(({ id, text }) => ({ id, text })));
        }
        figures.usageAfterBodies = await usage();
        for (const run of runs) {
          // The words are computed as the log store computes them, inside the timed part: it is the index's cost.
          const started = performance.now();
          const records = run.map((b) => ({ id: b.id, terms: seed.bodyTerms(b.text) }));
          for (const r of records) figures.indexEntries += r.terms.length;
          figures.indexMs += (performance.now() - started) + (await put(db, 'bodyTerms', records));
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
import { bodyTerms } from './utils/body/terms';
import { readBodies, SEARCH_TUNING } from './utils/log/bodies';
import { benchBody } from './scripts/bench/body-text';
globalThis.__pcSeed = { bodyTerms, benchBody, openDB, readBodies, SEARCH_TUNING };`);
  if (await page.evaluate('globalThis.__pcSeed !== undefined')) return;
  await page.evaluate(`globalThis.__name ??= (f) => f;\n${await seedSource}`);
}

export async function seedBodies(page: Page, count: number): Promise<BodySeedFigures> {
  await loadSeed(page);
  return page.evaluate(seedBodiesInPage, count);
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
