import { describe, expect, it } from 'vitest';
import { MAX_TERMS_PER_BODY, MAX_TERM_LENGTH, bodyQueryPrefixes, bodyTerms } from '../../../utils/body/terms';
import { queryTerms } from '../../../utils/triage/search-index';

// The release text's index words are the log page's search tokens: what finds a headline finds a body.

describe('bodyTerms', () => {
  it('folds case and accents, splits on anything but letters and digits, and keeps each word once, in order', () => {
    expect(bodyTerms('Müller & MÜLLER: Straße 300-jobs, e-mail eva.schulz@mueller.example')).toEqual([
      'muller', 'straße', '300', 'jobs', 'e', 'mail', 'eva', 'schulz', 'mueller', 'example',
    ]);
  });

  it('cuts unspaced scripts into bigrams, as the page index does', () => {
    expect(bodyTerms('新工場を開設')).toEqual(['新工', '工場', '場を', 'を開', '開設', '設']);
  });

  it('keeps the first MAX_TERM_LENGTH characters of a very long word', () => {
    const blob = 'a1'.repeat(200);
    expect(bodyTerms(`key ${blob}`)).toEqual(['key', blob.slice(0, MAX_TERM_LENGTH)]);
  });

  it('indexes at most MAX_TERMS_PER_BODY distinct words of a hostile text (a 200,000-character word list)', () => {
    const words = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}`);
    const text = words.join(' ').slice(0, 200_000);
    const terms = bodyTerms(text);
    expect(terms).toHaveLength(MAX_TERMS_PER_BODY);
    expect(terms[0]).toBe('w0');
    expect(terms.at(-1)).toBe(words[MAX_TERMS_PER_BODY - 1]);
  });
});

describe('bodyQueryPrefixes', () => {
  it('folds the query like the text and drops a word that starts another, like the page search', () => {
    expect(bodyQueryPrefixes(['MÜL', 'acm', 'acme'])).toEqual(['mul', 'acme']);
    expect(bodyQueryPrefixes(['MÜL', 'acm', 'acme'])).toEqual(queryTerms('MÜL acm acme'));
  });

  it('splits a typed word with punctuation into its tokens and cuts a long one to the indexed length', () => {
    expect(bodyQueryPrefixes(['e-mail'])).toEqual(['e', 'mail']);
    expect(bodyQueryPrefixes(['x'.repeat(100)])).toEqual(['x'.repeat(MAX_TERM_LENGTH)]);
    expect(bodyQueryPrefixes(['--'])).toEqual([]);
  });
});
