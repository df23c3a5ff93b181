import { describe, expect, it } from 'vitest';
import { refreshFollowUps, type ReminderDeps } from '../../../utils/triage/reminders';
import { makeEntry } from './make-entry';

function fakeDeps(entries: ReturnType<typeof makeEntry>[], at: string) {
  const calls = { badge: [] as string[], notes: [] as string[], scheduled: [] as Array<string | null> };
  let last: string | null = null;
  let now = new Date(at);
  const deps: ReminderDeps = {
    listFollowUps: async () => entries,
    now: () => now,
    setBadge: async (t) => void calls.badge.push(t),
    notify: async (title, message) => void calls.notes.push(`${title}: ${message}`),
    scheduleAt: async (when) => void calls.scheduled.push(when?.toISOString() ?? null),
    lastNotifiedAt: { get: async () => last, set: async (v) => void (last = v) },
  };
  return { deps, calls, advance: (to: string) => (now = new Date(to)) };
}

describe('follow-up reminders', () => {
  const entries = [
    makeEntry('a', { status: 'requested', followUpAt: '2026-03-05T09:00:00.000Z' }),
    makeEntry('b', { status: 'requested', followUpAt: '2026-03-06T09:00:00.000Z' }),
  ];

  it('sets the badge, notifies once per newly due follow-up and schedules the next alarm', async () => {
    const { deps, calls, advance } = fakeDeps(entries, '2026-03-05T10:00:00Z');
    expect(await refreshFollowUps(deps)).toEqual({ due: 1, notified: 1 });
    expect(calls.badge).toEqual(['1']);
    expect(calls.notes).toEqual(['PressClip: follow-up due: Follow up on "Acme opens a new battery plant in Leipzig".']);
    expect(calls.scheduled).toEqual(['2026-03-06T09:00:00.000Z']);

    // A sweep an hour later: still due (badge) but already notified.
    advance('2026-03-05T11:00:00Z');
    expect(await refreshFollowUps(deps)).toEqual({ due: 1, notified: 0 });
    expect(calls.notes).toHaveLength(1);

    advance('2026-03-06T09:00:00Z');
    expect(await refreshFollowUps(deps)).toEqual({ due: 2, notified: 1 });
    expect(calls.badge.at(-1)).toBe('2');
    expect(calls.scheduled.at(-1)).toBeNull();
  });

  it('clears the badge when nothing is due', async () => {
    const { deps, calls } = fakeDeps(entries, '2026-03-01T10:00:00Z');
    expect(await refreshFollowUps(deps)).toEqual({ due: 0, notified: 0 });
    expect(calls.badge).toEqual(['']);
    expect(calls.notes).toEqual([]);
  });
});
