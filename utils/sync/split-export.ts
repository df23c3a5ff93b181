import { checkExportHeader } from './export-header';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';

// Cutting an export file into runs of entries on the log page, without parsing it. One pass over the text
// finds where each element of the top-level "entries" list starts and ends (outside strings); the text
// around the list is small and is parsed here, for the format and version. Each run of entries then goes to
// the background as its own message, as text: the background parses and validates it, once. A 100,000-entry
// export is ~150 MB, over Chrome's 64 MiB cap on one runtime message, and parsing it here only to serialize
// it again for the message would cost more than the cut.
//
// The cut never decides what is valid JSON: a run is the exact slice from its first entry to its last (commas
// and whatever else lies between them included), so a syntax error anywhere inside the list reaches the
// background's JSON.parse of that run and is refused there.

export interface ExportSplit {
  ok: true;
  // The document around the list: what the background checks before any entry (format, version).
  format: unknown;
  version: unknown;
  text: string;
  // starts[i]..ends[i] is the text of entry i.
  starts: number[];
  ends: number[];
}

export type SplitResult = ExportSplit | { ok: false; reason: string };

export interface EntryRun {
  // Index in the file of the run's first entry.
  first: number;
  count: number;
  // A JSON array holding the run's entries.
  text: string;
}

const BOM = '\uFEFF';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function notJson(error: unknown): { ok: false; reason: string } {
  return { ok: false, reason: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
}

// The whole text parsed the ordinary way, for a file whose layout the cut does not recognise (no "entries"
// list, not an object at all): the answer is then the same as for a file read whole.
function whole(text: string): { ok: false; reason: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return notJson(error);
  }
  const header = checkExportHeader(doc);
  if (!header.ok) return header;
  if (!Array.isArray(header.document.entries)) return { ok: false, reason: 'The file has no "entries" list.' };
  // Only an "entries" key spelled with escapes ("entr\u0069es") gets here; no export PressClip writes.
  return { ok: false, reason: 'The "entries" key of the file is written with escapes; export the log again.' };
}

export function splitExport(input: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): SplitResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  // Characters, not bytes: the page checked the file's size in bytes before reading it; this only bounds the scan.
  if (text.length > limits.maxBytes) return { ok: false, reason: `The file is over the limit of ${limits.maxBytes} bytes.` };
  const stack: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let inString = false;
  let stringStart = -1;
  // The last string seen directly inside the top-level object, and the key it became at ':'.
  let lastString: [number, number] | null = null;
  let key: string | null = null;
  let listOpen = -1;
  let listClose = -1;
  let inList = false;
  let elementStart = -1;
  let lastSolid = -1;
  let sawComma = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) {
        inString = false;
        if (stack.length === 1) lastString = [stringStart, i + 1];
        lastSolid = i;
      }
      continue;
    }
    if (isSpace(c)) continue;
    const depth = stack.length;
    if (inList && depth === 2) {
      if (c === COMMA || c === CLOSE_ARRAY) {
        if (elementStart >= 0 || sawComma || c === COMMA) {
          // An empty element ("[1,,2]", "[1,]") is kept as an empty span: the background's parse refuses it.
          starts.push(elementStart >= 0 ? elementStart : i);
          ends.push(elementStart >= 0 ? lastSolid + 1 : i);
          if (starts.length > limits.maxEntries) return { ok: false, reason: `The file has more than ${limits.maxEntries} entries; the limit is ${limits.maxEntries}.` };
        }
        elementStart = -1;
        sawComma = c === COMMA;
        if (c === CLOSE_ARRAY) {
          inList = false;
          listClose = i;
          stack.pop();
        }
        lastSolid = i;
        continue;
      }
      if (elementStart < 0) elementStart = i;
    }
    lastSolid = i;
    if (c === QUOTE) {
      inString = true;
      stringStart = i;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      stack.push(c);
      if (stack.length > limits.maxDepth) return { ok: false, reason: `The JSON is nested deeper than ${limits.maxDepth} levels.` };
      if (stack.length === 2 && c === OPEN_ARRAY && stack[0] === OPEN_OBJECT && key === 'entries') {
        if (listOpen >= 0) return { ok: false, reason: 'The file has two "entries" lists.' };
        listOpen = i;
        inList = true;
        sawComma = false;
      }
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      stack.pop();
    } else if (c === COLON && depth === 1 && lastString) {
      try {
        key = JSON.parse(text.slice(lastString[0], lastString[1])) as string;
      } catch {
        key = null;
      }
    } else if (c === COMMA && depth === 1) {
      key = null;
    }
  }
  if (listOpen < 0 || listClose < 0) return whole(text);
  let head: unknown;
  try {
    head = JSON.parse(`${text.slice(0, listOpen)}[]${text.slice(listClose + 1)}`);
  } catch (error) {
    return notJson(error);
  }
  const { format, version } = head as Record<string, unknown>;
  return { ok: true, format, version, text, starts, ends };
}

// The entries in runs of at most `maxCount` entries and about `maxChars` characters (a run holds at least
// one entry, however long).
export function* entryRuns(split: ExportSplit, maxCount: number, maxChars: number): Generator<EntryRun> {
  const { starts, ends, text } = split;
  let first = 0;
  while (first < starts.length) {
    let last = first;
    while (last + 1 < starts.length && last + 1 - first < maxCount && ends[last + 1]! - starts[first]! <= maxChars) last++;
    yield { first, count: last - first + 1, text: `[${text.slice(starts[first], ends[last])}]` };
    first = last + 1;
  }
}
