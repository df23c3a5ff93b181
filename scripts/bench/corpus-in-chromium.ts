import { chromium, type Page } from 'playwright-core';
import { loadBundle } from './in-page';
import { serveBenchPages } from './server';

// Each corpus page in headless Chromium with the page's own scripts off and nothing fetched from elsewhere, a
// bench bundle loaded into it, and `measure` run on it (scripts/bench/release-text.ts, body-extractors.ts).

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function onCorpusPages<R>(pagesDir: string, files: readonly string[], source: string, measure: (page: Page, name: string) => Promise<R>): Promise<{ rows: R[]; version: string }> {
  const server = await serveBenchPages(pagesDir, new Map());
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: false, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const rows: R[] = [];
  try {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    await ctx.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
    const page = await ctx.newPage();
    for (const name of files) {
      await page.goto(`${server.origin}/corpus/${name}`, { waitUntil: 'load', timeout: 120_000 });
      await loadBundle(page, source);
      rows.push(await measure(page, name));
    }
    await ctx.close();
    return { rows, version: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
