import { markStage } from '../log/stage-time';
import type { LogEntry } from '../schema/entry';
import { DEFAULT_IMPORT_LIMITS, openExport, type ExportRead, type ImportLimits } from './import-preview';
import { readEntries, type InvalidEntry } from './read-entries';
import { readExportBodies } from './read-bodies';

// The background reading the file the journalist chose on the log page. The page hands over a blob: URL of
// the File (URL.createObjectURL) instead of its text: a 100,000-entry export is ~150 MB, over Chrome's 64 MiB
// cap on one runtime message, and sending it in message-sized runs cost more (measured: ~5 s of messaging
// and ~3 s of cutting the text on the page at 100,000 entries) than the background fetching the blob from
// its own origin (under 1 s). Everything in the file is then checked here, at the background boundary, once.

const SLICE = 5000;
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Fetches a blob: URL as a Blob without reading it (the size is checked before the bytes are).
export type OpenFile = (url: string) => Promise<Blob>;

export const openBlobUrl: OpenFile = async (url) => (await fetch(url)).blob();

// "chrome-extension://<id>/log.html" -> "chrome-extension://<id>"; compared as text, as dispatch does, since
// URL.origin is "null" for schemes the URL parser does not know.
function originOf(url: string): string | null {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.exec(url)?.[0] ?? null;
}

// Only a blob the sending page itself created: `blob:<the page's own origin>/<uuid>`.
export function isOwnBlobUrl(url: string, senderUrl: string | undefined): boolean {
  const origin = senderUrl ? originOf(senderUrl) : null;
  return origin !== null && url.startsWith(`blob:${origin}/`) && url.length <= origin.length + 60;
}

export async function readImportFile(
  url: string,
  senderUrl: string | undefined,
  open: OpenFile = openBlobUrl,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<ExportRead> {
  if (!isOwnBlobUrl(url, senderUrl)) return { ok: false, reason: 'The file must be chosen on a PressClip page.' };
  let blob: Blob;
  let start = performance.now();
  try {
    blob = await open(url);
  } catch (error) {
    return { ok: false, reason: `The file could not be read (${error instanceof Error ? error.message : String(error)}); choose it again.` };
  }
  if (blob.size > limits.maxBytes) return { ok: false, reason: `The file is ${blob.size} bytes; the limit is ${limits.maxBytes}.` };
  try {
    // Bytes, not text: the UTF-8 check and the byte count come with the decoding (readJson).
    const bytes = new Uint8Array(await blob.arrayBuffer());
    markStage('import:fetch', start);
    start = performance.now();
    const opened = openExport(bytes, limits);
    markStage('import:parse', start);
    if (!opened.ok) return opened;
    start = performance.now();
    // Validated a slice at a time, letting other messages through in between (validating 100,000 entries
    // takes seconds, and a popup opened meanwhile asks the background for its tab's state).
    const entries: LogEntry[] = [];
    const invalid: InvalidEntry[] = [];
    const seen = new Map<string, number>();
    for (let first = 0; first < opened.rawEntries.length; first += SLICE) {
      if (first > 0) await yieldToEvents();
      const slice = readEntries(opened.document, opened.version, opened.rawEntries.slice(first, first + SLICE), first, seen);
      if (!slice) return { ok: false, reason: `No migration from version ${opened.version}.` };
      for (const entry of slice.entries) entries.push(entry);
      for (const problem of slice.invalid) invalid.push(problem);
    }
    const withBodies = readExportBodies(opened.document, { entries, invalid }, seen);
    markStage('import:validate', start);
    if ('ok' in withBodies) return withBodies;
    return { ok: true, fromVersion: opened.version, ...withBodies };
  } catch (error) {
    return { ok: false, reason: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
