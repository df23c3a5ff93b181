import type { LogEntry } from '../../../utils/schema/entry';

// One readable entry for example-based tests; override what the test is about.
export function sampleEntry(overrides: Partial<LogEntry> = {}): LogEntry {
  return {
    record: {
      isPressRelease: true,
      confidence: 0.9,
      signals: ['Dateline with a wire-service tag: /PRNewswire/'],
      url: 'https://www.prnewswire.example/news/acme-opens-plant-301.html',
      canonicalUrl: null,
      language: 'en',
      headline: 'Acme opens plant in Leipzig',
      issuer: 'Acme Corp',
      releaseDate: '2026-03-03',
      datelinePlace: 'LEIPZIG, Germany',
      embargo: null,
      summary: 'Acme opens a battery plant in Leipzig.',
      contacts: [{ name: 'Jane Doe', role: 'Press officer', organization: 'Acme', emails: ['press@acme.example'], phones: ['+4934112345'] }],
    },
    status: 'new',
    priority: 'normal',
    deadline: null,
    followUpAt: null,
    tags: [],
    notes: '',
    schemaVersion: 1,
    id: 'e-1',
    createdAt: '2026-03-03T09:00:00.000Z',
    updatedAt: '2026-03-03T09:00:00.000Z',
    deletedAt: null,
    history: [{ at: '2026-03-03T09:00:00.000Z', from: null, to: 'new', override: null }],
    requests: [],
    revisions: [],
    ...overrides,
  };
}
