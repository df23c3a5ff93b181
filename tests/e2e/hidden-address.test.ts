import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness/chromium';
import { useChromium } from './harness/fixture';
import { clickToolbarButton, tabIdForUrl } from './harness/extension-tabs';
import type { StaticServer } from './harness/server';
import { editRecord } from './harness/popup';
import { getEntry } from './triage/seed';

// A release whose footer contact is hidden by Cloudflare's e-mail protection: in the browser PressClip decodes
// the address from the markup; the same release copied as text shows only "[email protected]", and the clip keeps
// the named contact without an address and says why.

declare const chrome: { storage: { session: { set(items: Record<string, unknown>): Promise<void> } } };

const ADDRESS = 'olivia.miller@lakeside-trust.example';

// Cloudflare's encoding: a key byte, then every byte of the address XOR the key, in hex.
function cloudflareHex(address: string, key = 0x5a): string {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return hex(key) + [...new TextEncoder().encode(address)].map((b) => hex(b ^ key)).join('');
}

const LEDE =
  'LAKESIDE, Ohio, March 3, 2026 – The Lakeside Trust today announced a ten-year programme to restore the wetlands along the north shore of the lake, with 40 volunteers and three schools.';

const PAGE = `<!doctype html><html lang="en"><head><title>Lakeside Trust restores north-shore wetlands</title></head>
<body><main><article>
<h1>Lakeside Trust restores north-shore wetlands</h1>
<p>${LEDE}</p>
<p>The work starts in April and is paid for by a grant from the state's conservation fund.</p>
<p>For interviews please contact Olivia Miller, Communications Coordinator: <a href="/cdn-cgi/l/email-protection#${cloudflareHex(ADDRESS)}"><span class="__cf_email__" data-cfemail="${cloudflareHex(ADDRESS)}">[email&#160;protected]</span></a></p>
</article></main></body></html>`;

const TEXT_COPY = [
  'Lakeside Trust restores north-shore wetlands',
  '',
  LEDE,
  '',
  "The work starts in April and is paid for by a grant from the state's conservation fund.",
  '',
  'For interviews please contact Olivia Miller, Communications Coordinator: [email protected]',
].join('\n');

let server: StaticServer;
let ext: ExtensionBrowser;

useChromium({ routes: { '/hidden-address.html': () => ({ body: PAGE }) } }, (run) => ({ server, ext } = run));

describe('a contact behind e-mail protection (Chromium)', () => {
  it('decodes the address from the live page in the popup', async () => {
    const page = await ext.ctx.newPage();
    const url = `${server.origin.replace('//127.0.0.1:', '//localhost:')}/hidden-address.html`;
    await page.goto(url);
    const tabId = await tabIdForUrl(ext, url);
    await clickToolbarButton(ext, page);
    const popup = await ext.ctx.newPage();
    await popup.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
    await editRecord(popup);
    const name = popup.getByLabel('Name', { exact: true }).first();
    await name.waitFor();
    expect(await name.inputValue()).toBe('Olivia Miller');
    expect(await popup.getByLabel('Emails').first().inputValue()).toContain(ADDRESS);
    await popup.close();
    await page.close();
  });

  it('keeps the named contact of a text copy without the address, and says it was hidden', async () => {
    await ext.worker.evaluate((text) => chrome.storage.session.set({ pendingClip: { text, url: 'https://webmail.example/inbox/7' } }), TEXT_COPY);
    const log = await ext.ctx.newPage();
    await log.goto(ext.extensionUrl('log.html#clip-selection'));
    const detail = log.locator('aside.detail');
    await detail.waitFor();
    const entry = await getEntry(log, (await detail.getAttribute('data-id'))!);
    expect(entry.record.contacts).toEqual([
      expect.objectContaining({ name: 'Olivia Miller', role: 'Communications Coordinator', emails: [] }),
    ]);
    expect(entry.record.signals.some((s: string) => /e-mail address hidden by the page for Olivia Miller/i.test(s))).toBe(true);
    await log.close();
  });
});
