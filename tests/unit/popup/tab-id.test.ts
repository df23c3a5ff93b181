import { describe, expect, it } from 'vitest';
import { tabIdFromQuery } from '../../../entrypoints/popup/tab-id';

describe('tabIdFromQuery', () => {
  it('reads an explicit tab id', () => {
    expect(tabIdFromQuery('?tabId=123')).toBe(123);
  });

  it('falls back (null) when there is none or it is not a plain number', () => {
    for (const search of ['', '?tab=1', '?tabId=', '?tabId=-1', '?tabId=1e3', '?tabId=12abc', '?tabId=99999999999']) {
      expect(tabIdFromQuery(search)).toBeNull();
    }
  });
});
