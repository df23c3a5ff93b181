import { corpusPages, CORPUS_DIR } from './pages';
import { bundle } from './bundle';
import { onCorpusPages } from './corpus-in-chromium';
import { kb, median, ms, p95, table } from './stats';

// The release text on clip (issue 21), on the corpus in headless Chromium with the pages' own scripts off:
// per page, the median of RUNS runs of extract() (the record), Readability alone (on a clone, as the bench's
// section 2) and clipBody() (clone + Readability + DOMPurify under the allowlist + cap + plain text: what the
// extractor now does on top of extract()); then the stored size of the texts, per 1,000 entries.
// Run: npx tsx scripts/bench/release-text.ts [corpus-pages-dir]

const RUNS = 3;

interface Row {
  name: string;
  extractMs: number;
  readabilityMs: number;
  bodyMs: number;
  htmlChars: number;
  textChars: number;
  storedBytes: number;
  truncated: boolean;
  error: string | null;
}

async function main() {
  const dir = process.argv[2] ?? CORPUS_DIR;
  const files = await corpusPages(dir);
  if (!files) throw new Error(`No corpus pages in ${dir}.`);
  const source = await bundle(`import { extract } from './utils/extract/extract';
import { Readability } from '@mozilla/readability';
import createPurify from 'dompurify';
import { clipBody } from './utils/body/clip-body';
// With the page's scripts off (as in section 2) a Trusted Types policy's callback cannot run, so the bench's
// instance is made without Trusted Types; the extension's isolated world has them and the e2e runs with them.
Object.defineProperty(window, 'trustedTypes', { value: undefined, configurable: true });
globalThis.__pcBench = { ...globalThis.__pcBench, extract, Readability, clipBody, DOMPurify: createPurify(window) };`);
  const { rows, version } = await onCorpusPages(dir, files, source, async (page, name): Promise<Row> => {
    const row = await page.evaluate((n) => {
      interface Bench {
        extract(doc: Document, url: string): unknown;
        Readability: new (doc: Document) => { parse(): unknown };
        clipBody(doc: Document, purify: unknown): { html: string; text: string; truncated: boolean } | null;
        DOMPurify: unknown;
      }
      const bench = (globalThis as unknown as { __pcBench: Bench }).__pcBench;
      const mid = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
      const e: number[] = [];
      const r: number[] = [];
      const b: number[] = [];
      let body: ReturnType<Bench['clipBody']> = null;
      let error: string | null = null;
      for (let i = 0; i < n; i += 1) {
        try {
          let start = performance.now();
          bench.extract(document, location.href);
          e.push(performance.now() - start);
          start = performance.now();
          new bench.Readability(document.cloneNode(true) as Document).parse();
          r.push(performance.now() - start);
          start = performance.now();
          body = bench.clipBody(document, bench.DOMPurify);
          b.push(performance.now() - start);
        } catch (err) {
          error = err instanceof Error ? `${err.name}: ${err.message.slice(0, 80)}` : 'error';
        }
      }
      const stored = body ? new TextEncoder().encode(JSON.stringify({ id: '00000000-0000-0000-0000-000000000000', ...body })).length : 0;
      return { extractMs: mid(e), readabilityMs: mid(r), bodyMs: mid(b), htmlChars: body?.html.length ?? 0, textChars: body?.text.length ?? 0, storedBytes: stored, truncated: body?.truncated ?? false, error };
    }, RUNS);
    return { name, ...row };
  });
  const ok = rows.filter((r) => Number.isFinite(r.bodyMs));
  const withText = ok.filter((r) => r.htmlChars > 0);
  const extra = ok.map((r) => r.bodyMs / r.extractMs);
  console.log(
    table(`Release text on clip — ${ok.length} corpus pages, median of ${RUNS} runs per page, Chromium ${version}`, ['figure', 'median', 'p95', 'max'], [
      ['extract() (the record)', ms(median(ok.map((r) => r.extractMs))), ms(p95(ok.map((r) => r.extractMs))), ms(Math.max(...ok.map((r) => r.extractMs)))],
      ['Readability alone (clone included)', ms(median(ok.map((r) => r.readabilityMs))), ms(p95(ok.map((r) => r.readabilityMs))), ms(Math.max(...ok.map((r) => r.readabilityMs)))],
      ['clipBody() (Readability + DOMPurify + cap + text)', ms(median(ok.map((r) => r.bodyMs))), ms(p95(ok.map((r) => r.bodyMs))), ms(Math.max(...ok.map((r) => r.bodyMs)))],
      ['clipBody() / extract()', median(extra).toFixed(2), p95(extra).toFixed(2), Math.max(...extra).toFixed(2)],
      ['kept HTML, characters', String(median(withText.map((r) => r.htmlChars))), String(p95(withText.map((r) => r.htmlChars))), String(Math.max(...withText.map((r) => r.htmlChars)))],
      ['kept text, characters', String(median(withText.map((r) => r.textChars))), String(p95(withText.map((r) => r.textChars))), String(Math.max(...withText.map((r) => r.textChars)))],
    ]),
  );
  const meanStored = withText.reduce((sum, r) => sum + r.storedBytes, 0) / Math.max(1, withText.length);
  console.log(`   pages with a release text: ${withText.length} of ${ok.length}; cut at the cap: ${ok.filter((r) => r.truncated).length}`);
  console.log(`   storage per 1,000 entries (mean stored body as JSON, UTF-8, × 1,000): ${kb(Math.round(meanStored * 1000))}; at the cap (HTML and text each at most 200,000 characters) at most ~${kb(400_000 * 1000)} of ASCII`);
  const errors = rows.filter((r) => r.error);
  if (errors.length) console.log(`   errors: ${errors.map((r) => `${r.name}: ${r.error}`).join('; ')}`);
  const slowest = [...ok].sort((a, b) => b.bodyMs - a.bodyMs).slice(0, 3);
  console.log(`   slowest clipBody(): ${slowest.map((r) => `${r.name} ${ms(r.bodyMs)} (extract ${ms(r.extractMs)})`).join(', ')}`);
}

await main();
