import type { Page } from 'playwright-core';
import { launchWithExtension } from '../../tests/e2e/harness/chromium';
import { ask, beginLegacyLog, layoutOf, legacyEntry, putLegacyEntries, sealLegacyLog } from '../../tests/e2e/harness/legacy-log';
import { stagesOf } from './log-import';
import { median } from './stats';

// The one-time upgrade of a log kept one record per entry (database version 2) to pages (version 3,
// utils/log/log-pages.ts), in Chromium with the built extension (.output/chrome-mv3), in ONE browser session
// (tests/e2e/log-upgrade.test.ts checks it; this times it): a version-2 log of N entries is written with raw
// IndexedDB calls from an extension page, the service worker is stopped, and one message wakes it, as after an
// update: the background opens the log and upgrades it (one versionchange transaction: read every entry, write
// the pages, delete the old store) before it answers. Timed: that message's round trip, the upgrade's stages in
// the worker (utils/log/stage-time.ts), then the log page on the upgraded log (first rows, whole log).
// Each size is seeded and upgraded RUNS times (default 3).
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
    const rows: Array<{ upgradeMs: number; stages: Record<string, number>; firstRowsMs: number; loadedMs: number }> = [];
    for (let run = 0; run < RUNS; run++) {
      await beginLegacyLog(seeder, 2);
      for (let from = 0; from < n; from += 10_000) {
        await putLegacyEntries(seeder, Array.from({ length: Math.min(10_000, n - from) }, (_, k) => legacyEntry(from + k)));
      }
      // The worker stops before the seeded log is let go: an open it had waiting behind the seeding would
      // otherwise upgrade the log at once, before the timed message.
      await ext.stopServiceWorker();
      await sealLegacyLog(seeder);
      const before = await layoutOf(seeder);
      if (before.version !== 2 || before.stores.join() !== 'entries') throw new Error(`Not seeded as version 2: ${JSON.stringify(before)}`);
      const started = Date.now();
      await ask(seeder, 'log:get', { id: 'legacy-000001' });
      const upgradeMs = Date.now() - started;
      const stages = await stagesOf(ext);
      const after = await layoutOf(seeder);
      if (after.version !== 3 || after.entries !== n) throw new Error(`Upgrade incomplete: ${JSON.stringify(after)}`);
      const log = await openTimed(openLog);
      await log.page.close();
      rows.push({ upgradeMs, stages, firstRowsMs: log.firstRowsMs, loadedMs: log.loadedMs });
      console.log(`  run ${run + 1}: ${n} entries v2 → pages in the background: ${upgradeMs} ms (${JSON.stringify(stages)}); then the log page: first rows ${log.firstRowsMs} ms, loaded ${log.loadedMs} ms`);
    }
    const mid = (pick: (row: (typeof rows)[number]) => number | undefined) => Math.round(median(rows.map((row) => pick(row) ?? NaN)));
    console.log(
      `${n} entries, version 2 → pages (median of ${RUNS}): upgrade in the background ${mid((r) => r.upgradeMs)} ms ` +
        `(read ${mid((r) => r.stages['upgrade:read'])}, write ${mid((r) => r.stages['upgrade:write'])}, commit ${mid((r) => r.stages['upgrade:commit'])}); ` +
        `log page after it: first rows ${mid((r) => r.firstRowsMs)} ms, whole log ${mid((r) => r.loadedMs)} ms`,
    );
  }
} finally {
  await ext.close();
}
