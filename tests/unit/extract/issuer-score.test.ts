import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extract } from '../../../utils/extract/extract';
import type { Candidate } from '../../../utils/extract/issuer/candidate';
import { abbreviationDefinitions, extractIssuer } from '../../../utils/extract/issuer/issuer';
import { domainMatches, sameOrg } from '../../../utils/extract/issuer/normalise';
import { scoreCandidates, type ScoreContext } from '../../../utils/extract/issuer/score';

// The issuer scorer: agreement of independent sources, not the first source in a fixed order.

const ctx = (over: Partial<ScoreContext> = {}): ScoreContext => ({
  body: ' ',
  emailLabels: [],
  hostLabel: null,
  defined: new Map(),
  ...over,
});

const best = (candidates: Candidate[], over: Partial<ScoreContext> = {}) => scoreCandidates(candidates, ctx(over))[0]?.name ?? null;

describe('sameOrg: names that mean the same organisation', () => {
  it.each([
    ['Acme Corp.', 'ACME Corporation'],
    ['The Buckle, Inc.', 'Buckle'],
    ['Ascom', 'Ascom Holding AG'],
    ['Canadian RV Association', 'Canadian Recreational Vehicle Association'],
    ['BfS', 'Bundesamt für Strahlenschutz'],
    ['BMWK', 'Bundesministerium für Wirtschaft und Klimaschutz'],
    ['BKA', 'Bundeskriminalamt'],
    ['CRVA', 'Canadian Recreational Vehicle Association'],
    ['Stiftung Jugend forscht e. V.', 'Stiftung Jugend forscht'],
    ['Fundación Mar Abierto', 'La Fundación Mar Abierto'],
    ['Gabinete de Comunicación de la Universidad de Valladolid', 'Universidad de Valladolid'],
    ['Press Office of the Acme Group', 'Acme Group'],
  ])('%s ~ %s', (a, b) => {
    expect(sameOrg(a, b)).toBe(true);
  });

  it.each([
    ['Acme Corp.', 'Apex Corp.'],
    ['EU', 'European Parliament'],
    ['Marlow Bay Aquarium', 'Coastline Daily News'],
    ['BDZV', 'Bundesverband Windenergie'],
    ['University of California', 'California'],
  ])('%s is not %s', (a, b) => {
    expect(sameOrg(a, b)).toBe(false);
  });

  it('an abbreviation the page spells out agrees with its long form ("BDZV - Bundesverband … e.V.")', () => {
    const defined = abbreviationDefinitions(['© 2020 BDZV - Bundesverband Digitalpublisher und Zeitungsverleger e.V. | Impressum']);
    expect(defined.get('bdzv')).toBe('Bundesverband Digitalpublisher und Zeitungsverleger e.V. (BDZV)');
    expect(sameOrg('BDZV', 'Bundesverband Digitalpublisher und Zeitungsverleger e.V.', defined)).toBe(true);
    const groups = scoreCandidates(
      [
        { name: 'BDZV', source: 'site-name' },
        { name: 'Bundesverband Digitalpublisher und Zeitungsverleger e.V.', source: 'about' },
      ],
      ctx({ defined }),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.sources).toEqual(['site-name', 'about']);
  });

  it('a domain name stands for the name it spells', () => {
    expect(domainMatches('northstarrecovery', 'NorthStar Recovery Center')).toBe(true);
    expect(domainMatches('eawag', 'Eawag')).toBe(true);
    expect(domainMatches('bmwk', 'Bundesministerium für Wirtschaft und Klimaschutz (BMWK)')).toBe(true);
    expect(domainMatches('example', 'Acme Corp.')).toBe(false);
  });
});

describe('scoreCandidates', () => {
  it('agreement of independent sources beats a single specific source', () => {
    const candidates: Candidate[] = [
      { name: 'Harbor Partners', source: 'dateline' },
      { name: 'Acme Robotics Inc.', source: 'lede-verb' },
      { name: 'Acme Robotics', source: 'jsonld' },
      { name: 'Acme Robotics', source: 'contact-block' },
    ];
    expect(best(candidates)).toBe('Acme Robotics Inc.');
  });

  it('a wire service or press portal never wins over an About section, however many site sources name it', () => {
    const candidates: Candidate[] = [
      { name: 'PR Newswire', source: 'site-name' },
      { name: 'PR Newswire', source: 'title' },
      { name: 'PR Newswire Association LLC', source: 'copyright' },
      { name: 'PR Newswire logo', source: 'logo' },
      { name: 'Acme Robotics', source: 'about' },
    ];
    expect(best(candidates, { hostLabel: 'prnewswire' })).toBe('Acme Robotics');
  });

  it('a news portal hosting the release loses to the organisation the release names, even without an About section', () => {
    const candidates: Candidate[] = [
      { name: 'Coastline Daily News', source: 'site-name' },
      { name: 'Coastline Daily News', source: 'title' },
      { name: 'Coastline Daily News', source: 'copyright' },
      { name: 'Coastline Daily News', source: 'logo' },
      { name: 'Marlow Bay Aquarium', source: 'lede-verb' },
    ];
    const body = ' marlow bay aquarium today announced the opening of its new gallery ';
    expect(best(candidates, { body, hostLabel: 'coastlinedailynews', emailLabels: ['marlowbayaquarium'] })).toBe('Marlow Bay Aquarium');
  });

  it('site sources agreeing count as one witness, not five', () => {
    const site: Candidate[] = (['site-name', 'title', 'copyright', 'logo', 'jsonld'] as const).map((source) => ({ name: 'Acme', source }));
    const groups = scoreCandidates([...site, { name: 'Beta Labs', source: 'about' }, { name: 'Beta Labs', source: 'lede-verb' }], ctx());
    expect(groups[0]?.name).toBe('Beta Labs');
  });

  it('drops page furniture, dates and distributors, and penalises people', () => {
    expect(best([{ name: 'Home', source: 'title' }])).toBeNull();
    expect(best([{ name: 'July 2', source: 'headline-subject' }])).toBeNull();
    expect(best([{ name: 'EIN Presswire', source: 'site-name' }])).toBeNull();
    const body = ' olafur eliasson designs the front page eliasson said the work is about freedom ';
    expect(best([{ name: 'Olafur Eliasson', source: 'headline-subject' }, { name: 'Acme Verlag GmbH', source: 'copyright' }], { body })).toBe('Acme Verlag GmbH');
  });
});

describe('extractIssuer', () => {
  const page = (body: string, head = '') => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
  const lines = (doc: Document) => [...doc.body.querySelectorAll('h1, p, h2')].map((e) => e.textContent?.trim() ?? '');

  it('the page host is the last resort only, never a normal answer', () => {
    const doc = page('<h1>Spring opening hours</h1><p>The garden opens at nine from April on, every day of the week.</p>');
    expect(extractIssuer(doc, 'https://www.acme-gardens.example/news/1', lines(doc), null, [], 'Spring opening hours').issuer).toBe('acme-gardens.example');
    const named = page('<h1>Spring opening hours</h1><p>The garden opens at nine from April on, every day of the week.</p><h2>About Acme Gardens</h2><p>Acme Gardens is a botanical garden.</p>');
    const result = extractIssuer(named, 'https://www.acme-gardens.example/news/1', lines(named), null, [], 'Spring opening hours');
    expect(result.issuer).toBe('Acme Gardens');
    expect(result.signal).toBe("Issuer 'Acme Gardens' from: About section, page host, named in the release");
  });

  it("the record's signals say where the issuer came from", () => {
    const doc = page(
      '<h1>Acme Robotics opens a plant in Ohio</h1><p>COLUMBUS, Ohio, March 10, 2026 /PRNewswire/ -- Acme Robotics, Inc. today opened a plant that will build 2,000 robots a year for warehouse customers.</p><h2>About Acme Robotics</h2><p>Acme Robotics, Inc. builds warehouse robots.</p>',
      '<title>Acme Robotics opens a plant in Ohio</title>',
    );
    const record = extract(doc, 'https://www.prnewswire.example/news/acme');
    expect(record.issuer).toBe('Acme Robotics, Inc.');
    expect(record.signals.some((s) => s.startsWith("Issuer 'Acme Robotics, Inc.' from: wire lede, About section"))).toBe(true);
  });
});
