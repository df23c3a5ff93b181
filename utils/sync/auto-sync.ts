// Background sync every few minutes once the journalist has paired with the companion. The alarms
// API (passed in) wakes the MV3 service worker; a round that fails leaves its changes in the outbox
// for the next alarm, so nothing needs retrying here.

export const SYNC_ALARM = 'pressclip-sync';
export const SYNC_PERIOD_MINUTES = 5;

export interface AlarmsLike {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number }): unknown;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export function registerAutoSync(
  alarms: AlarmsLike,
  isPaired: () => Promise<boolean>,
  syncNow: () => Promise<unknown>,
  periodInMinutes = SYNC_PERIOD_MINUTES,
): void {
  // The MV3 service worker starts many times a day; re-creating the alarm each time would restart
  // its period, and a worker woken more often than that would never sync. Create it only once.
  void alarms
    .get(SYNC_ALARM)
    .then((existing) => (existing ? undefined : alarms.create(SYNC_ALARM, { periodInMinutes })))
    .catch(() => undefined);
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SYNC_ALARM) return;
    void isPaired()
      .then((paired) => (paired ? syncNow() : undefined))
      .catch(() => undefined);
  });
}
