import { ask } from './messages';

// Search as you type over the kept release texts. The log page's own index (utils/triage/search-index.ts)
// covers the fields it holds in memory; the texts stay in the background's bodies store, so a pause in typing
// (250 ms) asks the background for the entries whose text has a word starting with each word of the query, as the
// page's own search matches (the background's word index, utils/log/body-terms.ts), and those are shown beside the
// index's matches. A query under 3 characters asks nothing. One request at a time: a query typed meanwhile waits
// for the answer and only the latest one is sent after it. A query of only common words ("rail" in every text) is
// answered from a bounded part of the word index, so its answer may be a part of the matches (partial()), which
// the page says, rather than wait seconds for every text at 100,000 entries.

export const BODY_SEARCH_DELAY_MS = 250;

// What the page's status line says while a release-text answer is partial.
export const PARTIAL_BODY_MATCHES = 'Release texts: these words are in too many texts to list them all; add a word to narrow the search.';

export function bodySearchTerms(query: string): string[] {
  const terms = [...new Set(query.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 20).map((t) => t.slice(0, 100));
  return terms.some((term) => term.length >= 3) ? terms : [];
}

export interface BodySearch {
  // The ids whose release text matches `query`, when known; null while asking or for a short query.
  matches(query: string): ReadonlySet<string> | null;
  // True when the background's answer for `query` is only a part of the texts that match.
  partial(query: string): boolean;
  // Called as the journalist types; `found` runs when the background answered for the query still typed.
  typed(query: string, found: () => void): void;
}

export function createBodySearch(): BodySearch {
  let answered: { query: string; ids: Set<string>; complete: boolean } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = '';
  let inFlight = false;
  let onFound: () => void = () => undefined;

  function askFor(query: string) {
    const terms = bodySearchTerms(query);
    if (terms.length === 0 || answered?.query === query) return;
    inFlight = true;
    void ask('log:search-bodies', { terms })
      .then(
        ({ ids, complete }) => {
          if (latest !== query) return;
          answered = { query, ids: new Set(ids), complete };
          onFound();
        },
        () => undefined,
      )
      .finally(() => {
        inFlight = false;
        if (latest !== query) askFor(latest);
      });
  }

  return {
    matches(query) {
      return answered && answered.query === query ? answered.ids : null;
    },
    partial(query) {
      return answered !== null && answered.query === query && !answered.complete;
    },
    typed(query, found) {
      latest = query;
      onFound = found;
      clearTimeout(timer);
      if (bodySearchTerms(query).length === 0 || answered?.query === query) return;
      timer = setTimeout(() => {
        if (!inFlight) askFor(query);
      }, BODY_SEARCH_DELAY_MS);
    },
  };
}
