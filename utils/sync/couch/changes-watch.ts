// While the newsroom log is connected, a colleague's change should arrive in seconds, not at the next 30 s pull
// alarm: the background keeps one long poll of the changes feed open (changes-feed.ts) and runs a sync round
// when it reports a change. It is an addition to the alarm, not a replacement: an MV3 service worker is stopped
// when idle, and the alarm is what wakes it (and restarts the watch). Stopping aborts the open request at once.
// Failures (server down, 401) back off and retry; the alarm's rounds report them to the journalist.

export interface ChangesWatchOptions {
  // One long poll from `since`; rejects when the server cannot be asked.
  waitForChange(since: string, signal: AbortSignal): Promise<{ changed: boolean; lastSeq: string }>;
  // The sync state's cursor (the seq of the last pull), or null before the first.
  cursor(): Promise<string | null>;
  // A sync round; its errors are its own.
  onChange(): Promise<unknown>;
  // Waits after consecutive failures, the last one repeating.
  backoffMs?: readonly number[];
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface ChangesWatch {
  start(): void;
  // Aborts the open long poll; resolves when the loop has ended.
  stop(): Promise<void>;
  running(): boolean;
}

export const WATCH_BACKOFF_MS = [2_000, 5_000, 15_000, 30_000] as const;

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      done();
    }, { once: true });
  });
}

export function createChangesWatch(options: ChangesWatchOptions): ChangesWatch {
  const backoff = options.backoffMs ?? WATCH_BACKOFF_MS;
  const sleep = options.sleep ?? abortableSleep;
  let controller: AbortController | null = null;
  let loop: Promise<void> = Promise.resolve();

  async function run(signal: AbortSignal) {
    let failures = 0;
    // Before the first pull there is no cursor: only changes from now on matter (the first round reads the rest).
    let since = (await options.cursor().catch(() => null)) ?? 'now';
    while (!signal.aborted) {
      try {
        const answer = await options.waitForChange(since, signal);
        failures = 0;
        if (signal.aborted) return;
        if (!answer.changed) {
          since = answer.lastSeq;
          continue;
        }
        const before = await options.cursor().catch(() => null);
        await options.onChange().catch(() => undefined);
        const after = await options.cursor().catch(() => null);
        // A round that failed did not move the cursor: watch on from the feed's seq rather than wake again at
        // once for the same change (the alarm's rounds retry it).
        since = after !== null && after !== before ? after : answer.lastSeq;
      } catch {
        if (signal.aborted) return;
        failures += 1;
        await sleep(backoff[Math.min(failures, backoff.length) - 1]!, signal);
      }
    }
  }

  return {
    start() {
      if (controller) return;
      const current = new AbortController();
      controller = current;
      loop = run(current.signal).finally(() => {
        if (controller === current) controller = null;
      });
    },
    async stop() {
      controller?.abort();
      controller = null;
      await loop;
    },
    running: () => controller !== null,
  };
}
