import { describe, expect, it } from 'vitest';
import { publisherLabelCandidates } from '../../../utils/extract/issuer/text-candidates';
import { parseHtml } from '../../../scripts/lib/parse-html';

// The publisher named by a label near the headline, and where a list of publishers splits.
const read = (label: string) =>
  publisherLabelCandidates({
    doc: parseHtml('<html><body></body></html>'),
    url: 'https://example.test/r',
    lines: ['Headline of the release', label, 'The lede of the release, long enough to be a paragraph of text.'],
    dateline: null,
    jsonLd: [],
    headline: 'Headline of the release',
    headlineIndex: 0,
  }).map((c) => c.name);

describe('publisherLabelCandidates', () => {
  it.each([
    ['From: Home Office and Border Force', 'Home Office'],
    ['From: Department for Transport and Office for Young People', 'Department for Transport'],
    ['From: Department of Health and Human Services', 'Department of Health and Human Services'],
    ['Publicado por: Ministerio de Ciencia e Innovación', 'Ministerio de Ciencia e Innovación'],
    ['Herausgeber: Deutscher Wetterdienst', 'Deutscher Wetterdienst'],
    ['Publié par : Ville de Lyon', 'Ville de Lyon'],
  ])('%s → %s', (label, name) => {
    expect(read(label)).toEqual([name]);
  });

  it.each(['From: 3 March 2026', 'from the archive', 'From: press@acme.example', 'Source: Reuters'])('reads no publisher in %s', (label) => {
    expect(read(label)).toEqual([]);
  });
});
