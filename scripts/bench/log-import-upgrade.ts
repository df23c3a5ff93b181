import type { Page } from 'playwright-core';
import { launchWithExtension } from '../../tests/e2e/harness/chromium';
import { beginLegacyLog, layoutOf, legacyEntry, putLegacyEntries, sealLegacyLog } from '../../tests/e2e/harness/legacy-log';
import { median } from './stats';

// The one-time upgrade of a log kept one record per entry (database version 2) to pages (version 3,
// utils/log/log-pages.ts), in Chromium with the built extension (.output/chrome-mv3), in ONE browser session
// (tests/e2e/log-upgrade.test.ts checks it; this times it): a version-2 log of N entries is written with raw
// IndexedDB calls from an extension page, then the log page is opened, which upgrades it (one versionchange
// transaction: read every entry, write the pages, delete the old store) and shows it.
// Timed: log.html opened → first rows shown, and → the whole log loaded; then the same page reopened on the
// upgraded log (the difference is roughly the upgrade). Each size is seeded and upgraded RUNS times.
// `npx tsx scripts/bench/log-import-upgrade.ts [10000,100000]`

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 3);

async function openTimed(open: () => Promise<Page>): Promise<{ page: Page; firstRowsMs: number; loadedMs: number }> {
  const started = Date.now();
  const page = await open();
  await page.locator('.vt-row').first().waitFor({ timeout: 600_000 });
  const firstRowsMs = Date.now() - started;
  await page.locator('#app[data-loaded="true"]').waitFor({ timeout: 600_000 });
  return { page, firstRowsMs, loadedMs: Date.now() - started };
}

const ext = await launchWithExtension();
try {
  // Keeps the headless browser alive whatever extension pages close.
  await ext.ctx.newPage();
  const seeder = await ext.ctx.newPage();
  await seeder.goto(ext.extensionUrl('manifest.json'));
  const openLog = async () => {
    const page = await ext.ctx.newPage();
    await page.goto(ext.extensionUrl('log.html'));
    return page;
  };
  for (const n of sizes) {
    const upgrade: number[] = [];
    const first: number[] = [];
    const loaded: number[] = [];
    const reopened: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await beginLegacyLog(seeder, 2);
      for (let from = 0; from < n; from += 10_000) {
        await putLegacyEntries(seeder, Array.from({ length: Math.min(10_000, n - from) }, (_, k) => legacyEntry(from + k)));
      }
      await sealLegacyLog(seeder);
      const before = await layoutOf(seeder);
      if (before.version !== 2 || before.stores.join() !== 'entries') throw new Error(`Not seeded as version 2: ${JSON.stringify(before)}`);
      // Nothing else may open the log first: the background is stopped and only wakes for the log page.
      await ext.stopServiceWorker();
      const cold = await openTimed(openLog);
      await cold.page.close();
      const after = await layoutOf(seeder);
      if (after.version !== 3 || after.entries !== n) throw new Error(`Upgrade incomplete: ${JSON.stringify(after)}`);
      const warm = await openTimed(openLog);
      await warm.page.close();
      first.push(cold.firstRowsMs);
      loaded.push(cold.loadedMs);
      reopened.push(warm.loadedMs);
      upgrade.push(cold.loadedMs - warm.loadedMs);
      console.log(`  run ${run + 1}: ${n} entries v2 → pages: first rows ${cold.firstRowsMs} ms, loaded ${cold.loadedMs} ms; reopened ${warm.loadedMs} ms`);
    }
    console.log(
      `${n} entries, version 2 → pages (median of ${RUNS}): log page first rows ${median(first)} ms, whole log ${median(loaded)} ms; ` +
        `the same page on the upgraded log ${median(reopened)} ms; upgrade ≈ ${median(upgrade)} ms`,
    );
  }
} finally {
  await ext.close();
}
