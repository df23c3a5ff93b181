import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { guardNetwork } from './harness/network';

// Releases that are not web pages, in Chromium with the built extension: an .eml, a .docx and a PDF chosen
// through the log page's real file input are read in the worker, shown in the record editor and saved with
// their source kind; a broken file shows its reason and the others still save; pasted text becomes an entry.

const FIXTURES = join(import.meta.dirname, '../fixtures-inputs');

let ext: ExtensionBrowser;
let network: { leaks: string[] };
let log: Page;

interface Exported { entries: { source?: string; record: { headline: string | null; contacts: { emails: string[] }[] } }[] }

async function exported(): Promise<Exported> {
  const { document } = await log.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ data: { document: Exported } }> } } }).chrome;
    return (await api.runtime.sendMessage({ type: 'log:export', payload: {} })).data;
  });
  return document;
}

beforeAll(async () => {
  ext = await launchWithExtension();
  ext.ctx.setDefaultTimeout(15_000);
  network = await guardNetwork(ext.ctx);
  log = await ext.ctx.newPage();
  await log.goto(ext.extensionUrl('log.html'));
  await log.locator('[data-loaded="true"]').waitFor();
});

afterAll(async () => {
  await ext?.close();
});

describe('files and pasted text on the log page (Chromium)', () => {
  it('reads an .eml, a .docx and a PDF chosen in the file input, and saves each with its source', async () => {
    // The page's main thread while the files are read: parsing runs in the worker, extraction here.
    await log.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    await log.locator('input.intake-picker').setInputFiles([
      join(FIXTURES, 'eml-forwarded-release/page.eml'),
      join(FIXTURES, 'docx-contacts-table/page.docx'),
      join(FIXTURES, 'pdf-ministry-two-column/page.pdf'),
      join(FIXTURES, 'docx-zip-renamed/page.docx'),
    ]);
    const items = log.locator('.intake-item');
    // Reading four files (a PDF through pdf.js, Word through mammoth, each also kept as release text) is not a timing
    // test: the longest main-thread task below is the figure; here the files only have to be read.
    await expect.poll(() => items.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.phase).sort()), { timeout: 30_000 }).toEqual(['editing', 'editing', 'editing', 'refused']);
    expect(await log.locator('.intake-item[data-phase="refused"] .intake-state').textContent()).toMatch(/zip archive but not a Word document/);
    const longest = await log.evaluate(() => (window as unknown as { __longest: number }).__longest);
    process.stdout.write(`[file-intake] longest main-thread task while reading 4 files: ${longest.toFixed(0)} ms\n`);
    // The figure is printed above (and belongs to the bench); this only catches a page frozen for seconds. Reading Word
    // and e-mail files now also keeps their release text (Readability and DOMPurify on this page), which made the
    // longest task 0.5–1.1 s on a loaded 2-core machine: a known cost, written up in the closing note of issue 21.
    expect(longest).toBeLessThan(5000);
    for (const source of ['email', 'document', 'pdf']) {
      const item = log.locator(`.intake-item[data-source="${source}"]`);
      await item.getByRole('button', { name: 'Save to log' }).click();
      await expect.poll(() => item.getAttribute('data-phase'), { timeout: 15_000 }).toBe('saved');
    }
    const { entries } = await exported();
    const bySource = Object.fromEntries(entries.map((e) => [e.source ?? 'page', e.record]));
    expect(Object.keys(bySource).sort()).toEqual(['document', 'email', 'pdf']);
    expect(bySource.email?.headline).toBe('Rhine ferry Kaub–Engelsburg returns to service after flood repairs');
    expect(bySource.email?.contacts.flatMap((c) => c.emails)).toEqual(['lena.fischer@rheinfaehre.example']);
    expect(bySource.document?.contacts.flatMap((c) => c.emails)).toEqual(['s.whitaker@lakeside-uni.example', 'p.nair@lakeside-uni.example']);
    expect(bySource.pdf?.contacts.flatMap((c) => c.emails)).toEqual(['press@water.gov.example']);
    await log.locator('.vt-row .cell-source', { hasText: 'PDF' }).first().waitFor();
    await log.locator('.vt-row .cell-source', { hasText: 'E-mail' }).first().waitFor();
  });

  it('turns text pasted on the page into a record to save', async () => {
    await log.locator('h1, .page-status').first().click({ force: true }).catch(() => undefined);
    await log.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'FOR IMMEDIATE RELEASE\n\nOSLO, June 2, 2026 – Nordlys Energy today announced a new wind farm.\n\nMedia contact:\nKari Nilsen\nkari.nilsen@nordlys.example\n');
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const item = log.locator('.intake-item[data-source="pasted"]');
    await item.getByRole('button', { name: 'Save to log' }).click();
    await expect.poll(() => item.getAttribute('data-phase'), { timeout: 15_000 }).toBe('saved');
    const pasted = (await exported()).entries.find((e) => e.source === 'pasted');
    expect(pasted?.record.contacts.flatMap((c) => c.emails)).toEqual(['kari.nilsen@nordlys.example']);
  });

  it('refuses an oversize file, a cut-off e-mail and an encrypted PDF with their reasons, and saves nothing', async () => {
    const before = (await exported()).entries.length;
    await log.locator('input.intake-picker').setInputFiles([
      { name: 'press-conference.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(26 * 1024 * 1024, 0x20) },
      { name: 'cut-off.eml', mimeType: 'message/rfc822', buffer: readFileSync(join(FIXTURES, 'eml-truncated/page.eml')) },
      { name: 'locked.pdf', mimeType: 'application/pdf', buffer: readFileSync(join(FIXTURES, 'pdf-encrypted/page.pdf')) },
      // Handing a 26 MB buffer to the browser over CDP took 14 s on a loaded 2-core machine.
    ], { timeout: 60_000 });
    const refused = log.locator('.intake-item[data-phase="refused"] .intake-state');
    await expect.poll(() => refused.allTextContents(), { timeout: 30_000 }).toEqual(
      expect.arrayContaining([
        'press-conference.pdf is 26.0 MB: PressClip reads files up to 25 MB.',
        expect.stringMatching(/^This e-mail is cut off/),
        expect.stringMatching(/^This PDF is password-protected/),
      ]),
    );
    expect((await exported()).entries.length).toBe(before);
  });

  it('sent nothing off 127.0.0.1', () => {
    expect(network.leaks).toEqual([]);
  });
});
