import type { LogEntry } from '../../../utils/schema/entry';
import type { LogExport } from '../../../utils/schema/log-export';
import { sampleEntry } from '../sync/sample-entry';

// The log documents the kill soak writes, one per version number. Both the bundled writer and the
// test build them from here, so the test can compare the file on disk byte for byte with the
// version it claims to be. Every entry carries the version too, so a file stitched together from
// two versions (or cut short) cannot pass as either. Only type imports from the schema: zod would
// add tens of milliseconds to every start of the bundled writer.

export const SOAK_ENTRIES = 120;

function soakEntry(version: number, i: number): LogEntry {
  const at = new Date(Date.UTC(2026, 2, 3, 9, 0, 0) + version * 1000).toISOString();
  return sampleEntry({
    id: `soak-${i}`,
    notes: `version ${version} of entry ${i}: called the press office, waiting for the plant manager. ${'n'.repeat(200)}`,
    tags: ['soak', `v${version}`],
    updatedAt: at,
    record: { ...sampleEntry().record, url: `https://wire.example/soak/${i}`, headline: `Release ${i} as of version ${version}` },
  });
}

export function soakDoc(version: number, entries = SOAK_ENTRIES): LogExport {
  const list = Array.from({ length: entries }, (_, i) => soakEntry(version, i));
  return {
    format: 'pressclip-log',
    version: 1,
    exportedAt: '2026-03-03T09:00:00.000Z',
    entries: list,
    companion: { seq: version, entrySeq: list.map((e) => [e.id, version]), appliedChangeIds: [`soak-change-${version}`] },
  };
}
