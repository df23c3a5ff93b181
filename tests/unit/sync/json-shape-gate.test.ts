import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonShapeGate, type JsonShapeLimits } from '../../../utils/sync/json-shape-gate';
import { scanJson } from '../../../utils/sync/read-json';

// The companion's streaming gate must count what scanJson counts on the whole text, wherever the chunks are
// cut (inside a string, between a backslash and the quote it escapes, inside a multi-byte character).

const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', 'a', ' ', '\n', 'é', '😀') });
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), fc.constant(null), fc.array(tie('value'), { maxLength: 6 }), fc.dictionary(tricky, tie('value'), { maxKeys: 4 })),
})).value;

// The most items any array or object in the value holds.
function widest(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.reduce<number>((most, child) => Math.max(most, widest(child)), children.length);
}

function feedInChunks(bytes: Uint8Array, cuts: number[], limits: JsonShapeLimits): string | null {
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
  it('refuses exactly what scanJson finds too deep or too long, or a container too wide, however the bytes are cut', () => {
    fc.assert(
      fc.property(
        json,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.record({ maxDepth: fc.integer({ min: 1, max: 4 }), maxTopArrayItems: fc.integer({ min: 0, max: 5 }), maxItems: fc.integer({ min: 1, max: 6 }) }),
        (value, cuts, limits) => {
          const doc = { changes: value };
          const text = JSON.stringify(doc);
          const shape = scanJson(text, 1000);
          const refused = feedInChunks(new TextEncoder().encode(text), cuts, limits) !== null;
          expect(refused).toBe(shape.depth > limits.maxDepth || shape.topArrayItems > limits.maxTopArrayItems || widest(doc) > limits.maxItems);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('stops a push of ten million items within its first kilobyte', () => {
    const gate = new JsonShapeGate({ maxDepth: 32, maxTopArrayItems: 200, maxItems: 1000 });
    const head = new TextEncoder().encode(`{"changes":[${'{},'.repeat(300)}`);
    expect(gate.feed(head.subarray(0, 1024))).toBe('An array holds more than 200 items.');
  });

  it('stops nine million items deep inside one change, and an object of as many members', () => {
    const limits = { maxDepth: 32, maxTopArrayItems: 200, maxItems: 1000 };
    const tags = new TextEncoder().encode(`{"changes":[{"changeId":"a","entry":{"tags":[${'0,'.repeat(2000)}`);
    expect(new JsonShapeGate(limits).feed(tags)).toBe('An array holds more than 1000 items.');
    const keys = new TextEncoder().encode(`{"changes":[{"changeId":"a","entry":{${Array.from({ length: 2000 }, (_, i) => `"k${i}":0`).join(',')}`);
    expect(new JsonShapeGate(limits).feed(keys)).toBe('An object holds more than 1000 items.');
  });

  it('lets 200 changes with brackets, commas and escaped quotes in their strings through', () => {
    const changes = Array.from({ length: 200 }, (_, i) => ({ changeId: `c${i}`, entry: { notes: 'a "quoted" [x, y] {z}, \\', tags: ['a', 'b', 'c'] } }));
    const gate = new JsonShapeGate({ maxDepth: 32, maxTopArrayItems: 200, maxItems: 1000 });
    expect(gate.feed(new TextEncoder().encode(JSON.stringify({ changes })))).toBeNull();
  });
});
