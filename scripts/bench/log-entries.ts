import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION, type LogExport } from '../../utils/schema/log-export';
import { ENTRY_SCHEMA_VERSION, ENTRY_STATUSES, PRIORITIES, type LogEntry } from '../../utils/schema/entry';

// Deterministic synthetic log entries of roughly real size (headline, summary, two contacts, notes, history),
// as an export document the extension's own JSON import reads.

const SYLLABLES = 'ka lo mi ren tas vor pel din qua sol bre tum ash gor fen lix'.split(' ');

function word(n: number): string {
  return SYLLABLES[n % 16]! + SYLLABLES[(n >> 4) % 16]! + SYLLABLES[(n >> 8) % 16]!;
}

function phrase(seed: number, length: number): string {
  return Array.from({ length }, (_, i) => word((seed * 2654435761 + i * 40503) >>> 12)).join(' ');
}

export function syntheticEntry(i: number): LogEntry {
  const at = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString();
  const issuer = `${word(i)} ${['Corp', 'GmbH', 'SA', 'Group', 'Ltd'][i % 5]} ${i % 1500}`;
  // Statuses the workflow lets a journalist change freely (no embargo override needed for these).
  const status = ENTRY_STATUSES[i % 4]!;
  return {
    schemaVersion: ENTRY_SCHEMA_VERSION,
    id: `import-bench-${i}`,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    record: {
      isPressRelease: true,
      confidence: 0.9,
      signals: ['Synthetic'],
      url: `https://newsroom.example/releases/${i}`,
      canonicalUrl: null,
      language: 'en',
      headline: `${issuer} ${phrase(i, 9)}`,
      issuer,
      releaseDate: at.slice(0, 10),
      datelinePlace: 'Utrecht, Netherlands',
      embargo: null,
      summary: `${phrase(i + 1, 24)}. ${phrase(i + 2, 18)}.`,
      contacts: [
        { name: `Person ${i}`, role: 'Press officer', organization: issuer, emails: [`press${i}@newsroom.example`], phones: ['+31301234567'] },
        { name: `Other ${i}`, role: null, organization: null, emails: [`media${i}@newsroom.example`], phones: [] },
      ],
    },
    status,
    priority: PRIORITIES[i % 4]!,
    deadline: i % 3 === 0 ? at.slice(0, 10) : null,
    followUpAt: null,
    tags: [SYLLABLES[i % 16]!, SYLLABLES[(i >> 4) % 16]!],
    notes: phrase(i + 3, 12),
    history: [{ at, from: null, to: status, override: null }],
    requests: [],
    revisions: [],
  };
}

export function exportDocument(from: number, count: number): string {
  const doc: LogExport = {
    format: LOG_EXPORT_FORMAT,
    version: LOG_EXPORT_VERSION,
    exportedAt: new Date('2026-06-01T00:00:00Z').toISOString(),
    entries: Array.from({ length: count }, (_, k) => syntheticEntry(from + k)),
  };
  return JSON.stringify(doc);
}
