// The first, cheap gate for an import file or a request body: size and nesting are checked on the
// raw text before JSON.parse, so a 2 GB file or a 100 000-deep "[[[[" never reaches the parser.

export interface JsonLimits {
  maxBytes: number;
  maxDepth: number;
}

export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: string };

const BOM = '\uFEFF';

function byteLength(input: string | Uint8Array): number {
  return typeof input === 'string' ? new TextEncoder().encode(input).length : input.byteLength;
}

// Deepest nesting of [ and { outside strings; stops counting once past the limit.
export function nestingDepth(text: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export function readJson(input: string | Uint8Array, limits: JsonLimits): JsonRead {
  const bytes = byteLength(input);
  if (bytes > limits.maxBytes) {
    return { ok: false, reason: `The file is ${bytes} bytes; the limit is ${limits.maxBytes}.` };
  }
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return { ok: false, reason: 'The file is not UTF-8 text.' };
  }
  // Windows editors save JSON with a byte-order mark, which JSON.parse refuses.
  if (text.startsWith(BOM)) text = text.slice(1);
  if (nestingDepth(text, limits.maxDepth) > limits.maxDepth) {
    return { ok: false, reason: `The JSON is nested deeper than ${limits.maxDepth} levels.` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}
