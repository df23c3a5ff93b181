import { describe, expect, it } from 'vitest';
import { registerAutoSync, SYNC_ALARM, type AlarmsLike } from '../../../utils/sync/auto-sync';

function fakeAlarms() {
  const created: Array<[string, number]> = [];
  const listeners: Array<(alarm: { name: string }) => void> = [];
  const alarms: AlarmsLike = {
    get: async (name) => created.find(([n]) => n === name),
    create: (name, info) => created.push([name, info.periodInMinutes]),
    onAlarm: { addListener: (listener) => listeners.push(listener) },
  };
  const fire = async (name: string) => {
    for (const listener of listeners) listener({ name });
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { alarms, created, fire };
}

describe('registerAutoSync', () => {
  it('syncs on its own alarm only, and only once paired', async () => {
    const { alarms, created, fire } = fakeAlarms();
    let paired = false;
    let rounds = 0;
    registerAutoSync(alarms, async () => paired, async () => rounds++);
    await fire('settle');
    // A second start of the service worker keeps the running alarm instead of restarting its period.
    registerAutoSync(alarms, async () => paired, async () => 0);
    await fire('settle');
    expect(created).toEqual([[SYNC_ALARM, 5]]);
    await fire(SYNC_ALARM);
    expect(rounds).toBe(0);
    paired = true;
    await fire('follow-up');
    expect(rounds).toBe(0);
    await fire(SYNC_ALARM);
    expect(rounds).toBe(1);
  });

  it('survives a failing round', async () => {
    const { alarms, fire } = fakeAlarms();
    registerAutoSync(alarms, async () => true, async () => {
      throw new Error('companion down');
    });
    await expect(fire(SYNC_ALARM)).resolves.toBeUndefined();
  });
});
