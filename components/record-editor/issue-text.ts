import type { z } from 'zod';

// Turns zod's issues into what a journalist reads next to a field: "contacts[0].emails[1] is not an email".

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

type Issue = z.core.$ZodIssue;

export function describeIssue(issue: Issue): string {
  const where = formatPath(issue.path) || 'The record';
  if (issue.code === 'invalid_format') {
    if (issue.format === 'email') return `${where} is not an email`;
    if (issue.format === 'date') return `${where} is not a date (YYYY-MM-DD)`;
    if (issue.format === 'datetime') return `${where} is not a date and time with offset (2026-03-03T00:01:00-05:00)`;
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'string') return `${where} is too long (at most ${String(issue.maximum)} characters)`;
    if (issue.origin === 'array') return `${where} has too many items (at most ${String(issue.maximum)})`;
  }
  return `${where}: ${issue.message}`;
}

// The closest field on screen for an issue: "contacts[0].emails[1]" is shown at "contacts[0].emails"
// when emails are edited in one box, one per line.
export function nearestPath(path: readonly PropertyKey[], hasField: (path: string) => boolean): string | null {
  for (let n = path.length; n > 0; n--) {
    const candidate = formatPath(path.slice(0, n));
    if (hasField(candidate)) return candidate;
  }
  return null;
}
