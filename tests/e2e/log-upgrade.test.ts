import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { guardNetwork } from './harness/network';
import { ask, beginLegacyLog, layoutOf, legacyLog, putLegacyEntries, sealLegacyLog } from './harness/legacy-log';
import { LogEntrySchema, type LogEntry } from '../../utils/schema/entry';
import { PAGE_SIZE } from '../../utils/log/log-pages';

// The one-time upgrade of a per-entry log (versions 1 and 2, and a version 3 repaired by an older PressClip)
// to pages, in Chromium with the built extension, all in one browser session: a log written with raw IndexedDB
// calls exactly as the old build laid it out is opened by the new code (the background, the log page, or the
// extension restarting as after an update), then read back through the product. Nothing may be lost or changed,
// an edit afterwards must persist, and an upgrade held up by an old page that never lets go must say so.
// PRESSCLIP_UPGRADE_ENTRIES=20000 runs it at a bigger log (default 2,000).

const COUNT = Number(process.env.PRESSCLIP_UPGRADE_ENTRIES ?? 2000);

let ext: ExtensionBrowser;
let network: { leaks: string[] };
// An extension page that never touches the log itself: where the old layout is written from.
let seeder: Page;

const entries = legacyLog(COUNT);
const live = entries.filter((entry) => entry.deletedAt === null);
const byId = (list: readonly LogEntry[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function seed(version: 1 | 2 | 3, { seal = true } = {}) {
  await beginLegacyLog(seeder, version);
  await putLegacyEntries(seeder, entries);
  if (seal) await sealLegacyLog(seeder);
  const layout = await layoutOf(seeder).catch(() => null);
  // Still the old layout: nothing opened it meanwhile (layoutOf on an open old connection would wait, so only
  // when sealed).
  if (seal) expect(layout).toEqual({ version, stores: ['entries'], pages: 0, entries: 0 });
}

async function exported(page: Page): Promise<LogEntry[]> {
  const { document } = await ask<{ document: { entries: LogEntry[] } }>(page, 'log:export', {});
  return byId(document.entries);
}

async function openLog(hash = ''): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.goto(ext.extensionUrl(`log.html${hash}`));
  return page;
}

async function loadedCount(page: Page): Promise<string | null> {
  await page.locator('#app[data-loaded="true"]').waitFor({ timeout: 120_000 });
  return page.locator('.toolbar .count, .count').first().textContent();
}

// Version 4 (the bodies store, issue 21) is the current one: every older layout ends there.
const upgradedLayout = () => ({ version: 6, stores: ['bodies', 'bodyPostings', 'bodyTerms', 'pages'], pages: Math.ceil(COUNT / PAGE_SIZE), entries: COUNT });

beforeAll(async () => {
  ext = await launchWithExtension();
  ext.ctx.setDefaultTimeout(30_000);
  network = await guardNetwork(ext.ctx);
  // A plain tab kept open throughout: runtime.reload closes every extension page, and a headless Chromium whose
  // last tab closes exits (what the first, two-session attempt at this test ran into).
  await ext.ctx.newPage();
  seeder = await ext.ctx.newPage();
  await seeder.goto(ext.extensionUrl('manifest.json'));
});

afterAll(async () => {
  await ext?.close();
  expect(network?.leaks ?? []).toEqual([]);
});

// An export of 20,000 entries through a message takes ~20 s here: the time allowed grows with the log.
describe(`upgrading a per-entry log of ${COUNT} entries to pages (Chromium)`, { timeout: Math.max(60_000, COUNT * 6) }, () => {
  it('the old entries are valid entries with history, requests, revisions, follow-ups and tombstones', () => {
    for (const entry of entries) expect(LogEntrySchema.parse(entry)).toEqual(entry);
    expect(entries.filter((e) => e.deletedAt !== null).length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.requests.length > 0 && e.revisions.length > 0 && e.history.length > 1).length).toBeGreaterThan(0);
  });

  it('version 2, opened by the background (a message): every entry comes back unchanged, an edit persists', async () => {
    // The background already holds the log open (it opened it at start-up): it must let go for the seeding.
    await seed(2);
    const started = Date.now();
    expect(await exported(seeder)).toEqual(byId(entries));
    console.log(`version 2 → pages, ${COUNT} entries, opened by the background: export answered after ${Date.now() - started} ms`);
    expect(await layoutOf(seeder)).toEqual(upgradedLayout());

    const old = live.find((entry) => entry.requests.length > 0 && entry.revisions.length > 0)!;
    const log = await openLog(`#${old.id}`);
    expect(await loadedCount(log)).toBe(`${live.length} entries`);
    await log.locator('.detail h2').getByText(old.record.headline!).waitFor();
    await log.locator('.detail-revisions').getByRole('heading', { name: 'Earlier versions (1)' }).waitFor();

    const { record, status, priority, deadline, followUpAt, tags } = old;
    const { entry: edited } = await ask<{ entry: LogEntry }>(seeder, 'log:update', {
      id: old.id,
      fields: { record, status, priority, deadline, followUpAt, tags, notes: 'Edited after the upgrade' },
      expectedUpdatedAt: old.updatedAt,
    });
    await log.close();
    // A fresh background (as after Chrome stopped the idle worker) reads the edit back from the disk.
    await ext.stopServiceWorker();
    const { entry: reread } = await ask<{ entry: LogEntry | null }>(seeder, 'log:get', { id: old.id });
    expect(reread).toEqual(edited);
    expect(reread?.notes).toBe('Edited after the upgrade');
    expect(reread?.revisions).toEqual(old.revisions);
    const again = await openLog();
    expect(await loadedCount(again)).toBe(`${live.length} entries`);
    await again.close();
    expect((await exported(seeder)).filter((entry) => entry.id !== old.id)).toEqual(byId(entries).filter((entry) => entry.id !== old.id));
  });

  it('version 1, opened by the log page (while the background opens it too): the page shows every entry', async () => {
    await seed(1);
    const started = Date.now();
    const log = await openLog();
    expect(await loadedCount(log)).toBe(`${live.length} entries`);
    console.log(`version 1 → pages, ${COUNT} entries, opened by the log page: loaded after ${Date.now() - started} ms`);
    await log.close();
    expect(await exported(seeder)).toEqual(byId(entries));
    expect(await layoutOf(seeder)).toEqual(upgradedLayout());
  });

  it('version 3 repaired by an older PressClip (still per entry) goes to the current version in pages', async () => {
    await seed(3);
    expect(await exported(seeder)).toEqual(byId(entries));
    expect(await layoutOf(seeder)).toEqual(upgradedLayout());
  });

  it('version 2, then the extension restarts as after an update (the build loaded again): the reloaded extension upgrades it', async () => {
    await seed(2);
    const closed = seeder.waitForEvent('close');
    // Loading the unpacked build again from its path is how Chrome updates it (same id, same data); the
    // extension's own chrome.runtime.reload() left it unloaded in headless Chromium.
    const { id } = await (await ext.browserSession()).send('Extensions.loadUnpacked' as never, { path: CHROME_BUILD } as never) as { id: string };
    expect(id).toBe(ext.extensionId);
    // The reload closes the extension's pages, the seeding page with them.
    await closed;
    seeder = await ext.ctx.newPage();
    await expect
      .poll(
        async () => {
          await seeder.goto(ext.extensionUrl('manifest.json')).catch(() => null);
          return seeder.evaluate(() => document.body.textContent?.includes('"manifest_version"') ?? false).catch(() => false);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    const log = await openLog();
    expect(await loadedCount(log)).toBe(`${live.length} entries`);
    await log.close();
    expect(await exported(seeder)).toEqual(byId(entries));
    expect(await layoutOf(seeder)).toEqual(upgradedLayout());
  });

  it('an old page that never lets go: the log page says why instead of hanging, and the upgrade completes once it closes', async () => {
    // The seeding connection stays open without a versionchange handler, as an older PressClip's log page would.
    await seed(2, { seal: false });
    const log = await openLog();
    await log.locator('#app[data-load-error="true"]').waitFor();
    expect(await log.locator('.page-status').textContent()).toMatch(/Could not read the log: .*close the other PressClip tabs/i);
    // The background's open, queued behind the page's blocked one, reports too rather than holding the reply.
    await expect(ask(seeder, 'log:export', {})).rejects.toThrow(/close the other PressClip tabs/i);
    await sealLegacyLog(seeder);
    // The page tries again by itself and shows the whole log once the old connection is gone.
    expect(await loadedCount(log)).toBe(`${live.length} entries`);
    expect(await log.locator('#app[data-load-error]').count()).toBe(0);
    await log.close();
    expect(await exported(seeder)).toEqual(byId(entries));
    expect(await layoutOf(seeder)).toEqual(upgradedLayout());
  });
});
