import { describe, expect, it } from 'vitest';
import { queryTerms, SearchIndex } from '../../../utils/triage/search-index';
import { searchTokens } from '../../../utils/triage/tokens';
import { makeEntry } from './make-entry';

const entries = [
  makeEntry('a', { notes: 'Call back after the board meeting', tags: ['energy'] }),
  makeEntry('b', {
    record: {
      headline: 'Müller GmbH stellt neues Werk vor',
      issuer: 'Müller GmbH',
      summary: 'Die Müller GmbH eröffnet ein Werk für die Familie.',
      contacts: [{ name: 'Eva Schulz', role: null, organization: 'Müller Presse', emails: ['eva.schulz@mueller.example'], phones: ['+49 30 1234567'] }],
    },
  }),
  makeEntry('c', { record: { headline: '新しい工場を開設', issuer: 'Acme Corp', summary: null, contacts: [] } }),
  makeEntry('d', { notes: 'Family business, ask about Milan', record: { headline: 'Zoë Café expands', issuer: 'Café Zoë', summary: null, contacts: [] } }),
];

const sorted = (list: string[] | null) => (list === null ? null : [...list].sort());

describe('search tokens', () => {
  it('folds case and accents and splits on anything but letters and digits', () => {
    expect(searchTokens('Müller-Lüdenscheidt, ZOË & co. 2026')).toEqual(['muller', 'ludenscheidt', 'zoe', 'co', '2026']);
    expect(searchTokens('eva.schulz@mueller.example')).toEqual(['eva', 'schulz', 'mueller', 'example']);
  });

  it('cuts scripts written without spaces into overlapping pairs', () => {
    expect(searchTokens('新しい工場')).toEqual(['新し', 'しい', 'い工', '工場', '場']);
    expect(searchTokens('iPhone发布会')).toEqual(['iphone', '发布', '布会', '会']);
  });

  it('drops query words implied by longer ones', () => {
    expect(queryTerms('acm acme plant pl')).toEqual(['acme', 'plant']);
    expect(queryTerms('  ')).toEqual([]);
  });
});

describe('search index', () => {
  const index = new SearchIndex(entries);
  const ids = (q: string) => sorted(index.matchingIds(q));

  it('matches every query word at the start of a word, case and accents folded', () => {
    expect(ids('acme plant')).toEqual(['a']);
    expect(ids('ACME')).toEqual(['a', 'c']);
    expect(ids('muller werk')).toEqual(['b']);
    expect(ids('mül')).toEqual(['b']);
    expect(ids('board meet')).toEqual(['a']);
    expect(ids('nothing-like-this')).toEqual([]);
    expect(index.matchingIds('  ')).toBeNull();
  });

  it('answers queries of short words (the first keys) alone and mixed with longer ones', () => {
    expect(ids('m')).toEqual(['a', 'b', 'd']);
    expect(ids('mu gm')).toEqual(['b']);
    expect(ids('ac co')).toEqual(['a', 'c']);
    expect(ids('acme p')).toEqual(['a']);
    expect(ids('q')).toEqual([]);
    expect(ids('Ö')).toEqual(['a']);
  });

  it('does not match inside a word', () => {
    // "mil" starts Milan but sits inside "family"/"Familie".
    expect(ids('mil')).toEqual(['d']);
    expect(ids('ller')).toEqual([]);
    expect(ids('rdam')).toEqual([]);
  });

  it('searches contacts: names, organisations, email addresses and phone numbers', () => {
    expect(ids('eva.schulz@mueller')).toEqual(['b']);
    expect(ids('schulz@mue')).toEqual(['b']);
    expect(ids('presse')).toEqual(['b']);
    expect(ids('jana novak')).toEqual(['a']);
    expect(ids('1234567')).toEqual(['b']);
  });

  it('matches accented and unaccented spellings both ways', () => {
    expect(ids('zoe cafe')).toEqual(['d']);
    expect(ids('ZOË CAFÉ')).toEqual(['d']);
    expect(ids('eroffnet')).toEqual(['b']);
  });

  it('finds words inside text written without spaces', () => {
    expect(ids('工場')).toEqual(['c']);
    expect(ids('開設')).toEqual(['c']);
    expect(ids('工')).toEqual(['c']);
    expect(ids('場を開')).toEqual(['c']);
    expect(ids('工開')).toEqual([]);
  });

  it('answers by slot for the page', () => {
    const live = new SearchIndex(entries);
    const result = live.search('muller')!;
    expect(result.count).toBe(1);
    expect(result.bits[live.slotOf('b')]).toBe(1);
    expect(result.bits[live.slotOf('a')]).toBe(0);
    // A slot reserved after the search reads as no match.
    expect(result.bits[live.slotOf('not-indexed')]).toBeUndefined();
    expect(live.search('')).toBeNull();
  });
});

describe('search index while typing and while the log changes', () => {
  it('narrows while typing forward and widens again when the query changes', () => {
    const live = new SearchIndex(entries);
    const ids = (q: string) => sorted(live.matchingIds(q));
    expect(ids('m')).toEqual(['a', 'b', 'd']);
    expect(ids('mu')).toEqual(['b']);
    expect(ids('mul')).toEqual(['b']);
    expect(ids('m')).toEqual(['a', 'b', 'd']);
    expect(ids('acme')).toEqual(['a', 'c']);
    expect(ids('acme plant')).toEqual(['a']);
    expect(ids('plant')).toEqual(['a']);
    expect(ids('pla')).toEqual(['a']);
    expect(ids('acme ')).toEqual(['a', 'c']);
  });

  it('agrees with a fresh index after narrowing, on every prefix of a query', () => {
    const live = new SearchIndex(entries);
    const query = 'muller gmbh werk';
    for (let n = 1; n <= query.length; n += 1) {
      const prefix = query.slice(0, n);
      expect(sorted(live.matchingIds(prefix)), prefix).toEqual(sorted(new SearchIndex(entries).matchingIds(prefix)));
    }
  });

  it('follows edits and removals, and does not narrow across them', () => {
    const live = new SearchIndex(entries);
    const ids = (q: string) => sorted(live.matchingIds(q));
    expect(ids('tue')).toEqual([]);
    live.add({ ...entries[0]!, notes: 'Interview on Tuesday' });
    expect(ids('tues')).toEqual(['a']);
    expect(ids('board')).toEqual([]);
    expect(live.size).toBe(4);
    expect(ids('mül')).toEqual(['b']);
    live.remove('b');
    expect(ids('müll')).toEqual([]);
    expect(live.size).toBe(3);
    expect(live.has('b')).toBe(false);
    live.add(entries[1]!);
    expect(ids('müller')).toEqual(['b']);
    // Removing an id never indexed changes nothing.
    live.remove('unknown');
    expect(live.size).toBe(4);
  });

  it('answers from a partial index, with new words found by prefix as soon as they are added', () => {
    const live = new SearchIndex();
    live.add(entries[0]!);
    expect(sorted(live.matchingIds('acme'))).toEqual(['a']);
    live.add(entries[2]!);
    live.settle();
    expect(sorted(live.matchingIds('acme'))).toEqual(['a', 'c']);
    live.add(entries[3]!);
    expect(sorted(live.matchingIds('zo'))).toEqual(['d']);
  });

  it('keeps many distinct words in prefix order as they arrive', () => {
    const live = new SearchIndex();
    const many = Array.from({ length: 3000 }, (_, i) =>
      makeEntry(`e${i}`, { notes: `ref${(i * 7919) % 3000} word${i % 50}`, record: { contacts: [], summary: null } }),
    );
    many.forEach((entry, i) => {
      live.add(entry);
      if (i % 700 === 0) live.settle();
    });
    expect(live.matchingIds('ref2999')).toHaveLength(1);
    expect(live.matchingIds('ref29')).toHaveLength(111);
    expect(live.matchingIds('word4')).toHaveLength(11 * 60);
    const both = many.filter((e) => /^ref1\d* word4\d?$/.test(e.notes)).length;
    expect(both).toBeGreaterThan(0);
    expect(live.matchingIds('word4 ref1')).toHaveLength(both);
  });
});

describe('search index against a plain word-start scan', () => {
  // Enough entries for tokens to cross the frequent-token threshold (kept as bit sets), with edits and deletions.
  const syllables = ['ba', 'ko', 'ri', 'ten', 'mar', 'sol', 'vin', 'dra'];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const word = () => syllables[Math.floor(rand() * 8)]! + syllables[Math.floor(rand() ** 2 * 8)]!;
  const make = (i: number) =>
    makeEntry(`n${i}`, { notes: `${word()} ${word()} ref${i} common`, tags: [], record: { headline: `${word()} ${word()}`, summary: null, contacts: [] } });
  const scan = (list: ReturnType<typeof make>[], query: string) => {
    const terms = searchTokens(query);
    return list
      .filter((e) => {
        const tokens = searchTokens(`${e.record.headline} ${e.record.issuer} ${e.record.datelinePlace} ${e.notes}`);
        return terms.every((t) => tokens.some((w) => w.startsWith(t)));
      })
      .map((e) => e.id)
      .sort();
  };

  it('gives the same answers, also after edits and deletions and while typing', () => {
    let list = Array.from({ length: 5000 }, (_, i) => make(i));
    const live = new SearchIndex(list);
    const queries = ['c', 'co', 'com', 'common', 'common ba', 'common bako', 'b', 'ba', 'bako', 'bako ri', 'ref4', 'ref49', 'ref499 common', 'leip', 'ko ten', 'acme'];
    for (const q of queries) expect(sorted(live.matchingIds(q)), q).toEqual(scan(list, q));
    // Edit a third of the entries (new words), delete a tenth.
    for (let i = 0; i < 5000; i += 3) {
      const edited = { ...list[i]!, notes: `${word()} edited${i % 7}` };
      list[i] = edited;
      live.add(edited);
    }
    for (let i = 0; i < 5000; i += 10) live.remove(`n${i}`);
    list = list.filter((_, i) => i % 10 !== 0);
    for (const q of [...queries, 'edited', 'edited3', 'edited3 ba']) expect(sorted(live.matchingIds(q)), q).toEqual(scan(list, q));
    // The slot answer agrees with the ids.
    const result = live.search('common b')!;
    expect(result.count).toBe(scan(list, 'common b').length);
    expect(list.filter((e) => result.bits[live.slotOf(e.id)] === 1).map((e) => e.id).sort()).toEqual(scan(list, 'common b'));
  });
});
