import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonShapeGate } from '../../../utils/sync/json-shape-gate';
import { scanJson } from '../../../utils/sync/read-json';

// The companion's streaming gate must count what scanJson counts on the whole text, wherever the chunks are
// cut (inside a string, between a backslash and the quote it escapes, inside a multi-byte character).

const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', 'a', ' ', '\n', 'é', '😀') });
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), fc.constant(null), fc.array(tie('value'), { maxLength: 6 }), fc.dictionary(tricky, tie('value'), { maxKeys: 4 })),
})).value;

function feedInChunks(bytes: Uint8Array, cuts: number[], limits: { maxDepth: number; maxTopArrayItems: number }): string | null {
  const gate = new JsonShapeGate(limits);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...points, bytes.length]) {
    const refusal = gate.feed(bytes.subarray(from, to));
    if (refusal) return refusal;
    from = to;
  }
  return null;
}

describe('JsonShapeGate', () => {
  it('refuses exactly what scanJson finds too deep or too long, however the bytes are cut', () => {
    fc.assert(
      fc.property(json, fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 5 }), (value, cuts, maxDepth, maxTopArrayItems) => {
        const text = JSON.stringify({ changes: value });
        const shape = scanJson(text, 1000);
        const refused = feedInChunks(new TextEncoder().encode(text), cuts, { maxDepth, maxTopArrayItems }) !== null;
        expect(refused).toBe(shape.depth > maxDepth || shape.topArrayItems > maxTopArrayItems);
      }),
      { numRuns: 1000 },
    );
  });

  it('stops a push of ten million items within its first kilobyte', () => {
    const gate = new JsonShapeGate({ maxDepth: 32, maxTopArrayItems: 200 });
    const head = new TextEncoder().encode(`{"changes":[${'{},'.repeat(300)}`);
    expect(gate.feed(head.subarray(0, 1024))).toBe('An array holds more than 200 items.');
  });

  it('lets 200 changes with brackets, commas and escaped quotes in their strings through', () => {
    const changes = Array.from({ length: 200 }, (_, i) => ({ changeId: `c${i}`, entry: { notes: 'a "quoted" [x, y] {z}, \\', tags: ['a', 'b', 'c'] } }));
    const gate = new JsonShapeGate({ maxDepth: 32, maxTopArrayItems: 200 });
    expect(gate.feed(new TextEncoder().encode(JSON.stringify({ changes })))).toBeNull();
  });
});
