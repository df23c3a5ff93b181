import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';
import { clickToolbarButton, tabIdForUrl } from './extension-tabs';
import { sampleFields } from '../../unit/log/sample';

// Opening PressClip's pages in the states a person sees them, for the accessibility check and the screenshots.

// The popup on a served page, after the toolbar click that grants activeTab; resolves once it shows its content.
export async function openPopupOn(ext: ExtensionBrowser, pageUrl: string): Promise<{ page: Page; popup: Page }> {
  const page = await ext.ctx.newPage();
  await page.goto(pageUrl);
  const tabId = await tabIdForUrl(ext, pageUrl);
  await clickToolbarButton(ext, page);
  const popup = await ext.ctx.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
  await popup.locator('.release-card, .clip-actions, .editor > p.error').first().waitFor();
  return { page, popup };
}

const CONTACTS = [
  { name: 'Jane Roe', role: 'Head of Communications', organization: 'Acme Corp.', emails: ['press@acme.example'], phones: ['+4930652111780'] },
];
const ISSUERS = ['Acme Corp.', 'Harbor Lane Robotics', 'Northwind Labs', 'Ministry of Water Resources', 'Gammalux GmbH'];
const TOPICS = ['opens a plant in Leipzig', 'raises €40 million for freight robots', 'names a new chief executive', 'reports record third-quarter sales', 'recalls a batch of sensors'];

// Fills the log with `count` plausible entries through the background's own save message.
export async function seedLog(ext: ExtensionBrowser, count: number): Promise<void> {
  const page = await ext.ctx.newPage();
  await page.goto(ext.extensionUrl('settings.html'));
  for (let i = 0; i < count; i++) {
    const issuer = ISSUERS[i % ISSUERS.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const fields = sampleFields(
      {
        url: `https://newsroom.example/releases/${i + 1}`,
        headline: `${issuer} ${TOPICS[(i * 3) % TOPICS.length]}`,
        issuer,
        releaseDate: `2026-11-${day}`,
        contacts: CONTACTS,
        embargo: i % 7 === 0 ? { until: '2099-01-01T00:01:00Z', text: 'EMBARGOED' } : null,
      },
      { priority: (['normal', 'high', 'urgent', 'low'] as const)[i % 4]! },
    );
    const reply = (await page.evaluate((payload) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'log:save', payload }), { fields })) as { ok: boolean; error?: string };
    if (!reply?.ok) throw new Error(`log:save: ${reply?.error ?? 'no answer'}`);
  }
  await page.close();
}

// The log page on first run (its empty state showing).
export async function openEmptyLog(ext: ExtensionBrowser, viewport?: { width: number; height: number }): Promise<Page> {
  const log = await ext.ctx.newPage();
  if (viewport) await log.setViewportSize(viewport);
  await log.goto(ext.extensionUrl('log.html'));
  await log.locator('.log-empty:not([hidden])').waitFor();
  return log;
}

// Seeds `count` entries and reloads the log page until its rows show.
export async function fillLog(ext: ExtensionBrowser, log: Page, count: number): Promise<void> {
  await seedLog(ext, count);
  await log.reload();
  await log.locator('.vt-row').first().waitFor();
}

// Opens the first entry's detail panel, as a click on its row does.
export async function openFirstDetail(log: Page): Promise<void> {
  await log.locator('.vt-row .cell-status').first().click();
  await log.locator('aside.detail').waitFor();
}
