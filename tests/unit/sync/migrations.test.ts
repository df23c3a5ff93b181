import { describe, expect, it } from 'vitest';
import { LOG_EXPORT_VERSION } from '../../../utils/schema/log-export';
import { previewImport } from '../../../utils/sync/import-preview';
import { migrationChain } from '../../../utils/sync/migrate-document';
import { MIGRATIONS } from '../../../utils/sync/migrations';
import { sampleEntry } from './sample-entry';

// A file as PressClip wrote it before triage existed (version 0).
const record = sampleEntry().record;
const v0File = {
  format: 'pressclip-log',
  version: 0,
  entries: [
    { id: 'a1', savedAt: '2025-11-02T09:14:00Z', record, status: 'contacted', notes: 'Called press office' },
    { id: 'a2', savedAt: '2025-11-03T16:40:00+01:00', record: { ...record, url: 'https://x.example/2' }, status: 'ignored' },
    { id: 'a3', savedAt: 'last Tuesday', record, status: 'new', notes: '' },
  ],
};

describe('migrations', () => {
  it('form one chain from every older version to the current one', () => {
    for (let version = 0; version < LOG_EXPORT_VERSION; version++) expect(migrationChain(version)).not.toBeNull();
    expect(migrationChain(LOG_EXPORT_VERSION)).toEqual([]);
    expect(new Set(MIGRATIONS.map((m) => m.from)).size).toBe(MIGRATIONS.length);
  });

  it('bring a version-0 file to the current shape, with its statuses mapped', () => {
    const preview = previewImport(JSON.stringify(v0File), []);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.fromVersion).toBe(0);
    expect(preview.counts).toMatchObject({ new: 2, invalid: 1 });
    expect(preview.invalid).toEqual([{ index: 2, id: 'a3', reason: 'entry 2 (version 0): savedAt is not a date-time with offset' }]);
    const a1 = preview.toWrite.find((e) => e.id === 'a1')!;
    expect(a1).toMatchObject({
      schemaVersion: 1,
      status: 'requested',
      notes: 'Called press office',
      priority: 'normal',
      createdAt: '2025-11-02T09:14:00Z',
      updatedAt: '2025-11-02T09:14:00Z',
      deletedAt: null,
      history: [{ at: '2025-11-02T09:14:00Z', from: null, to: 'requested', override: null }],
      requests: [],
      revisions: [],
    });
    expect(preview.toWrite.find((e) => e.id === 'a2')).toMatchObject({ status: 'not-pursuing', notes: '' });
  });

  it('refuse a version-0 entry that uses a status v0 never had', () => {
    const file = { ...v0File, entries: [{ ...v0File.entries[0], status: 'filed' }] };
    const preview = previewImport(JSON.stringify(file), []);
    expect(preview.ok && preview.invalid[0]!.reason).toMatch(/^entry 0 \(version 0\): status should be one of "new", "contacted"/);
  });
});
