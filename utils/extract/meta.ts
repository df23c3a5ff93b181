// <meta> lookups by property, name or itemprop; first non-empty wins, in the order given.
// One pass over the <head>'s meta elements per document (cached): on a 5 MB page every extra document-wide
// selector query costs real time, and meta tags live in the head.

const ATTRS = ['property', 'name', 'itemprop'] as const;
const cache = new WeakMap<Document, Map<string, string>>();

function addMeta(map: Map<string, string>, el: Element | undefined): void {
  const content = el?.getAttribute('content')?.trim();
  if (!el || !content) return;
  for (const attr of ATTRS) {
    const key = el.getAttribute(attr)?.trim().toLowerCase();
    if (key && !map.has(key)) map.set(key, content);
  }
}

function firstOf(map: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const v = map.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}

function metaMap(doc: Document): Map<string, string> {
  let map = cache.get(doc);
  if (map) return map;
  map = new Map();
  const metas = (doc.head ?? doc).querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) addMeta(map, metas[i]);
  cache.set(doc, map);
  return map;
}

export function metaContent(doc: Document, keys: readonly string[]): string | null {
  return firstOf(metaMap(doc), keys);
}

// The same lookups over only `metas`: the meta elements a caller found with one selector query (their selector from
// metaSelector()). The every-page script wants a handful of keys, and from a content script's isolated world every
// element it touches costs a wrapper: a head of 60 meta tags cost more than the query. (~= matches the value with
// surrounding spaces, as the trim above does; addMeta checks the key exactly.)
export function metaOf(metas: ArrayLike<Element>): (wanted: readonly string[]) => string | null {
  const map = new Map<string, string>();
  for (let i = 0; i < metas.length; i++) addMeta(map, metas[i]);
  return (wanted) => firstOf(map, wanted);
}

// The selector that finds the meta elements for `keys`. A caller with fixed keys keeps its result as a literal: the
// every-page script then compiles no code to build it.
export function metaSelector(keys: readonly string[]): string {
  return keys.flatMap((key) => ATTRS.map((attr) => `meta[${attr}~="${key.replace(/["\\]/g, '')}" i]`)).join(', ');
}
