import { afterEach, describe, expect, it, vi } from 'vitest';

// The log page's release-text search keeps whether the background's answer was every match: a query of common
// words is answered from a bounded part of the word index (utils/log/bodies.ts) and the page says so.

const ask = vi.fn();
vi.mock('../../../components/log-page/messages', () => ({ ask: (...args: unknown[]) => ask(...args) }));
const { createBodySearch, BODY_SEARCH_DELAY_MS } = await import('../../../components/log-page/body-search');

afterEach(() => {
  vi.useRealTimers();
  ask.mockReset();
});

describe('the log page\'s release-text search', () => {
  it('reports a partial answer for the query it answered, and a complete one as not partial', async () => {
    vi.useFakeTimers();
    const search = createBodySearch();
    ask.mockResolvedValueOnce({ ids: ['a', 'b'], complete: false });
    const found = vi.fn();
    search.typed('rail', found);
    await vi.advanceTimersByTimeAsync(BODY_SEARCH_DELAY_MS);
    expect(ask).toHaveBeenCalledWith('log:search-bodies', { terms: ['rail'] });
    expect(found).toHaveBeenCalledTimes(1);
    expect([...search.matches('rail')!]).toEqual(['a', 'b']);
    expect(search.partial('rail')).toBe(true);
    expect(search.partial('rail fleet')).toBe(false);
    ask.mockResolvedValueOnce({ ids: ['b'], complete: true });
    search.typed('rail zebracorn', found);
    await vi.advanceTimersByTimeAsync(BODY_SEARCH_DELAY_MS);
    expect(search.partial('rail zebracorn')).toBe(false);
    expect([...search.matches('rail zebracorn')!]).toEqual(['b']);
  });
});
