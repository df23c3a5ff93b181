import type { Page } from 'playwright-core';

// Section 1: what the every-page content script costs a page. It reads the page's rendered text
// (readRenderedPage()) and sends it raw; lines and verdict are computed in the background. It is read in the
// page's real DOM RUNS times: the first call is what a fresh page pays (cold functions, like the content
// script's single run per page), the later ones show the warm cost.

export const DETECT_RUNS = 5;

export interface DetectTiming {
  firstMs: number;
  warmMs: number; // median of the calls after the first
  error: string | null;
}

interface SnapshotBench {
  snapshot(doc: Document, url: string): unknown;
}

export function timeSnapshot(page: Page, runs = DETECT_RUNS): Promise<DetectTiming> {
  return page.evaluate((n) => {
    const bench = (globalThis as unknown as { __pcBench: SnapshotBench }).__pcBench;
    const times: number[] = [];
    try {
      for (let i = 0; i < n; i += 1) {
        const start = performance.now();
        bench.snapshot(document, location.href);
        times.push(performance.now() - start);
      }
    } catch (error) {
      return { firstMs: NaN, warmMs: NaN, error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'error' };
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    return { firstMs: times[0]!, warmMs: warm[Math.floor(warm.length / 2)] ?? times[0]!, error: null };
  }, runs);
}

// Whether taking the snapshot left the page as it found it: the serialized DOM before and after one more call.
export function snapshotLeavesPageUnchanged(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const bench = (globalThis as unknown as { __pcBench: SnapshotBench }).__pcBench;
    const before = document.documentElement.outerHTML;
    bench.snapshot(document, location.href);
    return document.documentElement.outerHTML === before;
  });
}

export interface Verdicts {
  rendered: { isPressRelease: boolean; score: number }; // what the extension computes: the rendered snapshot's
  walk: { isPressRelease: boolean; score: number }; // what `npm run eval` and extract() compute: the DOM walk's
}

// Both verdicts for the page, with one neutral URL (as the eval uses), so they differ only in how the text was read.
export function verdicts(page: Page): Promise<Verdicts> {
  return page.evaluate(() => {
    interface Verdict {
      isPressRelease: boolean;
      score: number;
    }
    const bench = (globalThis as unknown as {
      __pcBench: { snapshot(doc: Document, url: string): unknown; detectSnapshot(s: unknown): { detection: Verdict }; detect(doc: Document, url: string): Verdict };
    }).__pcBench;
    const url = 'https://example.test/bench';
    const rendered = bench.detectSnapshot(bench.snapshot(document, url)).detection;
    const walk = bench.detect(document, url);
    return { rendered: { isPressRelease: rendered.isPressRelease, score: rendered.score }, walk: { isPressRelease: walk.isPressRelease, score: walk.score } };
  });
}
