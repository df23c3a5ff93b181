import { describe, expect, it } from 'vitest';
import { restoreRevision } from '../../../utils/sync/restore-revision';
import { sampleEntry } from './sample-entry';

const old = sampleEntry();
const { record, status, priority, deadline, followUpAt, tags, notes } = old;
const revision = {
  savedAt: '2026-03-04T10:00:00.000Z',
  reason: 'Lost a sync merge',
  fields: { record, status, priority, deadline, followUpAt, tags, notes },
  updatedAt: old.updatedAt,
};
const current = sampleEntry({
  record: { ...old.record, headline: 'Edited elsewhere' },
  status: 'requested',
  updatedAt: '2026-03-04T10:00:00.000Z',
  revisions: [revision],
});

describe('restoreRevision', () => {
  it('brings the revision back and keeps the replaced version as a revision (lossless)', () => {
    const result = restoreRevision(current, revision.updatedAt, revision.savedAt, new Date('2026-03-05T08:00:00Z'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry.record.headline).toBe('Acme opens plant in Leipzig');
    expect(result.entry.status).toBe('new');
    expect(result.entry.updatedAt).toBe('2026-03-05T08:00:00.000Z');
    expect(result.entry.history.at(-1)).toEqual({ at: '2026-03-05T08:00:00.000Z', from: 'requested', to: 'new', override: null });
    const kept = result.entry.revisions.at(-1)!;
    expect(kept.fields.record.headline).toBe('Edited elsewhere');
    expect(kept.updatedAt).toBe(current.updatedAt);
    // Restoring the kept version undoes the restore.
    const back = restoreRevision(result.entry, kept.updatedAt, kept.savedAt, new Date('2026-03-05T08:01:00Z'));
    expect(back.ok && back.entry.record.headline).toBe('Edited elsewhere');
  });

  it('refuses a revision that is not there, and a deleted entry', () => {
    expect(restoreRevision(current, 'nope', revision.savedAt, new Date()).ok).toBe(false);
    const deleted = { ...current, deletedAt: '2026-03-05T00:00:00.000Z' };
    expect(restoreRevision(deleted, revision.updatedAt, revision.savedAt, new Date())).toEqual({ ok: false, reason: 'This entry was deleted.' });
  });
});
