import { describe, expect, it } from 'vitest';
import { settledRefresh, type Timers } from '../../../utils/triage/settled-refresh';

// Manual timers: the test decides when time passes, so nothing here depends on the clock.
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    set: (run) => {
      pending.set(++next, run);
      return next;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  const elapse = () => {
    const runs = [...pending.values()];
    pending.clear();
    for (const run of runs) run();
  };
  return { timers, elapse, pending };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settledRefresh', () => {
  it('returns at once and runs once after a burst of requests', async () => {
    const { timers, elapse, pending } = manualTimers();
    let runs = 0;
    const refresh = settledRefresh(async () => void runs++, 500, timers);
    for (let i = 0; i < 20; i++) refresh.request();
    expect(runs).toBe(0);
    expect(pending.size).toBe(1);
    elapse();
    await flush();
    expect(runs).toBe(1);
  });

  it('a request during a run starts one more run after it, never two at once', async () => {
    const { timers, elapse } = manualTimers();
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    let finish: () => void = () => undefined;
    const refresh = settledRefresh(
      () =>
        new Promise<void>((resolve) => {
          runs++;
          active++;
          maxActive = Math.max(maxActive, active);
          finish = () => {
            active--;
            resolve();
          };
        }),
      500,
      timers,
    );
    refresh.request();
    elapse();
    expect(runs).toBe(1);
    refresh.request();
    elapse(); // fires while the first run is still going: deferred
    expect(runs).toBe(1);
    finish();
    await flush();
    elapse();
    expect(runs).toBe(2);
    finish();
    await flush();
    expect(maxActive).toBe(1);
  });

  it('a failing run does not stop later ones', async () => {
    const { timers, elapse } = manualTimers();
    let runs = 0;
    const refresh = settledRefresh(async () => {
      runs++;
      throw new Error('badge API gone');
    }, 500, timers);
    refresh.request();
    elapse();
    await flush();
    refresh.request();
    elapse();
    await flush();
    expect(runs).toBe(2);
  });
});
