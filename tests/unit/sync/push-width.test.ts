import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { MAX_ITEMS_IN_PUSH_CONTAINER, PairRequestSchema, PushRequestSchema } from '../../../utils/sync/protocol';

// The companion refuses, before parsing, a body with an array or object wider than MAX_ITEMS_IN_PUSH_CONTAINER.
// That is safe only while no valid push can hold a wider one: every array in the push schema must have a max no
// larger, and every object no more fields. Walks the zod schema, so raising a cap (history to 5000, say)
// fails here instead of the companion refusing real pushes.

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  items?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}

const LEAVES = new Set(['string', 'number', 'boolean', 'null', 'literal', 'enum', 'date', 'bigint', 'transform', 'unknown', 'any']);

// Each container the schema can produce: [path, most items it may hold (Infinity when unbounded)].
function widths(schema: z.ZodType, path: string, out: [string, number][]): [string, number][] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (LEAVES.has(def.type)) return out;
  if (def.innerType) return widths(def.innerType, path, out);
  if (def.type === 'pipe') return widths(def.in!, path, widths(def.out!, path, out));
  if (def.type === 'union') return def.options!.reduce((acc, option, i) => widths(option, `${path}|${i}`, acc), out);
  if (def.type === 'object') {
    out.push([path, Object.keys(def.shape!).length]);
    for (const [key, field] of Object.entries(def.shape!)) widths(field, `${path}.${key}`, out);
    return out;
  }
  if (def.type === 'array') {
    const max = def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
    out.push([path, max ?? Infinity]);
    return widths(def.element!, `${path}[]`, out);
  }
  if (def.type === 'tuple') {
    out.push([path, def.items!.length]);
    return def.items!.reduce((acc, item, i) => widths(item, `${path}[${i}]`, acc), out);
  }
  throw new Error(`${path}: a ${def.type} schema; teach this test how wide it can be`);
}

describe('MAX_ITEMS_IN_PUSH_CONTAINER', () => {
  it('is at least as wide as any array or object a valid push or pairing request can hold', () => {
    const all = widths(PushRequestSchema, 'push', widths(PairRequestSchema, 'pair', []));
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter(([, width]) => width > MAX_ITEMS_IN_PUSH_CONTAINER)).toEqual([]);
    // And no wider than needed: the widest container is exactly at the cap.
    expect(Math.max(...all.map(([, width]) => width))).toBe(MAX_ITEMS_IN_PUSH_CONTAINER);
  });
});
