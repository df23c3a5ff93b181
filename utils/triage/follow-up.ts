import type { EntryStatus, LogEntry } from '../schema/entry';

// Follow-ups come due for stories still waiting on an answer. Everything here is computed from stored entries,
// so the background can answer after a restart or after its service worker slept: no reminder state in memory.

const WAITING: ReadonlySet<EntryStatus> = new Set(['new', 'to-contact', 'requested', 'no-response']);

export function isFollowUpDue(entry: Pick<LogEntry, 'followUpAt' | 'status' | 'deletedAt'>, now: Date): boolean {
  if (entry.deletedAt !== null || entry.followUpAt === null || !WAITING.has(entry.status)) return false;
  return Date.parse(entry.followUpAt) <= now.getTime();
}

export function dueFollowUps(entries: readonly LogEntry[], now: Date): LogEntry[] {
  return entries.filter((entry) => isFollowUpDue(entry, now));
}

// The next moment a follow-up falls due, to schedule the next alarm; null when nothing is pending.
export function nextFollowUpAt(entries: readonly LogEntry[], now: Date): Date | null {
  let next: number | null = null;
  for (const entry of entries) {
    if (entry.deletedAt !== null || entry.followUpAt === null || !WAITING.has(entry.status)) continue;
    const at = Date.parse(entry.followUpAt);
    if (at > now.getTime() && (next === null || at < next)) next = at;
  }
  return next === null ? null : new Date(next);
}

// The toolbar badge holds at most four characters.
export function followUpBadge(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export function followUpNotification(due: readonly LogEntry[]): { title: string; message: string } | null {
  if (due.length === 0) return null;
  const first = due[0]?.record.headline ?? 'an untitled release';
  if (due.length === 1) return { title: 'PressClip: follow-up due', message: `Follow up on "${first}".` };
  return { title: `PressClip: ${due.length} follow-ups due`, message: `Including "${first}".` };
}
