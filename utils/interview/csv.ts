import type { LogEntry } from '../schema/entry';

// The log as CSV for a spreadsheet (RFC 4180: CRLF rows, fields quoted when they hold a comma, quote or line break,
// quotes doubled). Every field of a press release is page-derived, so a cell that a spreadsheet would run as a
// formula (starting with = + - @, or a tab/CR that some programs strip first) gets a leading apostrophe
// (OWASP "CSV injection").

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csvRow(values: ReadonlyArray<string | number | null | undefined>): string {
  return values.map(csvCell).join(',');
}

export const LOG_CSV_COLUMNS = [
  'id',
  'status',
  'priority',
  'headline',
  'issuer',
  'release date',
  'dateline',
  'language',
  'embargo until',
  'deadline',
  'follow-up at',
  'tags',
  'contacts',
  'summary',
  'notes',
  'url',
  'canonical url',
  'created',
  'updated',
] as const;

function contactsCell(entry: LogEntry): string {
  return entry.record.contacts
    .map((c) => [c.name, c.role, c.organization, ...c.emails, ...c.phones].filter(Boolean).join(', '))
    .join(' | ');
}

export function entryToCsvRow(entry: LogEntry): string {
  const r = entry.record;
  return csvRow([
    entry.id,
    entry.status,
    entry.priority,
    r.headline,
    r.issuer,
    r.releaseDate,
    r.datelinePlace,
    r.language,
    r.embargo?.until ?? r.embargo?.text ?? null,
    entry.deadline,
    entry.followUpAt,
    entry.tags.join('; '),
    contactsCell(entry),
    r.summary,
    entry.notes,
    r.url,
    r.canonicalUrl,
    entry.createdAt,
    entry.updatedAt,
  ]);
}

export function logToCsv(entries: readonly LogEntry[]): string {
  const rows = [csvRow([...LOG_CSV_COLUMNS]), ...entries.map(entryToCsvRow)];
  return rows.join('\r\n') + '\r\n';
}
