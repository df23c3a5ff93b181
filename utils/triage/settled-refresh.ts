// Runs a refresh once a burst of requests has settled, off the caller's path. A journalist pressing
// status keys down the log table sends a message per row; each may change which follow-ups are due,
// but one recomputation after the last of them gives the same badge and alarm as one per change.
// A request that arrives while a run is under way starts another run after it (the running one may
// have read the log before that change), never two at once.

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function settledRefresh(run: () => Promise<unknown>, delayMs: number, timers: Timers = realTimers) {
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;

  function fire() {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = run()
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          request();
        }
      });
  }

  // Returns at once: the refresh happens delayMs after the last request.
  function request(): void {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(fire, delayMs);
  }

  return { request };
}
