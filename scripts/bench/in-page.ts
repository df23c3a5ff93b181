import type { Page } from 'playwright-core';

// Loading a bench bundle into a page and timing calls inside it with performance.now(), so the figures are the
// page's main-thread time without the DevTools-protocol round trip.

// tsx compiles with keepNames, which wraps inner functions of evaluated callbacks in __name(); pages lack it.
const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

let nonce = 0;

// A unique trailing comment defeats V8's per-process compilation cache, so every page pays a cold compile
// as a content script in a fresh page does.
export async function loadBundle(page: Page, source: string): Promise<void> {
  nonce += 1;
  await page.evaluate(`${NAME_SHIM}\n${source}\n//# bench-${nonce}`);
}

// Compile + top-level run of a script, measured as a <script> element appended to a page with JavaScript on
// (inline scripts run synchronously on insertion). Errors thrown later by the script's own async code do not count.
export async function scriptEvaluationMs(page: Page, source: string): Promise<number> {
  nonce += 1;
  return page.evaluate((src) => {
    const script = document.createElement('script');
    script.textContent = src;
    const start = performance.now();
    document.head.append(script);
    const elapsed = performance.now() - start;
    script.remove();
    return elapsed;
  }, `${source}\n//# bench-${nonce}`);
}
