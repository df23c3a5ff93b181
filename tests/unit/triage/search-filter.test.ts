import { describe, expect, it } from 'vitest';
import { facetValues, filterEntries, filtersAnything, mergeSorted, sortedPosition, sortEntries, type SortOrder } from '../../../utils/triage/filter';
import { makeEntry } from './make-entry';

const entries = [
  makeEntry('a', { notes: 'Call back after the board meeting', tags: ['energy'], priority: 'high', deadline: '2026-03-05' }),
  makeEntry('b', {
    status: 'requested',
    priority: 'low',
    record: {
      headline: 'Müller GmbH stellt neues Werk vor',
      issuer: 'Müller GmbH',
      language: 'de-DE',
      releaseDate: '2026-02-01',
      summary: 'Die Müller GmbH eröffnet ein Werk.',
      contacts: [{ name: 'Eva Schulz', role: null, organization: null, emails: ['eva.schulz@mueller.example'], phones: [] }],
    },
  }),
  makeEntry('c', {
    status: 'filed',
    priority: 'urgent',
    deadline: '2026-03-04',
    record: { headline: '新しい工場を開設', issuer: 'Acme Corp', language: 'ja', releaseDate: '2026-03-10', summary: null, contacts: [] },
  }),
];

describe('filters and sorting', () => {
  const now = new Date('2026-03-02T12:00:00Z');
  const ids = (list: { id: string }[]) => list.map((e) => e.id);

  it('filters by status, tag, issuer, language and search matches', () => {
    expect(ids(filterEntries(entries, { statuses: new Set(['requested', 'filed']) }, now))).toEqual(['b', 'c']);
    expect(ids(filterEntries(entries, { tag: 'energy' }, now))).toEqual(['a']);
    expect(ids(filterEntries(entries, { issuer: 'acme corp' }, now))).toEqual(['a', 'c']);
    expect(ids(filterEntries(entries, { language: 'de' }, now))).toEqual(['b']);
    expect(ids(filterEntries(entries, { matches: new Set(['c']) }, now))).toEqual(['c']);
  });

  it('filters embargoed and follow-up-due entries', () => {
    const more = [
      ...entries,
      makeEntry('emb', { record: { embargo: { until: '2026-03-03T00:00:00Z', text: 'Embargo' } } }),
      makeEntry('lifted', { record: { embargo: { until: '2026-03-01T00:00:00Z', text: 'Embargo' } } }),
      makeEntry('fu', { status: 'requested', followUpAt: '2026-03-02T08:00:00Z' }),
    ];
    expect(ids(filterEntries(more, { embargoActive: true }, now))).toEqual(['emb']);
    expect(ids(filterEntries(more, { followUpDue: true }, now))).toEqual(['fu']);
  });

  it('sorts by date, priority, deadline and status', () => {
    expect(ids(sortEntries(entries, { key: 'date', descending: true }))).toEqual(['c', 'a', 'b']);
    expect(ids(sortEntries(entries, { key: 'priority', descending: true }))).toEqual(['c', 'a', 'b']);
    expect(ids(sortEntries(entries, { key: 'deadline', descending: false }))).toEqual(['c', 'a', 'b']);
    expect(ids(sortEntries(entries, { key: 'status', descending: false }))).toEqual(['a', 'b', 'c']);
  });

  it('puts a changed entry where a full sort would', () => {
    const orders: SortOrder[] = [
      { key: 'date', descending: true },
      { key: 'priority', descending: true },
      { key: 'deadline', descending: false },
      { key: 'status', descending: false },
      { key: 'updated', descending: true },
    ];
    const changed = makeEntry('d', {
      priority: 'normal',
      status: 'scheduled',
      deadline: '2026-03-05',
      updatedAt: '2026-03-02T10:00:00.000Z',
      record: { releaseDate: '2026-03-01' },
    });
    for (const order of orders) {
      const sorted = sortEntries(entries, order);
      const moved = [...sorted];
      moved.splice(sortedPosition(sorted, changed, order), 0, changed);
      expect(ids(moved), order.key).toEqual(ids(sortEntries([...entries, changed], order)));
    }
  });

  it('merges entries streaming in as a full sort would order them', () => {
    const more = [
      makeEntry('e', { priority: 'urgent', updatedAt: '2026-03-02T11:00:00.000Z' }),
      makeEntry('f', { priority: 'low', updatedAt: '2026-03-01T08:00:00.000Z' }),
    ];
    for (const order of [{ key: 'priority', descending: true }, { key: 'updated', descending: false }] as SortOrder[]) {
      expect(ids(mergeSorted(sortEntries(entries, order), more, order)), order.key).toEqual(ids(sortEntries([...entries, ...more], order)));
    }
  });

  it('knows when no filter besides search is set', () => {
    expect(filtersAnything({ matches: new Set(['a']), statuses: new Set() })).toBe(false);
    expect(filtersAnything({ tag: 'energy' })).toBe(true);
    expect(filtersAnything({ followUpDue: true })).toBe(true);
  });

  it('offers the facets present in the log', () => {
    expect(facetValues(entries)).toEqual({ tags: ['energy'], issuers: ['Acme Corp', 'Müller GmbH'], languages: ['de', 'en', 'ja'] });
  });
});
