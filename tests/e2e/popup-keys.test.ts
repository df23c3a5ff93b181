import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/chromium';
import { useChromium } from './harness/fixture';
import { clickToolbarButton, tabIdForUrl } from './harness/extension-tabs';
import type { StaticServer } from './harness/server';

// The popup's keyboard path in Chromium: Tab order over the card, Edit, Esc back to the card, Ctrl+Enter saves;
// and on a page that is not a release, the one-line reason and "Clip selection".

let server: StaticServer;
let ext: ExtensionBrowser;

useChromium({ timeoutMs: 10_000 }, (run) => ({ server, ext } = run));

async function openPopup(path: string): Promise<{ page: Page; popup: Page }> {
  const page = await ext.ctx.newPage();
  const url = `${server.origin}${path}`;
  await page.goto(url);
  const tabId = await tabIdForUrl(ext, url);
  await clickToolbarButton(ext, page);
  const popup = await ext.ctx.newPage();
  await popup.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
  return { page, popup };
}

// What the focused element is called: its accessible label or its text.
const focused = (popup: Page) =>
  popup.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a?.getAttribute('aria-label') ?? a?.textContent?.trim() ?? '';
  });

describe('popup keyboard path (Chromium)', () => {
  it('tabs through chip, Edit, the contacts, then Save; Esc closes the editor; Ctrl+Enter saves', async () => {
    const { page, popup } = await openPopup('/wire-release.html');
    await popup.locator('.release-card').waitFor();
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      order.push(await focused(popup));
    }
    process.stdout.write(`[popup-keys] tab order: ${order.join(' | ')}\n`);
    expect(order[0]).toMatch(/^Press release · \d+\s?% · why\?$/);
    expect(order[1]).toBe('Edit');
    const save = order.indexOf('Save to log');
    const request = order.findIndex((s) => s.startsWith('Request interview'));
    expect(request).toBeGreaterThan(1);
    expect(save).toBeGreaterThan(request);

    // Edit opens the form with the headline focused; Esc brings back the card, showing the edit.
    await popup.locator('button.edit-toggle').focus();
    await popup.keyboard.press('Enter');
    const headline = popup.getByLabel('Headline', { exact: true });
    await expect.poll(() => headline.evaluate((el) => el === document.activeElement)).toBe(true);
    await headline.fill('Keyboard edit: Harbor Lane test site');
    await popup.keyboard.press('Escape');
    await popup.locator('.release-card').waitFor();
    expect(await headline.isVisible()).toBe(false);
    expect(await popup.locator('.release-card .card-headline').textContent()).toBe('Keyboard edit: Harbor Lane test site');
    expect(await focused(popup)).toBe('Edit');

    // Ctrl+Enter saves from the card.
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('Saved', { exact: true }).waitFor();
    await popup.close();
    await page.close();
  });

  it('says in one line why a page is not a release and clips the selected text', async () => {
    const { page, popup } = await openPopup('/news-article.html');
    await expect.poll(() => popup.locator('.verdict').textContent()).toBe("This page doesn't look like a press release.");
    expect(await popup.locator('.why-not').textContent()).toMatch(/^Why: .+ \(score \d+%\)\.$/);
    await popup.getByRole('button', { name: 'Clip selection' }).click();
    await expect.poll(() => popup.locator('.clip-actions + .hint').textContent()).toMatch(/^Select the release text/);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('p')!);
      window.getSelection()!.addRange(range);
    });
    const [log] = await Promise.all([ext.ctx.waitForEvent('page'), popup.getByRole('button', { name: 'Clip selection' }).click()]);
    await log.waitForLoadState();
    expect(new URL(log.url()).hash).toBe('#clip-selection');
    await log.close();
    await popup.close();
    await page.close();
  });
});
