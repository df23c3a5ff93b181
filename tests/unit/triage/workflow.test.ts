import { describe, expect, it } from 'vitest';
import { ENTRY_STATUSES, LogEntrySchema } from '../../../utils/schema/entry';
import { changeStatus, keyForStatus, nextOnMainLine, statusForKey } from '../../../utils/triage/workflow';
import { applyBulk } from '../../../utils/triage/bulk';
import { embargoLabel, embargoState, formatCountdown } from '../../../utils/triage/embargo';
import { makeEntry } from './make-entry';

const now = new Date('2026-03-02T12:00:00Z');
const embargoed = (until: string | null) =>
  makeEntry('e1', { status: 'interviewed', record: { embargo: { until, text: 'EMBARGOED UNTIL 00:01 ET March 3' } } });

describe('status workflow', () => {
  it('records each status change with its time and the previous status', () => {
    const first = changeStatus(makeEntry('a'), 'to-contact', now);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = changeStatus(first.entry, 'requested', new Date('2026-03-02T13:00:00Z'));
    if (!second.ok) throw new Error('refused');
    expect(second.entry.status).toBe('requested');
    expect(second.entry.history.slice(-2)).toEqual([
      { at: '2026-03-02T12:00:00.000Z', from: 'new', to: 'to-contact', override: null },
      { at: '2026-03-02T13:00:00.000Z', from: 'to-contact', to: 'requested', override: null },
    ]);
    expect(LogEntrySchema.safeParse(second.entry).success).toBe(true);
  });

  it('does not add history when the status stays the same', () => {
    const entry = makeEntry('a');
    const result = changeStatus(entry, 'new', now);
    expect(result).toEqual({ ok: true, entry, changed: false });
  });

  it('maps keys 1–9 to statuses in workflow order and back', () => {
    expect(statusForKey('1')).toBe('new');
    expect(statusForKey('6')).toBe('filed');
    expect(statusForKey('9')).toBe('not-pursuing');
    expect(statusForKey('0')).toBeNull();
    expect(statusForKey('x')).toBeNull();
    for (const status of ENTRY_STATUSES) expect(statusForKey(keyForStatus(status))).toBe(status);
    expect(nextOnMainLine('requested')).toBe('scheduled');
    expect(nextOnMainLine('filed')).toBeNull();
    expect(nextOnMainLine('declined')).toBeNull();
  });
});

describe('embargo rule', () => {
  it('refuses "filed" before the embargo lifts', () => {
    const result = changeStatus(embargoed('2026-03-03T05:01:00Z'), 'filed', now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.needsOverride).toBe(true);
    expect(result.reason).toContain('2026-03-03T05:01:00.000Z');
  });

  it('treats an embargo with an unreadable time as still active', () => {
    expect(changeStatus(embargoed(null), 'filed', now).ok).toBe(false);
    expect(embargoLabel(embargoState(embargoed(null).record, now))).toBe('Embargoed (time unknown)');
  });

  it('allows "filed" once the embargo has lifted', () => {
    const result = changeStatus(embargoed('2026-03-03T05:01:00Z'), 'filed', new Date('2026-03-03T05:01:00Z'));
    expect(result.ok).toBe(true);
  });

  it('lets the journalist override and records the override in history', () => {
    const result = changeStatus(embargoed('2026-03-03T05:01:00Z'), 'filed', now, 'Issuer lifted the embargo by phone');
    if (!result.ok) throw new Error('refused');
    const last = result.entry.history.at(-1)!;
    expect(last.to).toBe('filed');
    expect(last.override).toMatch(/^Issuer lifted the embargo by phone — Under embargo until 2026-03-03T05:01:00.000Z/);
    expect(LogEntrySchema.safeParse(result.entry).success).toBe(true);
  });

  it('ignores a blank override reason', () => {
    expect(changeStatus(embargoed('2026-03-03T05:01:00Z'), 'filed', now, '   ').ok).toBe(false);
  });

  it('does not record an override when no rule was broken', () => {
    const result = changeStatus(makeEntry('a'), 'filed', now, 'just because');
    if (!result.ok) throw new Error('refused');
    expect(result.entry.history.at(-1)!.override).toBeNull();
  });

  it('counts down in a readable form', () => {
    expect(formatCountdown(((2 * 24 + 3) * 3600 + 15 * 60) * 1000)).toBe('2d 03h 15m');
    expect(formatCountdown((3 * 3600 + 5 * 60 + 59) * 1000)).toBe('3h 05m');
    expect(formatCountdown((4 * 60 + 9) * 1000)).toBe('4m 09s');
    expect(formatCountdown(-5)).toBe('0m 00s');
    const state = embargoState(embargoed('2026-03-02T13:30:00Z').record, now);
    expect(embargoLabel(state)).toBe('Embargoed: 1h 30m');
    expect(embargoState(makeEntry('x').record, now)).toEqual({ kind: 'none' });
  });
});

describe('bulk changes', () => {
  it('changes the allowed entries and reports the refused ones', () => {
    const entries = [makeEntry('a'), embargoed('2026-03-03T05:01:00Z'), makeEntry('c', { status: 'filed' })];
    const result = applyBulk(entries, { status: 'filed', addTags: ['energy'] }, now);
    expect(result.changed.map((e) => e.id)).toEqual(['a', 'c']);
    expect(result.changed.every((e) => e.status === 'filed' && e.tags.includes('energy'))).toBe(true);
    expect(result.refused).toEqual([{ id: 'e1', reason: expect.stringContaining('Under embargo') }]);
  });

  it('removes tags and skips entries that would not change', () => {
    const entries = [makeEntry('a', { tags: ['x', 'y'] }), makeEntry('b', { tags: ['y'] })];
    const result = applyBulk(entries, { removeTags: ['x'] }, now);
    expect(result.changed.map((e) => [e.id, e.tags])).toEqual([['a', ['y']]]);
  });
});
