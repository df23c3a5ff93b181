import fc from 'fast-check';
import { ENTRY_STATUSES, PRIORITIES, type LogEntry } from '../../../utils/schema/entry';
import type { PressRelease } from '../../../utils/schema/record';

// Valid log entries drawn from small pools, so that ids, pages and instants collide often enough
// for merges to meet every case (same id, same page, same instant).

export const instantArb = fc
  .integer({ min: 0, max: 40 })
  .map((minutes) => new Date(Date.UTC(2026, 2, 3, 9, minutes)).toISOString());

const textArb = fc.constantFrom('', 'Called twice', 'Ask about Q3 numbers', '<img src=x onerror=alert(1)>', 'Ünïcödé ✓');

export function recordArb(pages: readonly string[]): fc.Arbitrary<PressRelease> {
  return fc.record({
    isPressRelease: fc.constant(true),
    confidence: fc.constantFrom(0.5, 0.9, 1),
    signals: fc.constant(['Dateline with a wire-service tag']),
    url: fc.constantFrom(...pages),
    canonicalUrl: fc.constant(null),
    language: fc.constantFrom('en', 'de', null),
    headline: fc.constantFrom('Acme opens plant', 'Acme eröffnet Werk', null),
    issuer: fc.constantFrom('Acme Corp', null),
    releaseDate: fc.constantFrom('2026-03-03', null),
    datelinePlace: fc.constantFrom('BERLIN', null),
    embargo: fc.constant(null),
    summary: fc.constantFrom('Acme opens a plant.', null),
    contacts: fc.array(
      fc.record({
        name: fc.constantFrom('Jane Doe', null),
        role: fc.constant(null),
        organization: fc.constant(null),
        emails: fc.array(fc.constantFrom('press@acme.example', 'jane@acme.example'), { maxLength: 2 }),
        phones: fc.array(fc.constantFrom('+4930284447430'), { maxLength: 1 }),
      }),
      { maxLength: 2 },
    ),
  });
}

export function entryArb(ids: readonly string[], pages: readonly string[]): fc.Arbitrary<LogEntry> {
  return fc
    .record({
      id: fc.constantFrom(...ids),
      record: recordArb(pages),
      status: fc.constantFrom(...ENTRY_STATUSES),
      priority: fc.constantFrom(...PRIORITIES),
      deadline: fc.constantFrom(null, '2026-03-10'),
      followUpAt: fc.option(instantArb, { nil: null }),
      tags: fc.uniqueArray(fc.constantFrom('energy', 'berlin', 'follow'), { maxLength: 2 }),
      notes: textArb,
      createdAt: instantArb,
      edits: fc.integer({ min: 0, max: 20 }),
      deleted: fc.boolean(),
      history: fc.array(
        fc.record({ at: instantArb, from: fc.constant(null), to: fc.constantFrom(...ENTRY_STATUSES), override: fc.constant(null) }),
        { maxLength: 2 },
      ),
      requests: fc.array(
        fc.record({
          at: instantArb,
          contactName: fc.constantFrom('Jane Doe', null),
          email: fc.constant('press@acme.example'),
          subject: fc.constant('Interview request'),
          body: textArb,
          handler: fc.constantFrom('mailto' as const, 'gmail' as const),
          kind: fc.constantFrom('request' as const, 'follow-up' as const),
        }),
        { maxLength: 2 },
      ),
    })
    .map(({ edits, deleted, createdAt, ...rest }) => {
      const updatedAt = new Date(Date.parse(createdAt) + edits * 60_000).toISOString();
      return {
        ...rest,
        schemaVersion: 1 as const,
        createdAt,
        updatedAt,
        deletedAt: deleted ? updatedAt : null,
        revisions: [],
      };
    });
}

// A log as one browser holds it: unique ids.
export function logArb(ids: readonly string[], pages: readonly string[]): fc.Arbitrary<LogEntry[]> {
  return fc.uniqueArray(entryArb(ids, pages), { selector: (entry) => entry.id, maxLength: ids.length });
}
