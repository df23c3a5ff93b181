// When the background syncs with the companion, so that a save reaches the log file within seconds and
// edits from another browser arrive without anyone pressing "Sync now":
// - every local change schedules a round shortly after (debounced, so a burst of edits is one round);
// - in case the MV3 service worker is stopped before that timer fires, a one-shot alarm also fires a
//   little later (Chrome will not fire alarms sooner than 30 s);
// - while paired, a periodic alarm at the shortest period Chrome allows (30 s) pulls what others changed.
// A round that fails (companion not running) leaves its changes in the outbox; the next alarm retries.
// The alarms API and timers are passed in, so this runs against fakes in tests.

export const SYNC_ALARM = 'pressclip-sync';
export const SYNC_SOON_ALARM = 'pressclip-sync-soon';
// Chrome 120+ accepts 30 s for packed and unpacked extensions alike; Firefox accepts it too.
export const SYNC_PERIOD_MINUTES = 0.5;
export const SYNC_SOON_DELAY_MINUTES = 0.5;
export const SYNC_DEBOUNCE_MS = 1500;
// A steady stream of edits still syncs at least this often.
export const SYNC_MAX_WAIT_MS = 5000;

export interface AlarmsLike {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): unknown;
  clear(name: string): Promise<unknown>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export interface TimersLike {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface AutoSyncOptions {
  alarms: AlarmsLike;
  isPaired: () => Promise<boolean>;
  syncNow: () => Promise<unknown>;
  timers?: TimersLike;
  debounceMs?: number;
  maxWaitMs?: number;
  periodInMinutes?: number;
}

export interface AutoSync {
  // Listen to the alarms and (re)create or clear the periodic one; call once per service-worker start.
  start(): Promise<void>;
  // Something in the log changed here: sync soon.
  localChange(): void;
  // Paired or unpaired: the periodic alarm follows, and a fresh pairing syncs at once.
  pairingChanged(): Promise<void>;
}

const realTimers: TimersLike = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export function createAutoSync(options: AutoSyncOptions): AutoSync {
  const { alarms, isPaired, syncNow } = options;
  const timers = options.timers ?? realTimers;
  const debounceMs = options.debounceMs ?? SYNC_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? SYNC_MAX_WAIT_MS;
  const period = options.periodInMinutes ?? SYNC_PERIOD_MINUTES;
  let timer: unknown = null;
  let firstChangeAt: number | null = null;

  async function round(): Promise<void> {
    if (!(await isPaired())) return;
    await syncNow();
  }
  const quietly = (task: () => Promise<unknown>) => void task().catch(() => undefined);

  async function followPairing(): Promise<boolean> {
    const paired = await isPaired();
    if (!paired) {
      await alarms.clear(SYNC_ALARM);
      await alarms.clear(SYNC_SOON_ALARM);
      return false;
    }
    // The service worker starts many times a day; re-creating the alarm each time would restart its
    // period, and a worker woken more often than that would never pull. Create it only when missing
    // or when its period is not ours (an older version used 5 minutes).
    const existing = await alarms.get(SYNC_ALARM);
    if (!existing || existing.periodInMinutes !== period) alarms.create(SYNC_ALARM, { periodInMinutes: period });
    return true;
  }

  function runScheduled() {
    timer = null;
    firstChangeAt = null;
    quietly(async () => {
      await alarms.clear(SYNC_SOON_ALARM);
      await round();
    });
  }

  return {
    async start() {
      alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === SYNC_ALARM || alarm.name === SYNC_SOON_ALARM) quietly(round);
      });
      await followPairing().catch(() => false);
    },

    localChange() {
      const now = timers.now();
      firstChangeAt ??= now;
      if (timer !== null) timers.clearTimeout(timer);
      const wait = Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - now));
      timer = timers.setTimeout(runScheduled, wait);
      quietly(async () => {
        if (await isPaired()) alarms.create(SYNC_SOON_ALARM, { delayInMinutes: SYNC_SOON_DELAY_MINUTES });
      });
    },

    async pairingChanged() {
      if (await followPairing()) await round();
    },
  };
}
