// Renders PressClip's pages with the built extension in headless Chromium, in the light and the dark scheme, and
// writes PNGs under docs/screenshots/ (shown in the README). Run `npm run build` first, then `npm run screenshots`.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/harness/chromium';
import { serveFolder } from '../tests/e2e/harness/server';
import { fillLog, openEmptyLog, openFirstDetail, openPopupOn } from '../tests/e2e/harness/ui-pages';

const OUT = resolve(import.meta.dirname, '..', 'docs', 'screenshots');
const SCHEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const file = resolve(OUT, `${name}-${colorScheme}.png`);
    await page.screenshot({ path: file });
    process.stdout.write(`wrote ${file}\n`);
  }
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const server = await serveFolder(resolve(import.meta.dirname, '..', 'tests', 'e2e', 'pages'));
  const ext = await launchWithExtension();
  try {
    const release = await openPopupOn(ext, `${server.origin}/wire-release.html`);
    await shoot(release.popup, 'popup-release');
    await release.popup.getByRole('button', { name: /why\?$/ }).click();
    await release.popup.locator('button.edit-toggle').click();
    await shoot(release.popup, 'popup-editing');
    const news = await openPopupOn(ext, `${server.origin}/news-article.html`);
    await news.popup.setViewportSize({ width: 420, height: 200 });
    await shoot(news.popup, 'popup-not-a-release');

    // A 14-inch laptop's browser window.
    const log = await openEmptyLog(ext, { width: 1366, height: 768 });
    await shoot(log, 'log-empty');
    await fillLog(ext, log, 40);
    const rows = await log.evaluate(() => {
      const viewport = document.querySelector('.vt-viewport')!.getBoundingClientRect();
      return [...document.querySelectorAll('.vt-row')].filter((r) => r.getBoundingClientRect().bottom <= viewport.bottom).length;
    });
    process.stdout.write(`log page at 1366×768: ${rows} rows fully visible\n`);
    await shoot(log, 'log');
    await openFirstDetail(log);
    await shoot(log, 'log-detail');

    const settings = await ext.ctx.newPage();
    await settings.setViewportSize({ width: 1024, height: 900 });
    await settings.goto(ext.extensionUrl('settings.html'));
    await settings.locator('form').first().waitFor();
    await shoot(settings, 'settings');
  } finally {
    await ext.close();
    await server.close();
  }
}

await main();
