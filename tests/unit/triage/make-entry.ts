import { buildNewEntry } from '../../../utils/log/new-entry';
import type { LogEntry } from '../../../utils/schema/entry';
import type { PressRelease } from '../../../utils/schema/record';

// A valid log entry for tests, with just the fields a test cares about overridden.
export function makeRecord(overrides: Partial<PressRelease> = {}): PressRelease {
  return {
    isPressRelease: true,
    confidence: 0.9,
    signals: [],
    url: 'https://newsroom.example.com/releases/acme-opens-plant',
    canonicalUrl: null,
    language: 'en',
    headline: 'Acme opens a new battery plant in Leipzig',
    issuer: 'Acme Corp',
    releaseDate: '2026-03-03',
    datelinePlace: 'Leipzig, Germany',
    embargo: null,
    summary: 'Acme Corp today opened a battery plant in Leipzig that will employ 800 people by 2028.',
    contacts: [
      { name: 'Jana Novak', role: 'Head of Media Relations', organization: 'Acme Corp', emails: ['press@acme.example'], phones: ['+4934112345678'] },
    ],
    ...overrides,
  };
}

export function makeEntry(
  id: string,
  overrides: Partial<Omit<LogEntry, 'record'>> & { record?: Partial<PressRelease> } = {},
  created = '2026-03-01T09:00:00.000Z',
): LogEntry {
  const { record, ...rest } = overrides;
  const base = buildNewEntry({ record: makeRecord(record) }, id, created);
  return { ...base, ...rest };
}
