// The first, cheap gate for an import file or a request body: size, nesting and entry count are
// checked on the raw text before JSON.parse, so a 2 GB file, a 100 000-deep "[[[[" or a million
// entries never reach the parser.

export interface JsonLimits {
  maxBytes: number;
  maxDepth: number;
  // For an export: how many entries at most, counted on the raw text.
  maxTopArrayItems?: number;
}

export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: string };

const BOM = '\uFEFF';

function byteLength(input: string | Uint8Array): number {
  return typeof input === 'string' ? new TextEncoder().encode(input).length : input.byteLength;
}

export interface JsonShape {
  // Deepest nesting of [ and { outside strings (counting stops past the limit).
  depth: number;
  // Elements of the largest array directly inside the top-level object (an export's "entries").
  topArrayItems: number;
}

// One pass over the raw text, so an oversized or over-deep document is refused before JSON.parse.
export function scanJson(text: string, stopAtDepth: number): JsonShape {
  const stack: number[] = [];
  let deepest = 0;
  let inString = false;
  let items = 0;
  let topArrayItems = 0;
  let expectingFirst = false;
  for (let i = 0; i < text.length; i++) {
    if (inString) {
      // Strings are most of an export's text: jump to the closing quote with indexOf (native, many times
      // faster than a loop over each character; 1.1 s -> a fraction at 150 MB). A quote after an odd run
      // of backslashes is escaped and the string goes on.
      let close = text.indexOf('"', i);
      while (close !== -1) {
        let slashes = 0;
        while (text.charCodeAt(close - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
        close = text.indexOf('"', close + 1);
      }
      // An unterminated string: nothing more to count; JSON.parse refuses the text.
      if (close === -1) break;
      i = close;
      inString = false;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    const inTopArray = stack.length === 2 && stack[1] === 0x5b;
    if (inTopArray && expectingFirst && c !== 0x5d) {
      items = 1;
      expectingFirst = false;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      stack.push(c);
      if (stack.length > deepest) {
        deepest = stack.length;
        if (deepest > stopAtDepth) return { depth: deepest, topArrayItems };
      }
      if (stack.length === 2 && c === 0x5b) {
        items = 0;
        expectingFirst = true;
      }
    } else if (c === 0x5d || c === 0x7d) {
      if (inTopArray) topArrayItems = Math.max(topArrayItems, items);
      stack.pop();
    } else if (c === 0x2c && inTopArray) items++;
  }
  return { depth: deepest, topArrayItems };
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
  const shape = scanJson(text, limits.maxDepth);
  if (shape.depth > limits.maxDepth) {
    return { ok: false, reason: `The JSON is nested deeper than ${limits.maxDepth} levels.` };
  }
  if (limits.maxTopArrayItems !== undefined && shape.topArrayItems > limits.maxTopArrayItems) {
    return { ok: false, reason: `The file has ${shape.topArrayItems} entries; the limit is ${limits.maxTopArrayItems}.` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}
