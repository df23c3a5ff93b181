// Log-size bench for the triage desk: fills the built extension's log with synthetic entries (10,000 and 100,000
// by default), then times in Chromium the first render of log.html, search as you type, a sort change, and checks
// that only the visible rows are in the DOM.
//
//   npm run build && npx tsx scripts/bench-log.ts [sizes…] [--bodies=sizes]   e.g. npx tsx scripts/bench-log.ts 10000 100000
//   npx tsx scripts/bench-log.ts 10000 --bodies=10000   the same log measured again with release texts and their word index
//   BENCH_LOG_BUILD=/tmp/copy-of-chrome-mv3 npx tsx scripts/bench-log.ts 100000     (a build others cannot replace)
//
// This is the log-only bench: a readable summary per size goes to stderr (per-keystroke median, p95 and max of
// the page's filter pass, input event → rows, input event → drawn frame, and Playwright's wall time, for two
// queries typed once the index is complete and one typed while the log is still loading), the figures as one JSON
// line per size to stdout (read by scripts/bench/run.ts, section 3).
//
// The entries are written straight into the extension's IndexedDB from one of its pages (seeding only; the
// extension itself writes through its background). Figures are wall-clock on this machine, not assertions.

import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/harness/chromium';
import { seedBodies, timeBodySearch } from './bench/log-bodies';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [10_000, 100_000];

interface KeyFigures {
  query: string;
  // The page's filter pass (search, filters, rows) for this key, its index look-up alone, and input event → rows.
  filterMs: number;
  searchMs: number;
  keyMs: number;
  // Input event → the frame after the one that drew the answer (an upper bound of what the journalist sees).
  paintMs: number;
  wallMs: number;
  shown: number;
  searchReady: boolean;
}

// Types query one key at a time, waiting for the page to answer each key, and reads the page's own figures.
async function typeQuery(page: Page, query: string): Promise<KeyFigures[]> {
  const figures: KeyFigures[] = [];
  let typed = '';
  for (const char of query) {
    typed += char;
    const keyStart = Date.now();
    await page.locator('#app').evaluate((app: HTMLElement) => delete app.dataset.lastKeyPaintMs);
    await page.keyboard.type(char);
    await page.waitForFunction((q) => document.querySelector<HTMLElement>('#app')?.dataset.query === q, typed, { timeout: 60_000 });
    const wallMs = Date.now() - keyStart;
    // A build from before the page recorded its drawn frame (comparing against an older build) leaves it NaN.
    await page
      .waitForFunction(() => document.querySelector<HTMLElement>('#app')?.dataset.lastKeyPaintMs !== undefined, undefined, { timeout: 2_000 })
      .catch(() => undefined);
    const data = await page.locator('#app').evaluate((app: HTMLElement) => ({ ...app.dataset }));
    figures.push({
      query: typed,
      filterMs: Number(data.lastQueryMs),
      searchMs: Number(data.lastSearchMs),
      keyMs: Number(data.lastKeyMs),
      paintMs: Number(data.lastKeyPaintMs),
      wallMs,
      shown: Number(data.shown),
      searchReady: data.searchReady === 'true',
    });
  }
  return figures;
}

async function clearSearch(page: Page): Promise<void> {
  await page.locator('input[type=search]').fill('');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('#app')?.dataset.query === '');
}

// Runs inside the extension page: deterministic synthetic entries of roughly real size (headline, summary,
// two contacts, notes), spread over statuses, issuers, tags and languages.
function seedInPage(count: number): Promise<string[]> {
  // A vocabulary of 8,000 made-up words used with a Zipf-like skew, like real text: a few words everywhere,
  // most words rare, so searches are as selective as they are on a real log.
  const syllables = 'ba ko ri ten mar sol vin dra pel gus nor ith ca lo mey sta fen qua rud zel bor ent ix op'.split(' ');
  const statuses = ['new', 'to-contact', 'requested', 'scheduled', 'interviewed', 'filed', 'declined', 'no-response', 'not-pursuing'];
  const priorities = ['low', 'normal', 'high', 'urgent'];
  const langs = ['en', 'de', 'fr', 'nl', 'es'];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const words = Array.from({ length: 8000 }, () => pick(syllables) + pick(syllables) + pick(syllables));
  const word = () => words[Math.floor(words.length * rand() ** 3)]!;
  const phrase = (n: number) => Array.from({ length: n }, word).join(' ');
  const base = Date.parse('2026-01-01T00:00:00Z');
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pressclip-log');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('pages', 'readwrite');
      const store = tx.objectStore('pages');
      store.clear();
      // The store's layout (utils/log/log-pages.ts): pages of 100 entries with the arrays its indexes read.
      type Seeded = { id: string; updatedAt: string; followUpAt: string | null; record: { url: string } };
      let pending: Seeded[] = [];
      let key = 0;
      const flush = () => {
        if (pending.length === 0) return;
        store.put({
          key: ++key,
          entries: pending,
          ids: pending.map((e) => e.id),
          urls: pending.map((e) => e.record.url),
          canonicalUrls: [],
          followUps: pending.filter((e) => e.followUpAt !== null).map((e) => e.id),
          newest: pending.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), ''),
        });
        pending = [];
      };
      // The queries the bench types: the start of one entry's headline, as a journalist would search for it, and
      // one contact's name.
      let probe = '';
      const contactProbe = `person ${Math.floor(count * 0.37)}`;
      for (let i = 0; i < count; i += 1) {
        const at = new Date(base + i * 60_000).toISOString();
        const issuer = `${pick(words)} ${['Corp', 'GmbH', 'SA', 'Group', 'Ltd'][i % 5]} ${i % 2000}`;
        const status = pick(statuses);
        const headline = `${issuer} ${phrase(8)}`;
        if (i === Math.floor(count / 2)) probe = headline.split(' ').filter((w) => /^[a-z]/.test(w)).slice(0, 2).join(' ');
        pending.push({
          schemaVersion: 1,
          id: `bench-${i}`,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
          record: {
            isPressRelease: true,
            confidence: 0.9,
            signals: ['Synthetic'],
            url: `https://news.example/${i}`,
            canonicalUrl: null,
            language: pick(langs),
            headline,
            issuer,
            releaseDate: at.slice(0, 10),
            datelinePlace: 'Rotterdam, Netherlands',
            embargo: i % 50 === 0 ? { until: '2099-01-01T00:00:00Z', text: 'Embargoed' } : null,
            summary: `${phrase(25)}. ${phrase(20)}.`,
            contacts: [
              { name: `Person ${i}`, role: 'Press officer', organization: issuer, emails: [`press${i}@news.example`], phones: ['+31101234567'] },
              { name: `Other ${i}`, role: null, organization: null, emails: [`media${i}@news.example`], phones: [] },
            ],
          },
          status,
          priority: pick(priorities),
          deadline: i % 3 === 0 ? at.slice(0, 10) : null,
          followUpAt: status === 'requested' ? at : null,
          tags: [pick(syllables), pick(syllables)],
          notes: phrase(15),
          history: [{ at, from: null, to: status, override: null }],
          requests: [],
          revisions: [],
        } as Seeded);
        if (pending.length === 100) flush();
      }
      flush();
      tx.oncomplete = () => {
        db.close();
        resolve([probe, contactProbe]);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

// Nearest-rank percentile.
function pct(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * p) - 1))] ?? NaN;
}
const spread = (xs: readonly number[]) => `median ${round(pct(xs, 0.5))} / p95 ${round(pct(xs, 0.95))} / max ${round(Math.max(...xs))} ms`;

// A readable summary on stderr (stdout stays one JSON line per size for scripts/bench/run.ts).
function summarise(size: number, keys: readonly KeyFigures[], duringLoad: readonly KeyFigures[]): void {
  const lines = [`${size.toLocaleString('en')} entries, ${keys.length} keys typed once indexed (target: every key ≤ 50 ms):`];
  lines.push(`  filter pass in page   ${spread(keys.map((k) => k.filterMs))}`);
  lines.push(`  index look-up alone   ${spread(keys.map((k) => k.searchMs))}`);
  lines.push(`  input event → rows    ${spread(keys.map((k) => k.keyMs))}`);
  lines.push(`  input event → drawn   ${spread(keys.map((k) => k.paintMs))}`);
  lines.push(`  wall (Playwright)     ${spread(keys.map((k) => k.wallMs))}`);
  const slowest = keys.reduce((a, b) => (b.filterMs > a.filterMs ? b : a));
  const first = slowest.query.length === 1 ? `, the first key of a query: it matches ${slowest.shown.toLocaleString('en')} entries` : `, ${slowest.shown.toLocaleString('en')} matches`;
  lines.push(`  slowest key "${slowest.query}": ${round(slowest.filterMs)} ms (index ${round(slowest.searchMs)} ms)${first}`);
  lines.push(
    `  typed while loading/indexing (${duringLoad.filter((k) => !k.searchReady).length} of ${duringLoad.length} keys before the index was complete): ` +
      `input → rows ${spread(duringLoad.map((k) => k.keyMs))}; wall ${spread(duringLoad.map((k) => k.wallMs))}`,
  );
  process.stderr.write(`${lines.join('\n')}\n`);
}

// Flags: --bodies=10000,100000 gives the entries of those sizes release texts and their word index after the plain
// log is measured, and measures the log again with them (scripts/bench/log-bodies.ts).
const BODY_SIZES = new Set(
  (process.argv.find((a) => a.startsWith('--bodies='))?.slice('--bodies='.length) ?? '')
    .split(',')
    .map(Number)
    .filter((n) => n > 0),
);

// One pass over a seeded log: first render, search as you type (steady state and while loading), sort, detail.
async function measure(page: Page, size: number, probe: string, contactProbe: string) {
  const start = Date.now();
  await page.reload();
  await page.locator('#app[data-ready="true"]').waitFor({ timeout: 120_000 });
  await page.locator('.vt-row').first().waitFor();
  const firstRenderMs = Date.now() - start;
  const firstRowsMs = await page.locator('#app').getAttribute('data-first-rows-ms');
  const firstRowsSinceNavigationMs = await page.locator('#app').getAttribute('data-first-rows-since-navigation-ms');
  await page.locator('#app[data-loaded]').waitFor({ timeout: 300_000 });
  const loadMs = await page.locator('#app').getAttribute('data-load-ms');
  const readMs = await page.locator('#app').getAttribute('data-read-ms');
  await page.locator('#app[data-index-ms]').waitFor({ timeout: 300_000 });
  const indexMs = await page.locator('#app').getAttribute('data-index-ms');
  // The index is built while the log streams in: ready = from opening the page until search covers every entry.
  const firstIndexReadyMs = Number((await page.locator('#app').getAttribute('data-index-ready-ms')) ?? NaN);
  const indexSlices = Number((await page.locator('#app').getAttribute('data-index-slices')) ?? NaN);
  const rendered = await page.locator('.vt-row').count();

  // Steady state: typing once the background indexing (search, then duplicates) has finished.
  await page.locator('#app[data-duplicate-index-ms]').waitFor({ timeout: 300_000 });
  const duplicateIndexMs = Number(await page.locator('#app').getAttribute('data-duplicate-index-ms'));
  // Search as you type: the page records how long each filter pass took. Two queries: a headline's first two
  // words and a contact's name; each starts from an empty box, so each has a first key that matches nearly all.
  await page.keyboard.press('/');
  const keys = [...(await typeQuery(page, probe))];
  const shown = keys.at(-1)!.shown;
  await clearSearch(page);
  keys.push(...(await typeQuery(page, contactProbe)));
  const contactShown = keys.at(-1)!.shown;
  await clearSearch(page);
  const sortStart = Date.now();
  await page.getByLabel('Sort by').selectOption('priority');
  await page.waitForFunction(() => document.querySelector('.vt-row .cell-priority')?.textContent === 'urgent');
  const sortMs = Number(await page.locator('#app').getAttribute('data-last-query-ms'));
  const sortWallMs = Date.now() - sortStart;

  // Opening an entry runs its duplicate check.
  await page.locator('.vt-viewport').focus();
  const openStart = Date.now();
  await page.keyboard.press('Enter');
  await page.locator('aside.detail').waitFor();
  const openDetailWallMs = Date.now() - openStart;
  await page.keyboard.press('Escape');

  await page.locator('.vt-viewport').evaluate((v) => (v.scrollTop = v.scrollHeight / 2));
  await page.waitForTimeout(100);
  const renderedMid = await page.locator('.vt-row').count();

  // Typing while the log is still loading and being indexed: keys are answered from the partial index.
  await page.reload();
  await page.locator('#app[data-ready="true"]').waitFor({ timeout: 120_000 });
  await page.keyboard.press('/');
  // An older build moved focus from the search box to the table once the log was loaded; its keys then never
  // reach the search, which is recorded as no figures rather than a failed bench.
  const duringLoad = await typeQuery(page, probe).catch((error: unknown) => {
    process.stderr.write(`typing while loading failed: ${String(error).split('\n')[0]}\n`);
    return [] as KeyFigures[];
  });
  await page.locator('#app[data-index-ms]').waitFor({ timeout: 300_000 });
  const indexReadyMs = Number((await page.locator('#app').getAttribute('data-index-ready-ms')) ?? NaN);
  const shownWhenIndexed = Number(await page.locator('#app').getAttribute('data-shown'));

  summarise(size, keys, duringLoad);
  return {
    firstRenderMs,
    firstRowsInPageMs: Number(firstRowsMs),
    firstRowsSinceNavigationMs: Number(firstRowsSinceNavigationMs),
    readAllMs: Number(readMs),
    loadAllMs: Number(loadMs),
    searchIndexMs: Number(indexMs),
    rowsInDom: rendered,
    rowsInDomAfterScroll: renderedMid,
    indexReadyMs: firstIndexReadyMs,
    indexSlices,
    indexReadyWhileTypingMs: indexReadyMs,
    searchPerKeystrokeMs: keys.map((k) => round(k.filterMs)),
    searchPerKeystrokeWallMs: keys.map((k) => k.wallMs),
    searchIndexLookupMs: keys.map((k) => round(k.searchMs)),
    searchInputToRowsMs: keys.map((k) => round(k.keyMs)),
    searchInputToPaintMs: keys.map((k) => round(k.paintMs)),
    searchShownPerKey: keys.map((k) => k.shown),
    searchQueries: keys.map((k) => k.query),
    query: probe,
    searchMatches: shown,
    contactQuery: contactProbe,
    contactMatches: contactShown,
    duringLoad: {
      inputToRowsMs: duringLoad.map((k) => round(k.keyMs)),
      inputToPaintMs: duringLoad.map((k) => round(k.paintMs)),
      filterMs: duringLoad.map((k) => round(k.filterMs)),
      wallMs: duringLoad.map((k) => k.wallMs),
      keysBeforeIndexReady: duringLoad.filter((k) => !k.searchReady).length,
      shownAfterLastKey: duringLoad.at(-1)?.shown ?? null,
      shownWhenIndexed,
    },
    duplicateIndexMs: Math.round(duplicateIndexMs),
    openDetailWallMs,
    sortChangeMs: Math.round(sortMs),
    sortChangeWallMs: sortWallMs,
  };
}

async function main() {
  // BENCH_LOG_BUILD: a copy of a build to load instead of .output/chrome-mv3 (others may rebuild it meanwhile).
  const ext = await launchWithExtension(process.env.BENCH_LOG_BUILD || undefined);
  let failure: unknown;
  try {
    const page = await ext.ctx.newPage();
    // Opening the log once makes sure the database and its store exist.
    await page.goto(ext.extensionUrl('log.html'));
    await page.locator('#app[data-ready="true"]').waitFor();
    for (const size of SIZES) {
      const seedStart = Date.now();
      // tsx compiles with keepNames, which wraps inner functions in __name(); the page has no such helper.
      await page.evaluate('globalThis.__name ??= (f) => f');
      // Seeding clears the entries; the bodies of a former size go too, so "before" is a log without any.
      await page.evaluate(clearBodiesInPage);
      const [probe, contactProbe] = (await page.evaluate(seedInPage, size)) as [string, string];
      const seedMs = Date.now() - seedStart;
      const before = await measure(page, size, probe, contactProbe);
      let withBodies: object | undefined;
      if (BODY_SIZES.has(size)) {
        process.stderr.write(`${size.toLocaleString('en')} entries: writing release texts and their word index…\n`);
        const seed = await seedBodies(page, size);
        process.stderr.write(`  with release texts: bodies ${(seed.bodiesMs / 1000).toFixed(1)} s, word index ${(seed.indexMs / 1000).toFixed(1)} s\n`);
        const after = await measure(page, size, probe, contactProbe);
        const bodySearch = await timeBodySearch(page, size);
        for (const q of bodySearch) {
          process.stderr.write(
            `  body search, ${q.label} "${q.query}": message ${spread(q.runsMs)} (${q.hits} ids${q.complete === false ? ', partial' : ''}); ` +
              `in page: bounded ${spread(q.boundedMs)} (probe 2,000: ${spread(q.formerBoundMs)}), every key read ${spread(q.unboundedMs)} (${q.unboundedHits} ids)\n`,
          );
        }
        withBodies = { seed, ...after, bodySearch };
      }
      console.log(JSON.stringify({ entries: size, seedMs, ...before, withBodies }));
    }
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    // Playwright closes the browser on SIGTERM (as from `timeout`), so whatever call was pending fails and close()
    // then fails with "Target page, context or browser has been closed"; thrown here, that error would replace the
    // one saying where the run stopped, so after a failure it is only noted.
    await ext.close().catch((closeError: unknown) => {
      if (failure === undefined) throw closeError;
      process.stderr.write(`closing the browser failed too: ${String(closeError).split('\n')[0]}\n`);
    });
  }
}

// Run inside the extension page before seeding a size: empties the bodies and their word index.
function clearBodiesInPage(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pressclip-log');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['bodies', 'bodyTerms', 'bodyPostings'], 'readwrite');
      tx.objectStore('bodies').clear();
      tx.objectStore('bodyTerms').clear();
      tx.objectStore('bodyPostings').clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

void main();
