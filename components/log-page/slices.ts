// Background work on the log page (search and duplicate indexes) runs in short slices between other tasks, so a
// keystroke or a click never waits behind more than one slice (at most ~8 ms of indexing).
//
// Slices are chained through a MessageChannel, the way UI schedulers yield to the browser: each slice is a task of
// its own, so input events and frames run in between. requestIdleCallback was tried first: Chromium runs one
// callback per idle period, so 8 ms slices used ~16% of an idle second and the 100,000-entry search index took
// 33 s to complete instead of a few; setTimeout(0) is clamped to 4 ms after a few nested calls.

const SLICE_MS = 8;

let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

function nextTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

// Resolves in a task of its own, with the time (performance.now()) at which the slice should stop.
export async function nextSlice(): Promise<number> {
  await nextTask();
  return performance.now() + SLICE_MS;
}

// Runs step over items from `from` on, in slices; stops early when `stale()` says the work is no longer wanted.
// Returns false when stopped early. afterSlice gets how far it got and how long the slice ran.
export async function inSlices<T>(
  items: readonly T[],
  step: (item: T) => void,
  options: { stale(): boolean; afterSlice?(done: number, sliceMs: number): void; from?: number },
): Promise<boolean> {
  let at = options.from ?? 0;
  while (at < items.length) {
    const until = await nextSlice();
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
