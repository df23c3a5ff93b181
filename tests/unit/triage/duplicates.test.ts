import { describe, expect, it } from 'vitest';
import { DuplicateIndex, duplicateGroups, findDuplicates } from '../../../utils/triage/duplicates';
import { normaliseUrl, releaseIds } from '../../../utils/triage/release-ids';
import { mergeEntries } from '../../../utils/triage/merge';
import { LogEntrySchema } from '../../../utils/schema/entry';
import { makeEntry, makeRecord } from './make-entry';

const wire = makeEntry('wire', {
  record: {
    url: 'https://www.prnewswire.com/news-releases/acme-opens-a-new-battery-plant-in-leipzig-302345678.html',
    headline: 'Acme Opens a New Battery Plant in Leipzig',
    summary: 'LEIPZIG, Germany, March 3, 2026 /PRNewswire/ -- Acme Corp today opened a battery plant in Leipzig that will employ 800 people by 2028.',
  },
});

describe('release ids and URLs', () => {
  it('reads wire release ids from URLs', () => {
    expect(releaseIds(wire.record.url)).toEqual(['cision-prn:302345678']);
    expect(releaseIds('https://www.newswire.ca/news-releases/acme-302345678.html')).toEqual(['cision-prn:302345678']);
    expect(releaseIds('https://www.globenewswire.com/news-release/2026/03/03/3035123/0/en/Acme.html')).toEqual(['globenewswire:3035123']);
    expect(releaseIds('https://www.globenewswire.com/de/news-release/2026/03/03/3035123/0/de/Acme.html')).toEqual(['globenewswire:3035123']);
    expect(releaseIds('https://www.businesswire.com/news/home/20260303005123/en/Acme-Opens')).toEqual(['businesswire:20260303005123']);
    expect(releaseIds('https://www.ots.at/presseaussendung/OTS_20260303_OTS0123/acme')).toEqual(['ots:OTS_20260303_OTS0123']);
    expect(releaseIds('https://news.cision.com/acme/r/acme-opens-plant,c4012345')).toEqual(['cision:4012345']);
    expect(releaseIds('https://www.presseportal.de/pm/12345/6123456')).toEqual(['presseportal:6123456']);
    expect(releaseIds('https://example.com/news-releases/acme-302345678.html')).toEqual([]);
    expect(releaseIds('not a url')).toEqual([]);
  });

  it('normalises the spellings of one page', () => {
    expect(normaliseUrl('https://www.Example.com/news/acme/?utm_source=x&id=4#top')).toBe('example.com/news/acme?id=4');
    expect(normaliseUrl('http://example.com/news/acme/index.html')).toBe('example.com/news/acme');
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('duplicate detection', () => {
  const newsroom = makeEntry('newsroom', {
    record: {
      url: 'https://acme.example/newsroom/2026/battery-plant-leipzig',
      headline: 'Acme opens new battery plant in Leipzig',
      summary: 'Acme Corp today opened a battery plant in Leipzig that will employ 800 people by 2028, the company said.',
    },
  });
  const unrelated = makeEntry('other', {
    record: {
      url: 'https://other.example/news/1',
      headline: 'Zenith Bank reports record quarterly earnings',
      issuer: 'Zenith Bank',
      summary: 'Zenith Bank reported record earnings for the fourth quarter.',
    },
  });
  const log = [wire, newsroom, unrelated];

  it('recognises an aggregator copy by headline and lede', () => {
    const aggregator = makeRecord({
      url: 'https://finance.aggregator.example/news/acme-opens-new-battery-plant-123.html',
      issuer: null,
      headline: 'Acme opens a new battery plant in Leipzig',
      summary: 'Acme Corp today opened a battery plant in Leipzig that will employ 800 people by 2028.',
    });
    const matches = findDuplicates(aggregator, log);
    expect(matches.map((m) => m.id).sort()).toEqual(['newsroom', 'wire']);
    expect(matches[0]!.reasons.join(' ')).toMatch(/Headlines \d+% alike/);
  });

  it('recognises the same wire release id and the same canonical page first', () => {
    const partner = makeRecord({
      url: 'https://www.prnewswire.co.uk/news-releases/acme-eroeffnet-werk-302345678.html',
      headline: 'Acme eröffnet Batteriewerk in Leipzig',
      summary: 'Acme hat heute ein Werk eröffnet.',
    });
    expect(findDuplicates(partner, log)[0]).toEqual({ id: 'wire', score: 0.98, reasons: ['Same wire release id (cision-prn:302345678)'] });
    const shared = makeRecord({ url: 'https://m.social.example/x', canonicalUrl: 'https://acme.example/newsroom/2026/battery-plant-leipzig/?utm_medium=social' });
    expect(findDuplicates(shared, log)[0]).toMatchObject({ id: 'newsroom', score: 1 });
  });

  it('does not flag different releases of the same issuer', () => {
    const sameIssuer = makeRecord({
      url: 'https://acme.example/newsroom/2026/q1-results',
      headline: 'Acme reports first-quarter results',
      summary: 'Acme Corp reported revenue of 1.2 billion euros for the first quarter.',
    });
    expect(findDuplicates(sameIssuer, log)).toEqual([]);
    expect(findDuplicates(newsroom.record, log, { excludeId: 'newsroom' }).map((m) => m.id)).toEqual(['wire']);
  });

  it('groups duplicates across the whole log', async () => {
    const groups = (await duplicateGroups(log)).map((g) => [...g].sort());
    expect(groups).toEqual([['newsroom', 'wire']]);
  });

  it('finds the same duplicates through the index as by comparing with every entry', () => {
    const index = new DuplicateIndex(log);
    const aggregator = makeRecord({
      url: 'https://finance.aggregator.example/news/acme-opens-new-battery-plant-123.html',
      headline: 'Acme opens a new battery plant in Leipzig',
    });
    expect(index.find(aggregator).map((m) => m.id).sort()).toEqual(findDuplicates(aggregator, log).map((m) => m.id).sort());
    expect(index.find(newsroom.record, { excludeId: 'newsroom' }).map((m) => m.id)).toEqual(['wire']);
    index.remove('wire');
    expect(index.find(newsroom.record, { excludeId: 'newsroom' })).toEqual([]);
  });
});

describe('merge', () => {
  it('keeps everything of both copies', () => {
    const survivor = makeEntry('s', { tags: ['energy'], notes: 'Call Jana', priority: 'normal', deadline: '2026-03-09' });
    const dup = makeEntry('d', {
      tags: ['saxony'],
      notes: 'Wire copy has a quote',
      priority: 'high',
      deadline: '2026-03-06',
      requests: [{ at: '2026-03-02T10:00:00.000Z', contactName: 'Max', email: 'max@wire.example', subject: 'S', body: 'B', handler: 'gmail', kind: 'request' }],
      record: {
        url: wire.record.url,
        contacts: [{ name: 'Max Roth', role: null, organization: 'Wire', emails: ['max@wire.example'], phones: [] }],
      },
    });
    const now = new Date('2026-03-04T10:00:00Z');
    const { survivor: merged, duplicate } = mergeEntries(survivor, dup, now);
    expect(LogEntrySchema.safeParse(merged).success).toBe(true);
    expect(merged.tags).toEqual(['energy', 'saxony']);
    expect(merged.priority).toBe('high');
    expect(merged.deadline).toBe('2026-03-06');
    expect(merged.notes).toContain('Call Jana');
    expect(merged.notes).toContain(wire.record.url);
    expect(merged.notes).toContain('Wire copy has a quote');
    expect(merged.record.contacts.map((c) => c.name)).toEqual(['Jana Novak', 'Max Roth']);
    expect(merged.requests).toHaveLength(1);
    expect(merged.revisions.map((r) => r.reason)).toEqual(['Before merging a duplicate', 'Merged duplicate d']);
    expect(merged.revisions[1]!.fields.record.url).toBe(wire.record.url);
    expect(duplicate.deletedAt).toBe(merged.updatedAt);
    expect(duplicate.notes).toBe('Wire copy has a quote');
  });
});
