import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { clickToolbarButton, tabIdForUrl, tabState } from './harness/extension-tabs';
import { guardNetwork } from './harness/network';
import { serveFolder, type StaticServer } from './harness/server';

// A PDF release open in a tab (Chromium's PDF viewer), served on localhost so the manifest's 127.0.0.1 host
// permission cannot stand in for activeTab: the toolbar click → the popup says "PDF release", fetches the PDF,
// reads it in its worker and shows the record with its contact → Save → the entry is in the log, filed under
// the PDF's URL with source "pdf".

let server: StaticServer;
let ext: ExtensionBrowser;
let network: { leaks: string[] };

beforeAll(async () => {
  server = await serveFolder(join(import.meta.dirname, '../fixtures-inputs'));
  ext = await launchWithExtension();
  ext.ctx.setDefaultTimeout(20_000);
  network = await guardNetwork(ext.ctx);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a PDF release in a tab (Chromium)', () => {
  let popup: Page;
  const url = () => `${server.origin.replace('//127.0.0.1:', '//localhost:')}/pdf-ministry-two-column/page.pdf`;

  it('the popup says "PDF release" and shows the record with its contact', async () => {
    const tab = await ext.ctx.newPage();
    await tab.goto(url()).catch(() => undefined);
    const tabId = await tabIdForUrl(ext, url());
    await clickToolbarButton(ext, tab);
    popup = await ext.ctx.newPage();
    const started = Date.now();
    await popup.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
    // Reading the PDF (pdf.js in the file-reading worker) takes about two seconds here, more on a loaded machine: the
    // poll waits up to the extractor's own 15 s limit (the time is printed below, not asserted).
    await expect.poll(() => popup.locator('.verdict').textContent(), { timeout: 15_000 }).toMatch(/^PDF release: this looks like a press release/);
    const headline = popup.getByLabel('Headline', { exact: true });
    expect(await headline.inputValue()).toBe('Ministry of Water Resources opens three desalination plants on the southern coast');
    process.stdout.write(`[pdf-tab] popup time to first record: ${Date.now() - started} ms\n`);
    expect(await popup.getByLabel('URL', { exact: true }).inputValue()).toBe(url());
    const emails = await popup.locator('.record-form input, .record-form textarea').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).filter((v) => v.includes('@')));
    expect(emails.join(' ')).toContain('press@water.gov.example');
    // No content script runs in the PDF viewer: the popup's verdict goes on the tab's badge.
    await expect.poll(async () => (await tabState(ext, tabId)).text).toBe('PR');
  });

  it('saves it to the log with the PDF’s URL and source "pdf"', async () => {
    await popup.getByRole('button', { name: 'Save to log' }).click();
    await popup.locator('.saved').waitFor();
    const { document } = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ data: { document: { entries: { source?: string; record: { url: string } }[] } } }> } } }).chrome;
      return (await api.runtime.sendMessage({ type: 'log:export', payload: {} })).data;
    });
    expect(document.entries.map((e) => [e.source, e.record.url])).toEqual([['pdf', url()]]);
  });

  it('sent nothing off the machine', () => {
    expect(network.leaks).toEqual([]);
  });
});
