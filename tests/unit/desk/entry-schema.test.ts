import { describe, expect, it } from 'vitest';
import { LogEntrySchema } from '../../../utils/schema/entry';
import { LogExportSchema } from '../../../utils/schema/log-export';
import { stableStringify } from '../../../utils/sync/stable-json';
import { contentHash, versionTag } from '../../../utils/sync/version-tag';
import { mergeEntry, normalizeLists } from '../../../utils/sync/merge-entry';
import { sampleEntry } from '../sync/sample-entry';

// The desk's fields (changedBy, assignments, `by` on history, requests and revisions) are optional: entries and
// exports from before the newsroom desk read as they are and stay byte-identical through the store and sync.

const before = sampleEntry({
  requests: [{ at: '2026-03-03T09:30:00.000Z', contactName: 'Jane Doe', email: 'press@acme.example', subject: 'S', body: 'B', handler: 'mailto', kind: 'request' }],
});

describe('the entry schema with the desk fields', () => {
  it('an entry from before the desk is valid and unchanged by parsing, merging with itself and normalising', () => {
    const parsed = LogEntrySchema.parse(JSON.parse(JSON.stringify(before)));
    expect(stableStringify(parsed)).toBe(stableStringify(before));
    expect('changedBy' in parsed || 'assignments' in parsed).toBe(false);
    expect(mergeEntry(parsed, before).entry).toBe(parsed);
    expect(stableStringify(normalizeLists(parsed))).toBe(stableStringify(before));
  });

  it('a version-2 export written before the desk imports as it is', () => {
    const file = { format: 'pressclip-log', version: 2, exportedAt: '2026-03-03T12:00:00.000Z', entries: [before] };
    const parsed = LogExportSchema.parse(JSON.parse(JSON.stringify(file)));
    expect(stableStringify(parsed)).toBe(stableStringify(file));
  });

  it('the desk fields are read, and their version tag is the same as without them', () => {
    const desk = {
      ...before,
      changedBy: 'Anna',
      history: [{ ...before.history[0]!, by: 'Anna' }],
      assignments: [{ to: 'Anna', by: 'Anna', at: '2026-03-03T10:14:00.000Z', seen: null }],
    };
    expect(LogEntrySchema.parse(desk)).toEqual(desk);
    expect(versionTag(LogEntrySchema.parse(desk))).toBe(versionTag(before));
    // But the content differs, so sync sends a claim.
    expect(contentHash(desk)).not.toBe(contentHash(before));
  });

  it('refuses malformed desk fields (a broken or hostile document is skipped, not written)', () => {
    const bad = [
      { ...before, changedBy: '' },
      { ...before, changedBy: 'x'.repeat(201) },
      { ...before, assignments: [{ to: 'Anna', by: 'Anna', at: 'yesterday', seen: null }] },
      { ...before, assignments: [{ to: 'Anna', at: '2026-03-03T10:14:00.000Z', seen: null }] },
      { ...before, assignments: Array.from({ length: 201 }, () => ({ to: null, by: 'A', at: '2026-03-03T10:14:00.000Z', seen: null })) },
    ];
    for (const entry of bad) expect(LogEntrySchema.safeParse(entry).success).toBe(false);
  });
});
