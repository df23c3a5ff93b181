import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../utils/triage/search-index';
import { facetValues, filterEntries, sortEntries } from '../../../utils/triage/filter';
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

describe('search index', () => {
  const index = new SearchIndex(entries);
  const ids = (q: string) => [...(index.search(q) ?? [])].sort();

  it('matches every word as a prefix, case and accents folded', () => {
    expect(ids('acme plant')).toEqual(['a']);
    expect(ids('ACME')).toEqual(['a', 'c']);
    expect(ids('muller werk')).toEqual(['b']);
    expect(ids('mül')).toEqual(['b']);
    expect(ids('board meet')).toEqual(['a']);
    expect(ids('eva.schulz@mueller')).toEqual(['b']);
    expect(ids('nothing-like-this')).toEqual([]);
    expect(index.search('  ')).toBeNull();
  });

  it('finds words inside text written without spaces', () => {
    expect(ids('工場')).toEqual(['c']);
    expect(ids('開設')).toEqual(['c']);
  });

  it('narrows while typing forward and widens again when the query changes', () => {
    const live = new SearchIndex(entries);
    // Everything matches: nothing to filter.
    expect(live.search('m')).toBeNull();
    expect([...live.search('mu')!]).toEqual(['b']);
    expect([...live.search('mul')!]).toEqual(['b']);
    expect(live.search('m')).toBeNull();
    expect([...live.search('acme')!].sort()).toEqual(['a', 'c']);
    expect([...live.search('acme plant')!]).toEqual(['a']);
    expect([...live.search('plant')!]).toEqual(['a']);
  });

  it('follows edits and removals', () => {
    const live = new SearchIndex(entries);
    live.add({ ...entries[0]!, notes: 'Interview on Tuesday' });
    expect([...live.search('board')!]).toEqual([]);
    expect([...live.search('tuesday')!]).toEqual(['a']);
    live.remove('b');
    expect([...live.search('muller')!]).toEqual([]);
    expect(live.size).toBe(2);
  });
});

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

  it('offers the facets present in the log', () => {
    expect(facetValues(entries)).toEqual({ tags: ['energy'], issuers: ['Acme Corp', 'Müller GmbH'], languages: ['de', 'en', 'ja'] });
  });
});
