import type { Page } from 'playwright-core';

// Section 2: extract() against @mozilla/readability on the same page in the same browser. Readability changes
// the document it parses, so it gets `document.cloneNode(true)` as its docs recommend, and the clone is part of
// its cost (extract() reads the live page without cloning or changing it). The calls alternate, RUNS times each;
// a page's figure is the median of its runs.

export const EXTRACT_RUNS = 3;

export interface ExtractTiming {
  extractMs: number;
  readabilityMs: number;
  cloneMs: number;
  error: string | null;
}

export function timeExtractAndReadability(page: Page, runs = EXTRACT_RUNS): Promise<ExtractTiming> {
  return page.evaluate((n) => {
    interface Bench {
      extract(doc: Document, url: string): unknown;
      Readability: new (doc: Document) => { parse(): unknown };
    }
    const bench = (globalThis as unknown as { __pcBench: Bench }).__pcBench;
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const e: number[] = [];
    const r: number[] = [];
    const c: number[] = [];
    let error: string | null = null;
    for (let i = 0; i < n; i += 1) {
      try {
        const start = performance.now();
        bench.extract(document, location.href);
        e.push(performance.now() - start);
      } catch (err) {
        error = `extract: ${err instanceof Error ? err.name : 'error'}`;
      }
      try {
        const start = performance.now();
        const clone = document.cloneNode(true) as Document;
        const cloned = performance.now();
        new bench.Readability(clone).parse();
        r.push(performance.now() - start);
        c.push(cloned - start);
      } catch (err) {
        error = `${error ? `${error}; ` : ''}readability: ${err instanceof Error ? err.name : 'error'}`;
      }
    }
    return { extractMs: e.length ? mid(e) : NaN, readabilityMs: r.length ? mid(r) : NaN, cloneMs: c.length ? mid(c) : NaN, error };
  }, runs);
}

export interface PathologicalResult {
  buildNestedMs: number;
  detectMs: number;
  extractMs: number;
  budgetMs: number;
  partial: boolean;
  fieldsFound: number;
  error: string | null;
}

// The pathological page: after it loaded, `depth` nested elements are built with DOM calls, then the every-page
// snapshot and extract() (with its deadline) run once each.
export function runPathological(page: Page, depth: number, budgetMs: number): Promise<PathologicalResult> {
  return page.evaluate(
    ({ depth, budgetMs }) => {
      interface Record {
        signals: string[];
        [field: string]: unknown;
      }
      interface Bench {
        snapshot(doc: Document, url: string): unknown;
        extract(doc: Document, url: string, options: { budgetMs: number }): Record;
      }
      const bench = (globalThis as unknown as { __pcBench: Bench }).__pcBench;
      let start = performance.now();
      let node = document.getElementById('deep')!;
      for (let i = 0; i < depth; i += 1) {
        const child = document.createElement(i % 2 ? 'span' : 'div');
        if (i % 1000 === 0) child.textContent = `level ${i} `;
        node.append(child);
        node = child;
      }
      const buildNestedMs = performance.now() - start;
      const result = { buildNestedMs, detectMs: NaN, extractMs: NaN, budgetMs, partial: false, fieldsFound: 0, error: null as string | null };
      try {
        start = performance.now();
        bench.snapshot(document, location.href);
        result.detectMs = performance.now() - start;
      } catch (err) {
        result.error = `snapshot: ${err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 120) : 'error'}`;
      }
      try {
        start = performance.now();
        const record = bench.extract(document, location.href, { budgetMs });
        result.extractMs = performance.now() - start;
        result.partial = record.signals.some((s) => /partial record/.test(s));
        result.fieldsFound = ['headline', 'issuer', 'releaseDate', 'datelinePlace', 'summary'].filter((f) => record[f] !== null).length;
      } catch (err) {
        result.error = `${result.error ? `${result.error}; ` : ''}extract: ${err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 120) : 'error'}`;
      }
      return result;
    },
    { depth, budgetMs },
  );
}
