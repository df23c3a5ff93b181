import type { z } from 'zod';
import { StoredBodySchema, type StoredBody } from '../body/schema';
import { describeIssues, formatPath } from './issue-path';

// One kept release text from outside this browser (an import file, the companion's answer, a colleague's desk
// document), checked against the body schema: the stored-HTML grammar (the allowlist DOMPurify applies where
// there is a DOM; a service worker has none) and the caps. A refusal says why in the schema's own words
// ("The release text is over the cap of 200000 characters of HTML."), which say more than zod's generic ones.

export type BodyCheck = { ok: true; body: StoredBody } | { ok: false; id: string | null; reason: string };

function idOf(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : null;
  return typeof id === 'string' ? id.slice(0, 100) : null;
}

// The body schema's message for a refused html or text (a cap, the grammar), else zod's description.
export function bodyRefusalReason(issues: readonly z.core.$ZodIssue[]): string {
  const own = issues.find((issue) => {
    const field = issue.path[issue.path.length - 1];
    return (field === 'html' || field === 'text') && (issue.code === 'custom' || issue.code === 'too_big');
  });
  return own ? own.message : describeIssues(issues);
}

// "changes[3].body: The release text was refused: it holds a <script> element, …": for a push the companion refuses.
export function describeBodyIssues(issues: readonly z.core.$ZodIssue[]): string | null {
  const issue = issues.find((item) => item.path.includes('body'));
  if (!issue) return null;
  const at = issue.path.indexOf('body');
  return `${formatPath(issue.path.slice(0, at + 1))}: ${bodyRefusalReason([issue])}`;
}

export function checkStoredBody(raw: unknown): BodyCheck {
  const parsed = StoredBodySchema.safeParse(raw);
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, id: idOf(raw), reason: bodyRefusalReason(parsed.error.issues) };
}
