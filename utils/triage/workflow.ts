import { ENTRY_STATUSES, type EntryStatus, type LogEntry } from '../schema/entry';
import { nextInstant } from '../log/timestamps';
import { embargoState } from './embargo';

// The status workflow of a story: the main line a journalist walks, plus three ways a story ends early.
// Any status may follow any other (people go back a step when an interview falls through); the one hard
// rule is that an embargoed story cannot be marked filed before the embargo lifts, unless the journalist
// overrides, and the override reason is kept in the history.

export const MAIN_LINE: readonly EntryStatus[] = ['new', 'to-contact', 'requested', 'scheduled', 'interviewed', 'filed'];
export const ENDINGS: readonly EntryStatus[] = ['declined', 'no-response', 'not-pursuing'];

export const STATUS_LABELS: Record<EntryStatus, string> = {
  new: 'New',
  'to-contact': 'To contact',
  requested: 'Requested',
  scheduled: 'Scheduled',
  interviewed: 'Interviewed',
  filed: 'Filed',
  declined: 'Declined',
  'no-response': 'No response',
  'not-pursuing': 'Not pursuing',
};

// Keyboard: 1–9 set the statuses in workflow order.
export function statusForKey(key: string): EntryStatus | null {
  const index = Number.parseInt(key, 10);
  if (!/^[1-9]$/.test(key) || Number.isNaN(index)) return null;
  return ENTRY_STATUSES[index - 1] ?? null;
}

export function keyForStatus(status: EntryStatus): string {
  return String(ENTRY_STATUSES.indexOf(status) + 1);
}

export function nextOnMainLine(status: EntryStatus): EntryStatus | null {
  const index = MAIN_LINE.indexOf(status);
  return index >= 0 && index < MAIN_LINE.length - 1 ? (MAIN_LINE[index + 1] ?? null) : null;
}

export function isOpen(status: EntryStatus): boolean {
  return status !== 'filed' && !ENDINGS.includes(status);
}

export type StatusChangeResult =
  | { ok: true; entry: LogEntry; changed: boolean }
  | { ok: false; reason: string; needsOverride: boolean };

export function checkStatusChange(entry: LogEntry, to: EntryStatus, now: Date): { allowed: true } | { allowed: false; reason: string } {
  if (to !== 'filed' || entry.status === 'filed') return { allowed: true };
  const embargo = embargoState(entry.record, now);
  if (embargo.kind !== 'active') return { allowed: true };
  const when = embargo.until ? `until ${embargo.until.toISOString()}` : '(the lifting time is unknown)';
  return { allowed: false, reason: `Under embargo ${when}: "${embargo.text}".` };
}

// `override` is the journalist's reason for breaking a rule; it is only recorded when a rule was broken.
export function changeStatus(entry: LogEntry, to: EntryStatus, now: Date, override: string | null = null): StatusChangeResult {
  if (entry.status === to) return { ok: true, entry, changed: false };
  const check = checkStatusChange(entry, to, now);
  const reason = override?.trim() ?? '';
  if (!check.allowed && reason === '') return { ok: false, reason: check.reason, needsOverride: true };
  const at = nextInstant(now, entry.updatedAt);
  return {
    ok: true,
    changed: true,
    entry: {
      ...entry,
      status: to,
      updatedAt: at,
      history: [
        ...entry.history,
        { at, from: entry.status, to, override: check.allowed ? null : `${reason.slice(0, 300)} — ${check.reason}`.slice(0, 500) },
      ].slice(-1000),
    },
  };
}
