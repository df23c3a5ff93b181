import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from '../../../utils/triage/working-days';
import { dueFollowUps, followUpBadge, followUpNotification, nextFollowUpAt } from '../../../utils/triage/follow-up';
import { makeEntry } from './make-entry';

// Local dates: the machine's zone is whatever it is; these tests only read local calendar fields.
const local = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h, 30);

describe('working days', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays(local(2026, 3, 6), 2)).toEqual(local(2026, 3, 10)); // Fri + 2 → Tue
    expect(addWorkingDays(local(2026, 3, 7), 2)).toEqual(local(2026, 3, 10)); // Sat + 2 → Tue
    expect(addWorkingDays(local(2026, 3, 2), 2)).toEqual(local(2026, 3, 4)); // Mon + 2 → Wed
    expect(addWorkingDays(local(2026, 3, 2), 0)).toEqual(local(2026, 3, 2));
  });

  it('skips holidays and honours another weekend', () => {
    expect(addWorkingDays(local(2026, 12, 24), 1, { holidays: ['2026-12-25'] })).toEqual(local(2026, 12, 28));
    // A Friday–Saturday weekend: Thursday + 1 → Sunday.
    expect(addWorkingDays(local(2026, 3, 5), 1, { weekend: [5, 6] })).toEqual(local(2026, 3, 8));
    expect(isWorkingDay(local(2026, 3, 8))).toBe(false);
  });

  it('keeps the time of day and rejects nonsense', () => {
    expect(addWorkingDays(local(2026, 3, 27, 23), 1).getHours()).toBe(23);
    expect(() => addWorkingDays(local(2026, 3, 2), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(local(2026, 3, 2), 1, { weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(RangeError);
  });
});

describe('follow-ups', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const entries = [
    makeEntry('due', { status: 'requested', followUpAt: '2026-03-10T08:00:00Z' }),
    makeEntry('later', { status: 'requested', followUpAt: '2026-03-12T08:00:00Z' }),
    makeEntry('soon', { status: 'requested', followUpAt: '2026-03-11T08:00:00Z' }),
    makeEntry('answered', { status: 'scheduled', followUpAt: '2026-03-09T08:00:00Z' }),
    makeEntry('deleted', { status: 'requested', followUpAt: '2026-03-09T08:00:00Z', deletedAt: '2026-03-09T09:00:00Z' }),
    makeEntry('none', { status: 'requested' }),
  ];

  it('are due for stories still waiting on an answer', () => {
    expect(dueFollowUps(entries, now).map((e) => e.id)).toEqual(['due']);
  });

  it('name the next time one falls due, for the alarm', () => {
    expect(nextFollowUpAt(entries, now)?.toISOString()).toBe('2026-03-11T08:00:00.000Z');
    expect(nextFollowUpAt([], now)).toBeNull();
  });

  it('fit the badge and the notification', () => {
    expect(followUpBadge(0)).toBe('');
    expect(followUpBadge(12)).toBe('12');
    expect(followUpBadge(5000)).toBe('999+');
    expect(followUpNotification([])).toBeNull();
    expect(followUpNotification(dueFollowUps(entries, now))?.message).toBe('Follow up on "Acme opens a new battery plant in Leipzig".');
    expect(followUpNotification(entries.slice(0, 3))?.title).toBe('PressClip: 3 follow-ups due');
  });
});
