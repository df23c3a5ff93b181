import type { LogEntry } from '../schema/entry';
import { nextInstant } from '../log/timestamps';
import { withRevision } from '../log/upsert';

// "Restore" on a revision (a version that lost a sync merge, was overwritten by a concurrent edit or
// replaced by a re-clip). Lossless: the version being replaced becomes a revision itself, so restoring
// the wrong one can be undone the same way. A status change by restoring is recorded in the history.

export type RestoreResult = { ok: true; entry: LogEntry } | { ok: false; reason: string };

export function restoreRevision(entry: LogEntry, revisionUpdatedAt: string, revisionSavedAt: string, now: Date): RestoreResult {
  if (entry.deletedAt !== null) return { ok: false, reason: 'This entry was deleted.' };
  const revision = entry.revisions.find((r) => r.updatedAt === revisionUpdatedAt && r.savedAt === revisionSavedAt);
  if (!revision) return { ok: false, reason: 'That revision is no longer in this entry (it may have changed meanwhile).' };
  const at = nextInstant(now, entry.updatedAt);
  const reason = `Before restoring the version of ${revision.updatedAt}`;
  const history =
    revision.fields.status === entry.status
      ? entry.history
      : [...entry.history, { at, from: entry.status, to: revision.fields.status, override: null }];
  return {
    ok: true,
    entry: { ...entry, ...revision.fields, updatedAt: at, history, revisions: withRevision(entry, reason, at) },
  };
}
