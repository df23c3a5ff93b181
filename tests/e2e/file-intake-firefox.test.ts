import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { asLocalhost, launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { serveFolder, type StaticServer } from './harness/server';

// Releases that are not web pages in Firefox ESR with the built MV2 add-on: an .eml, a .docx and a PDF chosen
// through the log page's real file input (WebDriver BiDi input.setFiles) are read in the worker and saved; on a
// PDF tab the popup explains that Firefox gives it no access there.

const FIXTURES = join(import.meta.dirname, '../fixtures-inputs');

let ff: FirefoxWithExtension;
let server: StaticServer;
let log: Page;

declare const browser: {
  runtime: { sendMessage(m: unknown): Promise<{ data: { document: { entries: { source?: string; record: { url: string; headline: string | null; contacts: { emails: string[] }[] } }[] } } }> };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};

async function exported(page: Page) {
  return page.evaluate(async () => (await browser.runtime.sendMessage({ type: 'log:export', payload: {} })).data.document.entries);
}

async function waitPhase(page: Page, selector: string, phase: string) {
  await page.waitForFunction((s: string, p: string) => document.querySelector<HTMLElement>(s)?.dataset.phase === p, { timeout: 20_000, polling: 100 }, selector, phase);
}

async function clickIn(page: Page, selector: string) {
  await page.evaluate((s: string) => document.querySelector<HTMLButtonElement>(s)!.click(), selector);
}

beforeAll(async () => {
  server = await serveFolder(FIXTURES);
  ff = await launchFirefoxWithExtension();
  log = await ff.openExtensionPage('log.html');
  await log.waitForSelector('[data-loaded="true"]', { timeout: 15_000 });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('files and PDF tabs (Firefox ESR)', () => {
  it('reads an .eml and a .docx chosen in the log page’s file input and saves both', async () => {
    const input = await log.waitForSelector('input.intake-picker');
    await input!.uploadFile(join(FIXTURES, 'eml-newsroom-html/page.eml'), join(FIXTURES, 'docx-contacts-table/page.docx'));
    for (const source of ['email', 'document']) {
      const item = `.intake-item[data-source="${source}"]`;
      await waitPhase(log, item, 'editing');
      await clickIn(log, `${item} .intake-save`);
      await waitPhase(log, item, 'saved');
    }
    const entries = await exported(log);
    expect(entries.map((e) => e.source).sort()).toEqual(['document', 'email']);
    expect(entries.find((e) => e.source === 'email')?.record.headline).toBe('Stadtbibliothek Görlitz öffnet sonntags – Pilotprojekt für zwei Jahre');
    expect(entries.find((e) => e.source === 'document')?.record.contacts.flatMap((c) => c.emails)).toEqual(['s.whitaker@lakeside-uni.example', 'p.nair@lakeside-uni.example']);
  });

  // Firefox grants no activeTab access on its PDF viewer (fetch and scripting both refused after the click), so
  // the popup says what to do instead, and the PDF dropped on the log page is read by the same worker.
  it('on a PDF tab says how to read it instead, and reads the same PDF chosen on the log page', async () => {
    const url = `${asLocalhost(server.origin)}/pdf-company-contacts-table/page.pdf`;
    const tab = await ff.browser.newPage();
    await tab.goto(url).catch(() => undefined);
    await tab.bringToFront();
    const [active] = await log.evaluate(() => browser.tabs.query({ active: true, currentWindow: true }));
    await ff.clickToolbarButton(tab);
    const popup = await ff.openExtensionPage(`popup.html?tabId=${active?.id}`);
    await popup.waitForFunction(() => document.querySelector('.verdict')?.textContent === 'PDF release' && /drop it on the log page/.test(document.querySelector('.editor')?.textContent ?? ''), { timeout: 20_000, polling: 100 });
    await popup.close();
    await tab.close();

    const input = await log.waitForSelector('input.intake-picker');
    await input!.uploadFile(join(FIXTURES, 'pdf-company-contacts-table/page.pdf'));
    const item = '.intake-item[data-source="pdf"]';
    await waitPhase(log, item, 'editing');
    await clickIn(log, `${item} .intake-save`);
    await waitPhase(log, item, 'saved');
    const pdf = (await exported(log)).find((e) => e.source === 'pdf');
    expect(pdf?.record.headline).toBe('Northwind Robotics to build warehouse robots in Leeds, creating 350 jobs');
    expect(pdf?.record.contacts.flatMap((c) => c.emails)).toEqual(['tom.hollis@northwind-robotics.example', 'aisha.okafor@northwind-robotics.example']);
  });
});
