import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../utils/sync/read-json';

// The scan that refuses an over-deep or over-long import before JSON.parse jumps over strings with indexOf;
// it must still see every bracket outside strings and none inside (escaped quotes and backslashes included).

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + children.reduce<number>((deepest, child) => Math.max(deepest, depthOf(child)), 0);
}

// Strings full of the characters the scan must not be fooled by.
const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', 'a', ' ', '\n', 'é') });
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(tricky, tie('value'), { maxKeys: 4 })),
})).value;

describe('scanJson', () => {
  it('measures the depth of any JSON text, whatever its strings hold', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(scanJson(JSON.stringify(value), 1000).depth).toBe(depthOf(value));
      }),
      { numRuns: 500 },
    );
  });

  it('counts the entries of an export-shaped document', () => {
    fc.assert(
      fc.property(fc.array(json, { maxLength: 20 }), tricky, (entries, note) => {
        const text = JSON.stringify({ format: 'pressclip-log', note, entries });
        expect(scanJson(text, 1000).topArrayItems).toBe(entries.length);
      }),
      { numRuns: 300 },
    );
  });

  it('stops at an unterminated string instead of reading past the end', () => {
    expect(scanJson('{"entries":[{"id":"a\\"}', 32)).toEqual({ depth: 3, topArrayItems: 0 });
  });
});
