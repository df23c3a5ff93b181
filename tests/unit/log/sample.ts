import type { EntryFields } from '../../../utils/schema/entry';
import type { PressRelease } from '../../../utils/schema/record';

// A small, valid record for log tests; override what a test is about.
export function sampleRecord(overrides: Partial<PressRelease> = {}): PressRelease {
  return {
    isPressRelease: true,
    confidence: 0.9,
    signals: ['Dateline with a wire-service tag'],
    url: 'https://wire.example/news/acme-opens-plant',
    canonicalUrl: null,
    language: 'en',
    headline: 'Acme opens a plant in Leipzig',
    issuer: 'Acme Corp.',
    releaseDate: '2026-03-03',
    datelinePlace: 'LEIPZIG, Germany',
    embargo: null,
    summary: 'Acme opened a plant.',
    contacts: [{ name: 'Jane Roe', role: 'Press officer', organization: 'Acme', emails: ['press@acme.example'], phones: [] }],
    ...overrides,
  };
}

export function sampleFields(overrides: Partial<PressRelease> = {}, rest: Partial<EntryFields> = {}): EntryFields {
  return {
    record: sampleRecord(overrides),
    status: 'new',
    priority: 'normal',
    deadline: null,
    followUpAt: null,
    tags: [],
    notes: '',
    ...rest,
  };
}
