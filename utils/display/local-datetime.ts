// An embargo instant ("2026-03-03T00:01:00-05:00") edited as a date and time in the journalist's own zone,
// through <input type="datetime-local">, and turned back into an instant with that zone's offset.

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

// "2026-03-03T06:01" for an instant, in the zone this code runs in; '' for text that is not a date.
export function instantToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// The datetime-local value back to an ISO instant with the local offset; null when empty or unreadable.
export function localInputToInstant(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const date = new Date(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s!);
  if (Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${instantToLocalInput(date.toISOString())}:${pad(date.getSeconds())}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

// "Europe/Berlin": the zone named next to the input, so nobody guesses whose midnight it is.
export function localZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'local time';
}
