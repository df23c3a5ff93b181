// Background work on the log page (search and duplicate indexes) runs in the browser's idle time, a few
// milliseconds at a time, so a keystroke or a click never waits behind more than one short slice.

const SLICE_MS = 8;
// Past this wait the slice runs anyway: a page kept busy (fast scrolling) must still finish indexing.
const IDLE_TIMEOUT_MS = 100;

// Resolves when the page is idle, with the time (performance.now()) at which the slice should stop.
export function idleSlice(): Promise<number> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(
        (deadline) => resolve(performance.now() + Math.max(2, Math.min(SLICE_MS, deadline.timeRemaining()))),
        { timeout: IDLE_TIMEOUT_MS },
      );
    } else setTimeout(() => resolve(performance.now() + SLICE_MS), 0);
  });
}

// Runs step over items from `at` on, in idle slices; stops early when `stale()` says the work is no longer wanted.
// Returns false when stopped early. afterSlice gets how far it got and how long the slice ran.
export async function inIdleSlices<T>(
  items: readonly T[],
  step: (item: T) => void,
  options: { stale(): boolean; afterSlice?(done: number, sliceMs: number): void; from?: number },
): Promise<boolean> {
  let at = options.from ?? 0;
  while (at < items.length) {
    const until = await idleSlice();
    if (options.stale()) return false;
    const started = performance.now();
    // Checking the clock every 16 items keeps its cost out of the loop.
    do {
      const end = Math.min(items.length, at + 16);
      for (; at < end; at += 1) step(items[at]!);
    } while (at < items.length && performance.now() < until);
    options.afterSlice?.(at, performance.now() - started);
  }
  return !options.stale();
}
