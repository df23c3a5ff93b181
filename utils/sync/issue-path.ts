import type { z } from 'zod';

// "contacts[0].emails[1] is not an email": a zod issue path in the notation a person reads in the
// file, with the message rewritten from zod's wording where zod's is unclear.

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const name = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_format') {
    const format = issue.format === 'email' ? 'an email' : issue.format === 'datetime' ? 'a date-time with offset' : issue.format === 'date' ? 'a date (YYYY-MM-DD)' : `a valid ${issue.format}`;
    return `is not ${format}`;
  }
  if (issue.code === 'invalid_type') return `should be ${issue.expected}`;
  if (issue.code === 'too_big') return `is too big (at most ${String(issue.maximum)})`;
  if (issue.code === 'too_small') return `is too small (at least ${String(issue.minimum)})`;
  if (issue.code === 'invalid_value') return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  return where ? `${where} ${describe(issue)}` : describe(issue);
}

// The first few issues of one failed parse, as one line.
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 3): string {
  const shown = issues.slice(0, max).map(describeIssue);
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return shown.join('; ') + more;
}
