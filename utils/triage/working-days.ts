// Follow-up dates count working days: a request sent on Friday with a 2-day follow-up comes due on Tuesday,
// not on Sunday when nobody in a press office reads mail. Dates are the journalist's local calendar days;
// the time of day is kept.

export interface WorkingDayOptions {
  // Days of the week that are not worked, 0 = Sunday (default Saturday and Sunday).
  weekend?: readonly number[];
  // Local calendar dates ("2026-12-25") that are not worked.
  holidays?: readonly string[];
}

export function localIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function isWorkingDay(date: Date, options: WorkingDayOptions = {}): boolean {
  const weekend = options.weekend ?? [0, 6];
  if (weekend.includes(date.getDay())) return false;
  return !(options.holidays ?? []).includes(localIsoDate(date));
}

export function addWorkingDays(from: Date, days: number, options: WorkingDayOptions = {}): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number ≥ 0, got ${days}.`);
  const weekend = options.weekend ?? [0, 6];
  if (weekend.length >= 7) throw new RangeError('At least one day of the week must be a working day.');
  const result = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    // setDate keeps the local time of day across daylight-saving changes.
    result.setDate(result.getDate() + 1);
    if (isWorkingDay(result, options)) left -= 1;
  }
  return result;
}

export function addCalendarDays(from: Date, days: number): Date {
  const result = new Date(from.getTime());
  result.setDate(result.getDate() + days);
  return result;
}
