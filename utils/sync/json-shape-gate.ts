// The companion's gate for a request body, fed the bytes as they arrive: nesting depth and the number of
// items in the top array (a push's "changes") are counted on the raw bytes, so a body that cannot be valid is
// refused after its first chunk. Before, a 30 MB push of 10 million empty items was read whole, decoded and
// parsed (8-11 s in which the service answered nothing else, ~1 GB) only to fail validation; gathering and
// decoding such a body alone blocks the event loop ~160 ms, while each 64 KB chunk costs a fraction of a ms.
// The same count read-json.ts's scanJson() makes on a whole text, made resumable over byte chunks: JSON's
// structural characters are ASCII, and no byte of a multi-byte UTF-8 character is ASCII.

export interface JsonShapeLimits {
  maxDepth: number;
  // Items of an array directly inside the top-level object ({"changes": [ … ]}).
  maxTopArrayItems: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export class JsonShapeGate {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private inTopArray = false;
  private expectingFirst = false;
  private items = 0;

  constructor(private readonly limits: JsonShapeLimits) {}

  // Null while the body may still be valid; otherwise why it cannot be.
  feed(chunk: Uint8Array): string | null {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        continue;
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      const topLevel = this.inTopArray && this.depth === 2;
      if (topLevel && this.expectingFirst && c !== 0x5d) {
        this.items = 1;
        this.expectingFirst = false;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === 0x5b || c === 0x7b) {
        this.depth++;
        if (this.depth > this.limits.maxDepth) return `The JSON is nested deeper than ${this.limits.maxDepth} levels.`;
        if (this.depth === 2) {
          this.inTopArray = c === 0x5b;
          this.items = 0;
          this.expectingFirst = this.inTopArray;
        }
      } else if (c === 0x5d || c === 0x7d) this.depth--;
      else if (c === 0x2c && topLevel) this.items++;
      if (this.items > this.limits.maxTopArrayItems) return `An array holds more than ${this.limits.maxTopArrayItems} items.`;
    }
    return null;
  }
}
