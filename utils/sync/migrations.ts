import { z } from 'zod';
import { PressReleaseSchema } from '../schema/record';

// Every older export format PressClip ever wrote, as one step each to the next version.
// Adding version 2 is a change to this file only: append { from: 1, to: 2, ... } (with the v1 entry
// shape it reads, written out here, so the old shape stays pinned when the schema moves on).
// The runner (migrate-document.ts) walks the chain; a test checks it ends at LOG_EXPORT_VERSION.

export type EntryStep = { ok: true; value: unknown } | { ok: false; issues: z.core.$ZodIssue[] };

export interface MigrationStep {
  from: number;
  to: number;
  // Document-level fields other than `entries` (which are migrated one by one).
  document(doc: Readonly<Record<string, unknown>>): Record<string, unknown>;
  entry(raw: unknown): EntryStep;
}

// Version 0: the log before triage existed. One timestamp, four statuses, notes; no priority,
// deadlines, history, requests, tombstones or revisions, and no exportedAt on the document.
// {"format":"pressclip-log","version":0,"entries":[{"id":"a1","savedAt":"2025-11-02T09:14:00Z",
//   "record":{...},"status":"contacted","notes":"Called press office"}]}
const V0_STATUS_TO_V1 = {
  new: 'new',
  contacted: 'requested',
  done: 'filed',
  ignored: 'not-pursuing',
} as const;

const V0Entry = z.object({
  id: z.string().min(1).max(100),
  savedAt: z.iso.datetime({ offset: true }),
  record: PressReleaseSchema,
  status: z.enum(['new', 'contacted', 'done', 'ignored']),
  notes: z.string().max(100000).default(''),
});

const v0ToV1: MigrationStep = {
  from: 0,
  to: 1,
  document: (doc) => ({ ...doc, exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt : '1970-01-01T00:00:00.000Z' }),
  entry(raw) {
    const old = V0Entry.safeParse(raw);
    if (!old.success) return { ok: false, issues: old.error.issues };
    const { id, savedAt, record, status, notes } = old.data;
    const to = V0_STATUS_TO_V1[status];
    return {
      ok: true,
      value: {
        schemaVersion: 1,
        id,
        record,
        status: to,
        priority: 'normal',
        deadline: null,
        followUpAt: null,
        tags: [],
        notes,
        createdAt: savedAt,
        updatedAt: savedAt,
        deletedAt: null,
        // v0 kept only the current status; record it as where the history starts.
        history: [{ at: savedAt, from: null, to, override: null }],
        requests: [],
        revisions: [],
      },
    };
  },
};

// Version 1 → 2: entries gained `source` (where the release came from). A version-1 entry has none and came from
// a web page; absent means exactly that, so it is carried over unchanged (adding "page" would make every
// re-imported entry differ from its stored copy). Its own shape is still checked, so a v1 file claiming a
// source is refused rather than trusted.
const v1ToV2: MigrationStep = {
  from: 1,
  to: 2,
  document: (doc) => doc,
  entry(raw) {
    if (typeof raw === 'object' && raw !== null && 'source' in raw) {
      return { ok: false, issues: [{ code: 'custom', path: ['source'], message: 'a version-1 entry has no source', input: raw }] };
    }
    return { ok: true, value: raw };
  },
};

export const MIGRATIONS: readonly MigrationStep[] = [v0ToV1, v1ToV2];
