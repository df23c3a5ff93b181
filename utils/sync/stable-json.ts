// A JSON string with object keys sorted, so two equal values built in different key orders
// (one from IndexedDB, one from a parsed file) compare equal and sort the same way in every browser.
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableStringify(record[key])}`).join(',')}}`;
}

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Entries from IndexedDB and from a parsed file both come out of the same zod schemas, so their keys are
  // usually in the same order and the native stringify settles equality at a fraction of the cost (equal
  // text means equal values); only when it differs is the key-sorted comparison needed.
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  return stableStringify(a) === stableStringify(b);
}
