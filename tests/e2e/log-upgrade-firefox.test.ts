import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { beginLegacyLog, layoutOf, legacyLog, putLegacyEntries, sealLegacyLog } from './harness/legacy-log';
import { PAGE_SIZE } from '../../utils/log/log-pages';
import type { LogEntry } from '../../utils/schema/entry';

// The upgrade of a per-entry log to pages in Firefox's default MV2 build (tests/e2e/log-upgrade.test.ts is the
// full Chromium version): a raw version-2 log written from an extension page, then opened by the background
// (a message) or by the log page, and read back unchanged; an upgrade held up by an old page is reported.

declare const browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> } };

const COUNT = 1000;
const entries = legacyLog(COUNT);
const live = entries.filter((entry) => entry.deletedAt === null);
const byId = (list: readonly LogEntry[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const upgraded = { version: 6, stores: ['bodies', 'bodyPostings', 'bodyTerms', 'pages'], pages: Math.ceil(COUNT / PAGE_SIZE), entries: COUNT };

let ff: FirefoxWithExtension;
let seeder: Page;
// The legacy-log helpers call only evaluate(fn, arg), which Puppeteer's page has with the same meaning.
const seed = () => seeder as unknown as PlaywrightPage;

async function exported(page: Page): Promise<LogEntry[]> {
  const reply = await page.evaluate((m: unknown) => browser.runtime.sendMessage(m), { type: 'log:export', payload: {} });
  if (!reply.ok) throw new Error(`log:export: ${reply.error}`);
  return byId((reply.data as { document: { entries: LogEntry[] } }).document.entries);
}

async function seedVersion2({ seal = true } = {}) {
  await beginLegacyLog(seed(), 2);
  await putLegacyEntries(seed(), entries);
  if (!seal) return;
  await sealLegacyLog(seed());
  expect(await layoutOf(seed())).toEqual({ version: 2, stores: ['entries'], pages: 0, entries: 0 });
}

beforeAll(async () => {
  ff = await launchFirefoxWithExtension();
  // The settings page never opens the log itself.
  seeder = await ff.openExtensionPage('settings.html');
});

afterAll(async () => {
  await ff?.close();
});

describe(`upgrading a per-entry log of ${COUNT} entries to pages (Firefox MV2)`, { timeout: 90_000 }, () => {
  it('version 2, opened by the background: every entry comes back unchanged', async () => {
    await seedVersion2();
    expect(await exported(seeder)).toEqual(byId(entries));
    expect(await layoutOf(seed())).toEqual(upgraded);
  });

  it('version 2, opened by the log page: the page shows every entry', async () => {
    await seedVersion2();
    const log = await ff.openExtensionPage('log.html');
    await log.waitForSelector('#app[data-loaded="true"]', { timeout: 60_000 });
    expect(await log.$eval('.count', (count) => count.textContent)).toBe(`${live.length} entries`);
    await log.close();
    expect(await exported(seeder)).toEqual(byId(entries));
    expect(await layoutOf(seed())).toEqual(upgraded);
  });

  it('an old page that never lets go: the log page says why, then loads once it closes', async () => {
    // The seeding connection stays open without a versionchange handler, as an older PressClip's page would.
    await seedVersion2({ seal: false });
    const log = await ff.openExtensionPage('log.html');
    await log.waitForSelector('#app[data-load-error="true"]', { timeout: 30_000 });
    expect(await log.$eval('.page-status', (status) => status.textContent)).toMatch(/Could not read the log: .*close the other PressClip tabs/i);
    await sealLegacyLog(seed());
    await log.waitForSelector('#app[data-loaded="true"]', { timeout: 60_000 });
    expect(await log.$eval('.count', (count) => count.textContent)).toBe(`${live.length} entries`);
    await log.close();
    expect(await exported(seeder)).toEqual(byId(entries));
    expect(await layoutOf(seed())).toEqual(upgraded);
  });
});
