// <meta> lookups by property or name, first non-empty wins, in the order given.
export function metaContent(doc: Document, keys: readonly string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ??
      doc.querySelector(`meta[name="${key}"]`) ??
      doc.querySelector(`meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}
