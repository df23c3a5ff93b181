import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/chromium';
import { useChromium } from './harness/fixture';
import type { StaticServer } from './harness/server';
import { fillLog, openEmptyLog, openFirstDetail, openPopupOn } from './harness/ui-pages';

// axe-core in the real browser on every page a journalist meets: the popup (card, form, a page that is not a
// release), the log page (empty, with entries, with the detail panel open), settings and the welcome page, in the
// light and the dark scheme. No serious or critical violation is allowed; the counts per impact are printed.

let server: StaticServer;
let ext: ExtensionBrowser;
useChromium({ timeoutMs: 15_000 }, (run) => ({ server, ext } = run));

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string;

interface Violation { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }

// Injected through the DevTools protocol (page.evaluate), which the extension pages' CSP does not apply to.
async function audit(page: Page, name: string): Promise<void> {
  axeSource ??= await readFile(axePath, 'utf8');
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as Violation[];
  const counts: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) counts[v.impact ?? 'minor'] = (counts[v.impact ?? 'minor'] ?? 0) + v.nodes.length;
  process.stdout.write(`[axe] ${name}: ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}${violations.length ? ` (${violations.map((v) => v.id).join(', ')})` : ''}\n`);
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  expect(blocking, name).toEqual([]);
}

async function bothSchemes(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await audit(page, `${name} (${colorScheme})`);
  }
}

describe('accessibility (axe-core, Chromium)', () => {
  it('popup: release card, its form, and a page that is not a release', async () => {
    const release = await openPopupOn(ext, `${server.origin}/wire-release.html`);
    await bothSchemes(release.popup, 'popup, release card');
    await release.popup.getByRole('button', { name: /why\?$/ }).click();
    await release.popup.locator('button.edit-toggle').click();
    await bothSchemes(release.popup, 'popup, editing');
    await release.popup.close();
    await release.page.close();
    const news = await openPopupOn(ext, `${server.origin}/news-article.html`);
    await bothSchemes(news.popup, 'popup, not a release');
    await news.popup.close();
    await news.page.close();
  });

  it('log page: first run, with entries, and with the detail panel open', async () => {
    const log = await openEmptyLog(ext);
    expect(await log.getByRole('heading', { name: 'Your inquiry log is empty' }).isVisible()).toBe(true);
    await bothSchemes(log, 'log page, empty');
    await fillLog(ext, log, 30);
    expect(await log.locator('.log-empty').isHidden()).toBe(true);
    await bothSchemes(log, 'log page, 30 entries');
    await openFirstDetail(log);
    await bothSchemes(log, 'log page, detail open');
    await log.close();
  });

  it('settings and the welcome page', async () => {
    for (const path of ['settings.html', 'welcome.html']) {
      const page = await ext.ctx.newPage();
      await page.goto(ext.extensionUrl(path));
      await page.locator('form, fieldset').first().waitFor();
      await bothSchemes(page, path.replace('.html', ''));
      await page.close();
    }
  });
});
