import type { LogEntry } from '../schema/entry';
import { dueFollowUps, followUpBadge, followUpNotification, nextFollowUpAt } from './follow-up';

// Follow-up reminders in the background. Each run starts from the stored entries, so it gives the same answer
// after a browser restart or after the MV3 service worker was stopped; the only thing remembered between runs is
// when we last notified (in extension storage), so the same follow-up does not pop up on every sweep.

export const FOLLOW_UP_ALARM = 'pressclip-follow-up';
export const FOLLOW_UP_SWEEP_ALARM = 'pressclip-follow-up-sweep';
export const FOLLOW_UP_NOTIFICATION = 'pressclip-follow-ups';

export interface ReminderDeps {
  // The live entries with a follow-up date (the store's followUpAt index), not the whole log: the badge,
  // the notification and the next alarm depend on nothing else, and at 100,000 entries reading all of
  // them took seconds on every status change.
  listFollowUps(): Promise<LogEntry[]>;
  now(): Date;
  setBadge(text: string): Promise<void>;
  notify(title: string, message: string): Promise<void>;
  // Schedules the one-shot alarm for the next due follow-up, or clears it (null).
  scheduleAt(when: Date | null): Promise<void>;
  lastNotifiedAt: { get(): Promise<string | null>; set(value: string): Promise<void> };
}

export async function refreshFollowUps(deps: ReminderDeps): Promise<{ due: number; notified: number }> {
  const now = deps.now();
  const entries = await deps.listFollowUps();
  const due = dueFollowUps(entries, now);
  await deps.setBadge(followUpBadge(due.length));
  const since = await deps.lastNotifiedAt.get();
  const fresh = since === null ? due : due.filter((e) => Date.parse(e.followUpAt!) > Date.parse(since));
  const message = followUpNotification(fresh);
  if (message) await deps.notify(message.title, message.message);
  await deps.lastNotifiedAt.set(now.toISOString());
  await deps.scheduleAt(nextFollowUpAt(entries, now));
  return { due: due.length, notified: fresh.length };
}
