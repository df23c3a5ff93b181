import { searchTokens } from '../triage/tokens';
import { queryTerms } from '../triage/search-index';

// The words of a release text as the background's word index keeps them (utils/log/body-terms.ts): the same tokens
// as the log page's own search (utils/triage/tokens.ts: case and accents folded, unspaced scripts in bigrams), so
// a query matches the release text the way it matches the headline: every query word starts a word of the text.

// Distinct words indexed per body. The corpus's longest kept text (18,500 characters) is about 3,000 words in all; a
// hostile or pasted text at the 200,000-character cap (a word list, a table of codes) could have 50,000 distinct
// ones, each an index entry written on every save. Words past the cap, in the order
// they first occur, are not searchable; the text is still kept and shown whole.
export const MAX_TERMS_PER_BODY = 5000;
// Characters kept of a word (and of a query word): a longer run (a hash, a base64 blob) is indexed by its start,
// so a query for it still finds it by prefix, and no single index key is large.
export const MAX_TERM_LENGTH = 40;

// The distinct index words of a text, first occurrence first, at most MAX_TERMS_PER_BODY.
export function bodyTerms(text: string): string[] {
  const seen = new Set<string>();
  for (const token of searchTokens(text)) {
    seen.add(token.length > MAX_TERM_LENGTH ? token.slice(0, MAX_TERM_LENGTH) : token);
    if (seen.size >= MAX_TERMS_PER_BODY) break;
  }
  return [...seen];
}

// The words of a query (the message's terms) as index prefixes: folded like the text, cut like it, and a word
// that starts another one dropped ("acm acme" asks only for "acme", as the page's own search does).
export function bodyQueryPrefixes(terms: readonly string[]): string[] {
  return [...new Set(queryTerms(terms.join(' ')).map((term) => term.slice(0, MAX_TERM_LENGTH)))];
}
