// A calendar day ("2026-11-12") in the reader's locale ("12 Nov 2026", "Nov 12, 2026"). A day has no zone, so it
// is read and shown as UTC; text that is not a day stays as it is.

const formatters = new Map<string, Intl.DateTimeFormat>();

export function localDay(day: string, locale?: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const key = locale ?? '';
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format.format(date);
}
