import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium, type ChromiumRun } from './harness/fixture';
import type { PageSnapshot } from '../../utils/extract/page-snapshot';
import { READ_TEXT } from '../../utils/extract/rendered-page';
import { RenderedPageSchema } from '../../utils/schema/rendered-page';
import { verdictsBundle } from '../../scripts/bench/bundle';
import { loadBundle } from '../../scripts/bench/in-page';
import { verdicts } from '../../scripts/bench/content-script-cost';

// The every-page content script reads the page's rendered text (utils/extract/rendered-page.ts), which only a
// browser with layout can produce; `npm run eval` and extract() read the DOM walk. These tests run the rendered
// reader in Chromium: what it keeps and drops, its bounded path for tall pages, and that the detector gives
// every fixture page the same verdict from both.

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const slugs = readdirSync(FIXTURES).filter((slug) => {
  try {
    return readFileSync(join(FIXTURES, slug, 'page.html')).length > 0;
  } catch {
    return false;
  }
});

const routes = Object.fromEntries(
  slugs.map((slug) => [`/fixture/${slug}.html`, () => ({ body: readFileSync(join(FIXTURES, slug, 'page.html'), 'utf8') })]),
);

const ld = (n: number) => `{"@type":"PressRelease","n":${n}}`;
const ldScript = (n: number, type = 'application/ld+json') => `<script type="${type}">${ld(n)}</script>`;
const para = (i: number) => `<p>Paragraph ${i} of the story, long enough to be body text for the reader and the detector alike.</p>`;
routes['/shapes.html'] = () => ({
  body: `<!doctype html><html lang="en"><head><title>Shapes</title>${ldScript(1)}${ldScript(9, 'text/javascript')}</head><body>
<nav><a href="/">Home</a><a href="/press">Press releases</a>${ldScript(2, ' Application/LD+JSON ')}</nav>
<header><div role="navigation"><span>Breadcrumb</span></div><h1>Acme <br>opens a plant</h1></header>
<main>
  <p>First paragraph.</p>
  <p style="display:none">Hidden by CSS.</p>
  <p hidden>Hidden by attribute.</p>
  <table><tr><td>Cell one</td><td>Cell two</td></tr></table>
  <h2>Media contact</h2>
  <p>Jane Doe<br>jane@acme.example</p>
</main>${ldScript(3)}
<footer><nav><a href="/imprint">Imprint</a></nav><p>Footer line</p></footer>
</body></html>`,
});
// Taller than one innerText call is allowed to cover: read block by block, and cut at the text cap.
routes['/tall.html'] = () => ({
  body: `<!doctype html><html lang="en"><head><title>Tall</title>${ldScript(1)}</head><body>
<nav><p>Menu item</p></nav>
<div style="display:contents"><p>Inside a display-contents wrapper.</p></div>
<main>${ldScript(2)}<div>${para(-1)}${ldScript(3)}${ldScript(9, 'text/javascript')}</div>
<div><nav>Menu inside a block</nav><p>After the block's menu.</p></div><div><span>Inline text <b><span role="navigation">Menu inside inline</span>around a menu.</b></span></div>${Array.from({ length: 3000 }, (_, i) => para(i)).join('')}${ldScript(4)}</main>
</body></html>`,
});

// Tall, and each block of it ~60,000 characters: more than the message may carry from one block.
const bigBlock = (i: number) => `<div>${Array.from({ length: 600 }, (_, j) => `Sentence ${i}.${j} of a long block of text without breaks. `).join('')}</div>`;
routes['/tall-big-blocks.html'] = () => ({
  body: `<!doctype html><html lang="en"><head><title>Big blocks</title></head><body><main>${Array.from({ length: 12 }, (_, i) => bigBlock(i)).join('')}</main></body></html>`,
});

let run: ChromiumRun;
useChromium({ routes }, (r) => (run = r));

let bundle: Promise<string> | undefined;

async function open(path: string): Promise<Page> {
  const page = await run.ext.ctx.newPage();
  await page.goto(`${run.server.origin}${path}`);
  await loadBundle(page, await (bundle ??= verdictsBundle()));
  return page;
}

function snapshotOf(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => (globalThis as unknown as { __pcBench: { snapshot(d: Document, u: string): PageSnapshot } }).__pcBench.snapshot(document, location.href));
}

describe('rendered snapshot in Chromium', () => {
  it('keeps the visible text in reading order, drops menus and hidden text, splits cells and <br> lines', async () => {
    const page = await open('/shapes.html');
    const snap = await snapshotOf(page);
    expect(snap.lines).toEqual(['Acme', 'opens a plant', 'First paragraph.', 'Cell one', 'Cell two', 'Media contact', 'Jane Doe', 'jane@acme.example', 'Footer line']);
    expect(snap.h1).toBe('Acme opens a plant');
    // Both lines of the H1 that a <br> split, as the DOM walk marks them.
    expect(snap.headings).toEqual([0, 1, 5]);
    expect(snap.title).toBe('Shapes');
    // The head's JSON-LD and the body's, menus included, in document order, whatever the type's case and spacing.
    expect(snap.jsonLd).toEqual([ld(1), ld(2), ld(3)]);
    expect(snap.lang).toBe('en');
    expect(snap.incomplete).toBe(false);
    await page.close();
  });

  it('reads a very tall page block by block, stops at the text cap and reads display: contents wrappers', async () => {
    const page = await open('/tall.html');
    const snap = await snapshotOf(page);
    expect(snap.lines[0]).toBe('Inside a display-contents wrapper.');
    // JSON-LD from the head and from what was read (met by the walk, or inside a block read whole); the script
    // past the text cap is not looked for.
    expect(snap.jsonLd).toEqual([ld(1), ld(2), ld(3)]);
    expect(snap.lines).not.toContain('Menu item');
    // Blocks and inline elements holding a menu are read around it (an inline one's parts on lines of their own).
    expect(snap.lines.slice(2, 5)).toEqual(["After the block's menu.", 'Inline text', 'around a menu.']);
    expect(snap.lines.join('\n')).not.toMatch(/Menu inside/);
    expect(snap.incomplete).toBe(true);
    const total = snap.lines.reduce((n, l) => n + l.length, 0);
    expect(total).toBeGreaterThanOrEqual(20_000);
    expect(total).toBeLessThan(20_200);
    expect(snap.lines.at(-1)).toMatch(/^Paragraph \d+ of the story/);
    await page.close();
  });

  it('keeps what a tall page of big blocks sends within the message schema, and cut', async () => {
    const page = await open('/tall-big-blocks.html');
    const read = await page.evaluate(() => (globalThis as unknown as { __pcBench: { read(d: Document, u: string): unknown } }).__pcBench.read(document, location.href));
    const parsed = RenderedPageSchema.safeParse(read);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.text.length).toBe(READ_TEXT);
    expect(parsed.data?.incomplete).toBe(true);
    expect((await snapshotOf(page)).incomplete).toBe(true);
    await page.close();
  });

  it('leaves the page as it found it', async () => {
    const page = await open('/shapes.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await snapshotOf(page);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it.each(slugs)('fixture %s: the same verdict from the rendered snapshot as from the DOM walk', async (slug) => {
    const page = await open(`/fixture/${slug}.html`);
    const both = await verdicts(page);
    const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as { isPressRelease?: boolean };
    expect({ slug, rendered: both.rendered.isPressRelease }).toEqual({ slug, rendered: both.walk.isPressRelease });
    if (typeof expected.isPressRelease === 'boolean') expect(both.rendered.isPressRelease).toBe(expected.isPressRelease);
    await page.close();
  });

  it('reached nothing beyond 127.0.0.1', () => {
    expect(run.network.leaks).toEqual([]);
  });
});
