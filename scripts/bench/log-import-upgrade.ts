import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { syntheticEntry } from './log-entries';

// The one-time upgrade of a log kept one record per entry (database version 2) to pages (version 3,
// utils/log/log-pages.ts), in Chromium: a profile whose log holds N entries written by the OLD build is reopened
// with the NEW build loaded from the same path (same extension id, same database), and the log page is opened.
// Timed: from opening log.html to its first rows, and to the whole log loaded (the upgrade runs first, in one
// versionchange transaction). `npx tsx scripts/bench/log-import-upgrade.ts <old build dir> <new build dir> [entries]`

const [oldBuild, newBuild] = process.argv.slice(2, 4).map((dir) => resolve(dir!));
const n = Number(process.argv[4] ?? 100_000);

async function launch(profile: string, ext: string): Promise<{ ctx: BrowserContext; id: string }> {
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  return { ctx, id: new URL(worker.url()).host };
}

const work = await mkdtemp(join(tmpdir(), 'pressclip-upgrade-'));
const ext = join(work, 'extension');
const profile = join(work, 'profile');
try {
  await cp(oldBuild!, ext, { recursive: true });
  let { ctx, id } = await launch(profile, ext);
  let page = await ctx.newPage();
  await page.goto(`chrome-extension://${id}/log.html`);
  await page.locator('#app[data-loaded]').waitFor({ timeout: 120_000 });
  // Written straight into the old layout from the extension's own page, in slices (one big argument is slow).
  for (let from = 0; from < n; from += 10_000) {
    const entries = Array.from({ length: Math.min(10_000, n - from) }, (_, k) => syntheticEntry(from + k));
    await page.evaluate(async (list) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('pressclip-log');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction('entries', 'readwrite');
      for (const entry of list) tx.objectStore('entries').put(entry);
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, entries);
  }
  await ctx.close();

  await rm(ext, { recursive: true, force: true });
  await cp(newBuild!, ext, { recursive: true });
  ({ ctx, id } = await launch(profile, ext));
  // Chrome reinstalls the changed unpacked extension at start and closes its pages meanwhile (with the last tab,
  // a headless browser exits): a blank tab stays open, and the log page is opened once that has settled.
  await ctx.newPage();
  await new Promise((settle) => setTimeout(settle, 3000));
  page = await ctx.newPage();
  page.on('crash', () => console.error('log page crashed'));
  page.on('close', () => console.error('log page closed'));
  page.on('pageerror', (e) => console.error('page error', e.message));
  ctx.on('close', () => console.error('context closed'));
  const start = Date.now();
  await page.goto(`chrome-extension://${id}/log.html`);
  await page.locator('.vt-row').first().waitFor({ timeout: 600_000 });
  const firstRowsMs = Date.now() - start;
  await page.locator('#app[data-loaded]').waitFor({ timeout: 600_000 });
  const loadedMs = Date.now() - start;
  const layout = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const open = indexedDB.open('pressclip-log');
      open.onsuccess = () => ok(open.result);
    });
    const stores = [...db.objectStoreNames];
    const pages = stores.includes('pages')
      ? await new Promise<Array<{ entries: unknown[] }>>((ok) => {
          const all = db.transaction('pages').objectStore('pages').getAll();
          all.onsuccess = () => ok(all.result as Array<{ entries: unknown[] }>);
        })
      : [];
    const version = db.version;
    db.close();
    return { version, stores, pages: pages.length, entries: pages.reduce((sum, p) => sum + p.entries.length, 0) };
  });
  console.log(`upgrade of ${n} entries: first rows after ${firstRowsMs} ms, whole log loaded after ${loadedMs} ms; now ${JSON.stringify(layout)}`);
  await ctx.close();
} finally {
  await rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
}
