import type { PressRelease } from '../schema/record';

// An embargoed release may not be published before its time. The log shows a countdown and refuses "filed"
// until it lifts (the journalist can override; see workflow.ts).

export type EmbargoState =
  | { kind: 'none' }
  // `until` is null when the page announced an embargo but named no time we could read: treated as active,
  // because guessing "lifted" is the expensive mistake.
  | { kind: 'active'; until: Date | null; remainingMs: number | null; text: string }
  | { kind: 'lifted'; until: Date; text: string };

export function embargoState(record: Pick<PressRelease, 'embargo'>, now: Date): EmbargoState {
  const embargo = record.embargo;
  if (!embargo) return { kind: 'none' };
  if (embargo.until === null) return { kind: 'active', until: null, remainingMs: null, text: embargo.text };
  const until = new Date(embargo.until);
  if (Number.isNaN(until.getTime())) return { kind: 'active', until: null, remainingMs: null, text: embargo.text };
  const remainingMs = until.getTime() - now.getTime();
  return remainingMs > 0 ? { kind: 'active', until, remainingMs, text: embargo.text } : { kind: 'lifted', until, text: embargo.text };
}

export function isUnderEmbargo(record: Pick<PressRelease, 'embargo'>, now: Date): boolean {
  return embargoState(record, now).kind === 'active';
}

// "2d 03h 15m", "3h 05m", "4m 09s": coarse enough to read at a glance, fine enough near the end.
export function formatCountdown(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(totalSeconds / 86400);
  const hours = Math.floor((totalSeconds % 86400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (days > 0) return `${days}d ${two(hours)}h ${two(minutes)}m`;
  if (hours > 0) return `${hours}h ${two(minutes)}m`;
  return `${minutes}m ${two(seconds)}s`;
}

export function embargoLabel(state: EmbargoState): string {
  switch (state.kind) {
    case 'none':
      return '';
    case 'lifted':
      return 'Embargo lifted';
    case 'active':
      return state.remainingMs === null ? 'Embargoed (time unknown)' : `Embargoed: ${formatCountdown(state.remainingMs)}`;
  }
}
