import { describe, expect, it } from 'vitest';
import {
  createAutoSync,
  SYNC_ALARM,
  SYNC_PERIOD_MINUTES,
  SYNC_SOON_ALARM,
  type AlarmsLike,
  type TimersLike,
} from '../../../utils/sync/auto-sync';

function fakeAlarms() {
  const alarms = new Map<string, { periodInMinutes?: number; delayInMinutes?: number }>();
  const created: string[] = [];
  const listeners: Array<(alarm: { name: string }) => void> = [];
  const api: AlarmsLike = {
    get: async (name) => alarms.get(name),
    create: (name, info) => {
      alarms.set(name, info);
      created.push(name);
    },
    clear: async (name) => alarms.delete(name),
    onAlarm: { addListener: (listener) => listeners.push(listener) },
  };
  const fire = async (name: string) => {
    for (const listener of listeners) listener({ name });
    await settle();
  };
  return { api, alarms, created, fire };
}

// Manual clock: timers run only when the test advances time.
function fakeTimers() {
  let now = 0;
  let pending: Array<{ at: number; callback: () => void; id: number }> = [];
  let nextId = 1;
  const timers: TimersLike = {
    setTimeout: (callback, ms) => {
      const id = nextId++;
      pending.push({ at: now + ms, callback, id });
      return id;
    },
    clearTimeout: (handle) => {
      pending = pending.filter((t) => t.id !== handle);
    },
    now: () => now,
  };
  const advance = async (ms: number) => {
    now += ms;
    const due = pending.filter((t) => t.at <= now);
    pending = pending.filter((t) => t.at > now);
    for (const t of due) t.callback();
    await settle();
  };
  return { timers, advance };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(paired = true) {
  const alarms = fakeAlarms();
  const clock = fakeTimers();
  const state = { paired, rounds: 0 };
  const auto = createAutoSync({
    alarms: alarms.api,
    isPaired: async () => state.paired,
    syncNow: async () => {
      state.rounds += 1;
    },
    timers: clock.timers,
    debounceMs: 1500,
    maxWaitMs: 5000,
  });
  return { ...alarms, ...clock, state, auto };
}

describe('createAutoSync', () => {
  it('keeps a 30-second pull alarm while paired, without restarting its period on every worker start', async () => {
    const { api, alarms, created, auto } = setup(true);
    await auto.start();
    expect(alarms.get(SYNC_ALARM)).toEqual({ periodInMinutes: SYNC_PERIOD_MINUTES });
    await auto.start();
    expect(created).toEqual([SYNC_ALARM]);
    // An alarm left by an older version with another period is replaced.
    api.create(SYNC_ALARM, { periodInMinutes: 5 });
    await auto.start();
    expect(alarms.get(SYNC_ALARM)).toEqual({ periodInMinutes: SYNC_PERIOD_MINUTES });
  });

  it('has no alarm while not paired, and a fresh pairing creates it and syncs at once', async () => {
    const { alarms, state, auto } = setup(false);
    await auto.start();
    expect(alarms.has(SYNC_ALARM)).toBe(false);
    state.paired = true;
    await auto.pairingChanged();
    expect(alarms.has(SYNC_ALARM)).toBe(true);
    expect(state.rounds).toBe(1);
    state.paired = false;
    await auto.pairingChanged();
    expect(alarms.has(SYNC_ALARM)).toBe(false);
  });

  it('syncs on its own alarms only, and only once paired', async () => {
    const { fire, state, auto } = setup(false);
    await auto.start();
    await fire(SYNC_ALARM);
    expect(state.rounds).toBe(0);
    state.paired = true;
    await fire('follow-up');
    expect(state.rounds).toBe(0);
    await fire(SYNC_ALARM);
    await fire(SYNC_SOON_ALARM);
    expect(state.rounds).toBe(2);
  });

  it('runs one round shortly after a burst of local changes, and clears the catch-up alarm', async () => {
    const { alarms, advance, state, auto } = setup(true);
    await auto.start();
    auto.localChange();
    await advance(500);
    auto.localChange();
    await advance(500);
    auto.localChange();
    expect(alarms.get(SYNC_SOON_ALARM)).toEqual({ delayInMinutes: 0.5 });
    await advance(1499);
    expect(state.rounds).toBe(0);
    await advance(1);
    expect(state.rounds).toBe(1);
    expect(alarms.has(SYNC_SOON_ALARM)).toBe(false);
  });

  it('does not let a steady stream of edits postpone the round forever', async () => {
    const { advance, state, auto } = setup(true);
    await auto.start();
    for (let t = 0; t < 5000; t += 1000) {
      auto.localChange();
      await advance(1000);
    }
    expect(state.rounds).toBe(1);
  });

  it('does nothing for local changes while not paired', async () => {
    const { alarms, advance, state, auto } = setup(false);
    await auto.start();
    auto.localChange();
    await advance(10_000);
    expect(state.rounds).toBe(0);
    expect(alarms.has(SYNC_SOON_ALARM)).toBe(false);
  });

  it('survives a failing round', async () => {
    const alarms = fakeAlarms();
    const auto = createAutoSync({
      alarms: alarms.api,
      isPaired: async () => true,
      syncNow: async () => {
        throw new Error('companion down');
      },
    });
    await auto.start();
    await expect(alarms.fire(SYNC_ALARM)).resolves.toBeUndefined();
  });
});
