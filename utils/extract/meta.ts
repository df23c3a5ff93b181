// <meta> lookups by property, name or itemprop; first non-empty wins, in the order given.
// One pass over the <head>'s meta elements per document (cached): on a 5 MB page every extra document-wide
// selector query costs real time, and meta tags live in the head.

const cache = new WeakMap<Document, Map<string, string>>();

function metaMap(doc: Document): Map<string, string> {
  let map = cache.get(doc);
  if (map) return map;
  map = new Map();
  const scope: ParentNode = doc.head ?? doc;
  const metas = scope.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i];
    const content = el?.getAttribute('content')?.trim();
    if (!el || !content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  cache.set(doc, map);
  return map;
}

export function metaContent(doc: Document, keys: readonly string[]): string | null {
  const map = metaMap(doc);
  for (const key of keys) {
    const v = map.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}
