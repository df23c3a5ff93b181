// JSON-LD blocks flattened into a list of objects (@graph, arrays and nested values walked), with bounded work
// (the scripts' count and size are capped where they are read: page-snapshot.ts); malformed blocks are skipped
// (pages ship broken JSON).

export type LdNode = Record<string, unknown>;

export function parseJsonLd(texts: readonly string[]): LdNode[] {
  const out: LdNode[] = [];
  for (const raw of texts) {
    try {
      collect(JSON.parse(raw), out, 0);
    } catch {
      // Broken JSON-LD is common (trailing commas, HTML comments); it simply gives no evidence.
    }
  }
  return out;
}

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 6 || out.length > 200) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  if (value && typeof value === 'object') {
    const node = value as LdNode;
    if ('@type' in node) out.push(node);
    for (const [k, v] of Object.entries(node)) {
      if (k === '@graph' || (v && typeof v === 'object')) collect(v, out, depth + 1);
    }
  }
}

export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

// A string-ish property: plain string, first string of an array, or an object's name / @value.
export function ldString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = ldString(v);
      if (s) return s;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const o = value as LdNode;
    return ldString(o['name'] ?? o['@value']);
  }
  return null;
}

const ARTICLE_TYPES = ['NewsArticle', 'Article', 'PressRelease', 'BlogPosting', 'Report', 'AnalysisNewsArticle', 'WebPage'];

// The node that describes the page's main article, preferring the most specific type.
export function mainArticle(nodes: readonly LdNode[]): LdNode | null {
  for (const type of ARTICLE_TYPES) {
    const n = nodes.find((x) => ldTypes(x).includes(type));
    if (n) return n;
  }
  return null;
}
