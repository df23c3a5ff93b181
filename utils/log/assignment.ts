import type { AssignmentEvent, LogEntry } from '../schema/entry';
import { compareInstants } from '../sync/instants';
import { stableStringify } from '../sync/stable-json';
import { nextInstant } from './timestamps';

// Who holds an entry on a shared desk. "Claim" is a journalist taking the entry themselves ("Anna is contacting
// this press officer since 10:14"), "Assign to…" hands it to a colleague, "Release" gives it back to the desk.
// Each is an event appended to `entry.assignments`; the holder is the latest event. Two browsers' lists merge as a
// union (utils/sync/merge-entry.ts), so every browser ends with the same holder whatever order they sync in, and
// a claim made before a colleague's claim reached this browser stays in the list as a rival, shown to both.

export const MAX_ASSIGNMENTS = 200;

export type HoldAction = { kind: 'claim' } | { kind: 'assign'; to: string } | { kind: 'release' };
export type HoldResult = { ok: true; entry: LogEntry; changed: boolean } | { ok: false; reason: string };
export type HolderFilter = 'mine' | 'unassigned' | 'everyone';

// The order merge-entry's union keeps: by instant, then by text, so both sides agree on "the latest".
export function compareEvents(a: AssignmentEvent, b: AssignmentEvent): number {
  const byAt = compareInstants(a.at, b.at);
  if (byAt !== 0) return byAt;
  const ta = stableStringify(a);
  const tb = stableStringify(b);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

export function currentAssignment(entry: LogEntry): AssignmentEvent | null {
  let latest: AssignmentEvent | null = null;
  for (const event of entry.assignments ?? []) if (latest === null || compareEvents(event, latest) > 0) latest = event;
  return latest;
}

export function holderOf(entry: LogEntry): string | null {
  return currentAssignment(entry)?.to ?? null;
}

// A claim is an assignment to oneself: the journalist is working on it now.
export function isClaim(event: AssignmentEvent): boolean {
  return event.to !== null && event.to === event.by;
}

// Claims by someone else made from the same view as the current claim: neither author knew of the other's.
export function rivalClaims(entry: LogEntry): AssignmentEvent[] {
  const current = currentAssignment(entry);
  if (!current || !isClaim(current)) return [];
  return (entry.assignments ?? []).filter((event) => event !== current && event.seen === current.seen && isClaim(event) && event.to !== current.to);
}

export function matchesHolder(entry: LogEntry, filter: HolderFilter, me: string | null): boolean {
  if (filter === 'everyone') return true;
  const holder = holderOf(entry);
  return filter === 'unassigned' ? holder === null : me !== null && holder === me;
}

export function describeHolder(entry: LogEntry, formatTime: (iso: string) => string): string {
  const current = currentAssignment(entry);
  if (!current || current.to === null) {
    return current ? `Nobody holds this entry (released by ${current.by}, ${formatTime(current.at)}).` : 'Nobody holds this entry.';
  }
  return isClaim(current)
    ? `${current.to} is contacting this press officer since ${formatTime(current.at)}.`
    : `Assigned to ${current.to} by ${current.by}, ${formatTime(current.at)}.`;
}

// Everyone the log shows working on the desk (holders, assigners, authors), for "Assign to…": sorted, distinct.
export function deskNames(entries: Iterable<LogEntry>): string[] {
  const names = new Set<string>();
  for (const entry of entries) {
    if (entry.changedBy) names.add(entry.changedBy);
    for (const event of entry.assignments ?? []) {
      names.add(event.by);
      if (event.to !== null) names.add(event.to);
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

// For the table's flags column.
export function holderLabel(entry: LogEntry): string | null {
  const current = currentAssignment(entry);
  if (!current || current.to === null) return null;
  return `${isClaim(current) ? 'Claimed' : 'Assigned'}: ${current.to}${rivalClaims(entry).length > 0 ? ' (contested)' : ''}`;
}

function target(action: HoldAction, me: string): string | null {
  if (action.kind === 'claim') return me;
  if (action.kind === 'assign') return action.to.trim();
  return null;
}

// `expectedAt`: the `at` of the event the journalist saw when they clicked (null: nobody held it). When the holder
// changed since, or a colleague is contacting the press officer now, the action is refused with what changed, so
// the page can ask "claim anyway?" and send it again with `force`.
export function applyHold(
  entry: LogEntry,
  action: HoldAction,
  me: string | null,
  now: Date,
  options: { expectedAt?: string | null; force?: boolean } = {},
): HoldResult {
  if (entry.deletedAt !== null) return { ok: false, reason: 'This entry was deleted.' };
  if (me === null) return { ok: false, reason: 'Set your name in Settings first: the desk needs to know who holds an entry.' };
  const to = target(action, me);
  if (to === '') return { ok: false, reason: 'Name the colleague to assign it to.' };
  if (to !== null && to.length > 200) return { ok: false, reason: 'That name is too long (200 characters at most).' };
  const current = currentAssignment(entry);
  const unchanged = action.kind === 'release' ? (current?.to ?? null) === null : current !== null && current.to === to && isClaim(current) === (to === me);
  if (unchanged) return { ok: true, entry, changed: false };
  const someoneContacting = current !== null && isClaim(current) && current.to !== me;
  const movedOn = options.expectedAt !== undefined && (current?.at ?? null) !== options.expectedAt;
  if ((someoneContacting || movedOn) && !options.force) {
    // The background has no local time zone to speak of; the page words it again from the entry in its own.
    return { ok: false, reason: describeHolder(entry, (iso) => `${iso.replace('T', ' ').slice(0, 16)} UTC`) };
  }
  const list = entry.assignments ?? [];
  const latestAt = list.reduce<string | null>((latest, event) => (latest === null || compareInstants(event.at, latest) > 0 ? event.at : latest), null);
  // Later than every event already known, whatever this machine's clock says, so a release after a colleague's
  // claim (stamped by a clock a little ahead) still wins the merge.
  const event: AssignmentEvent = { to, by: me, at: nextInstant(now, latestAt), seen: current?.at ?? null };
  return { ok: true, entry: { ...entry, assignments: [...list, event].slice(-MAX_ASSIGNMENTS) }, changed: true };
}
