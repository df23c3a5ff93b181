// The companion's gate for a request body, fed the bytes as they arrive: nesting depth and the number of items
// in each array and object are counted on the raw bytes, so a body that cannot be valid is refused at the chunk
// where that shows. Before, a 30 MB push of 10 million empty items was read whole, decoded and parsed (8-11 s in
// which the service answered nothing else, ~1 GB) only to fail validation; 9 million items in one entry's tags
// still held it 1.4 s. Gathering and decoding such a body alone blocks the event loop ~160 ms, while each 64 KB
// chunk costs the gate a fraction of a millisecond.
// JSON's structural characters are ASCII, and no byte of a multi-byte UTF-8 character is ASCII, so bytes can be
// counted without decoding, and a chunk may end anywhere (inside a string, after a backslash).

export interface JsonShapeLimits {
  maxDepth: number;
  // Items of an array directly inside the top-level object ({"changes": [ … ]}).
  maxTopArrayItems: number;
  // Items of any array, members of any object.
  maxItems: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;

export class JsonShapeGate {
  private inString = false;
  private escaped = false;
  // Per open container, outermost first: its opening byte, and its items so far (-1 while it has none).
  private readonly opened: number[] = [];
  private readonly items: number[] = [];

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
      const level = this.opened.length - 1;
      const closing = c === 0x5d || c === 0x7d;
      // The first item of a container starts at its first non-blank byte that does not close it.
      if (level >= 0 && this.items[level] === -1 && !closing) {
        this.items[level] = 1;
        const refusal = this.tooMany(level);
        if (refusal) return refusal;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
        this.opened.push(c);
        this.items.push(-1);
        if (this.opened.length > this.limits.maxDepth) return `The JSON is nested deeper than ${this.limits.maxDepth} levels.`;
      } else if (closing) {
        this.opened.pop();
        this.items.pop();
      } else if (c === 0x2c && level >= 0) {
        this.items[level]! += 1;
        const refusal = this.tooMany(level);
        if (refusal) return refusal;
      }
    }
    return null;
  }

  private tooMany(level: number): string | null {
    const isArray = this.opened[level] === OPEN_ARRAY;
    const limit = level === 1 && isArray ? Math.min(this.limits.maxTopArrayItems, this.limits.maxItems) : this.limits.maxItems;
    return this.items[level]! > limit ? `An ${isArray ? 'array' : 'object'} holds more than ${limit} items.` : null;
  }
}
