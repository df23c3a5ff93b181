import type { Page } from 'playwright-core';

// Section 1: what the every-page detector costs a page. detect() runs in the page's real DOM, RUNS times;
// the first call is what a fresh page pays (cold functions, like the content script's single run per page),
// the later ones show the warm cost.

export const DETECT_RUNS = 5;

export interface DetectTiming {
  firstMs: number;
  warmMs: number; // median of the calls after the first
  isPressRelease: boolean;
  error: string | null;
}

export function timeDetect(page: Page, runs = DETECT_RUNS): Promise<DetectTiming> {
  return page.evaluate((n) => {
    const bench = (globalThis as unknown as { __pcBench: { detect(doc: Document, url: string): { isPressRelease: boolean } } }).__pcBench;
    const times: number[] = [];
    let isPressRelease = false;
    try {
      for (let i = 0; i < n; i += 1) {
        const start = performance.now();
        isPressRelease = bench.detect(document, location.href).isPressRelease;
        times.push(performance.now() - start);
      }
    } catch (error) {
      return { firstMs: NaN, warmMs: NaN, isPressRelease: false, error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'error' };
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    return { firstMs: times[0]!, warmMs: warm[Math.floor(warm.length / 2)] ?? times[0]!, isPressRelease, error: null };
  }, runs);
}

// Whether detect() left the page as it found it: the serialized DOM before and after one more call.
export function detectLeavesPageUnchanged(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const bench = (globalThis as unknown as { __pcBench: { detect(doc: Document, url: string): unknown } }).__pcBench;
    const before = document.documentElement.outerHTML;
    bench.detect(document, location.href);
    return document.documentElement.outerHTML === before;
  });
}
