import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { record } from './triage/seed';
import type { LogEntry } from '../../utils/schema/entry';

// The triage desk in Firefox's default MV2 build: the log page reads the log, keyboard triage writes through
// the background page, and search filters as the journalist types.

declare const browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> } };

let ff: FirefoxWithExtension;

async function message<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate((t: string, p: unknown) => browser.runtime.sendMessage({ type: t, payload: p }), type, payload);
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.data as T;
}

async function ready(page: Page) {
  await page.waitForSelector('#app[data-ready="true"]', { timeout: 15_000 });
}

beforeAll(async () => {
  ff = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await ff?.close();
});

describe('triage desk (Firefox MV2)', () => {
  it('lists saved entries, changes status with a number key and searches', async () => {
    let page = await ff.openExtensionPage('log.html');
    await ready(page);
    const { entry: first } = await message<{ entry: LogEntry }>(page, 'log:save', { fields: { record: record({}) } });
    const { entry: second } = await message<{ entry: LogEntry }>(page, 'log:save', {
      fields: { record: record({ url: 'https://other.example/q', headline: 'Quantel Bank reports record results', issuer: 'Quantel Bank', summary: 'Results.' }) },
    });
    await page.close();
    page = await ff.openExtensionPage('log.html');
    await ready(page);
    expect(await page.$$eval('.vt-row', (rows) => rows.length)).toBe(2);

    await page.focus('.vt-viewport');
    const cursor = await page.$eval('.vt-row.cursor', (row) => row.getAttribute('data-id'));
    await page.keyboard.press('2');
    await page.waitForFunction(
      (id: string) => document.querySelector(`.vt-row[data-id="${id}"] .cell-status`)?.textContent === 'To contact',
      { timeout: 10_000 },
      cursor!,
    );
    const { entry } = await message<{ entry: LogEntry }>(page, 'log:get', { id: cursor });
    expect(entry.status).toBe('to-contact');
    expect(entry.history.at(-1)).toMatchObject({ from: 'new', to: 'to-contact' });

    await page.keyboard.press('/');
    await page.keyboard.type('quantel');
    await page.waitForFunction(() => document.querySelectorAll('.vt-row').length === 1, { timeout: 10_000 });
    expect(await page.$eval('.vt-row', (row) => row.getAttribute('data-id'))).toBe(second.id);
    expect([first.id, second.id]).toContain(cursor);
  });
});
