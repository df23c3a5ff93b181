import type { LogEntry } from '../schema/entry';
import { checkExportHeader } from './export-header';
import type { ExportRead } from './import-preview';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';
import { readEntries, type InvalidEntry } from './read-entries';
import { scanJson } from './read-json';

// A file too big for one runtime message (Chrome caps one at 64 MiB; a 100,000-entry export is ~150 MB)
// arrives as runs of entries, in order (utils/sync/split-export.ts cuts them on the log page). Each run is
// parsed and validated here, at the background boundary, once, and kept in memory: nothing reaches the log
// until the journalist confirms the preview, and then everything goes in one transaction. A run that cannot
// be read fails the whole file, so the preview and the apply refuse it and the log stays as it was.
// Only the latest file is kept (one import at a time; a new one drops an unfinished one and its memory).

export interface StagedRun {
  session: string;
  first: number;
  count: number;
  entries: string;
}

export type StageAnswer = { ok: true; received: number } | { ok: false; reason: string };

interface Session {
  id: string;
  version: number;
  document: Record<string, unknown>;
  expected: number;
  received: number;
  chars: number;
  entries: LogEntry[];
  invalid: InvalidEntry[];
  seen: Map<string, number>;
  failure: string | null;
}

export interface ImportStaging {
  begin(header: { format: unknown; version: unknown; entries: number }): { ok: true; session: string } | { ok: false; reason: string };
  add(run: StagedRun): StageAnswer;
  // The staged file as a whole: what a preview or an apply merges, or why it cannot be imported.
  read(session: string): ExportRead;
  discard(session: string): void;
}

export function createImportStaging(newId: () => string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): ImportStaging {
  let current: Session | null = null;

  // The session, or why there is none (a string).
  function find(id: string): Session | string {
    if (current?.id === id) return current;
    return 'This import is no longer open in PressClip (another import started, or the browser restarted it); choose the file again.';
  }

  function fail(session: Session, reason: string): StageAnswer {
    session.failure = reason;
    // Nothing of a failed file will be imported: free its entries now.
    session.entries = [];
    session.seen = new Map();
    return { ok: false, reason };
  }

  return {
    begin({ format, version, entries }) {
      current = null;
      const header = checkExportHeader({ format, version });
      if (!header.ok) return header;
      if (entries > limits.maxEntries) return { ok: false, reason: `The file has ${entries} entries; the limit is ${limits.maxEntries}.` };
      current = { id: newId(), version: header.version, document: header.document, expected: entries, received: 0, chars: 0, entries: [], invalid: [], seen: new Map(), failure: null };
      return { ok: true, session: current.id };
    },

    add({ session: id, first, count, entries: text }) {
      const s = find(id);
      if (typeof s === 'string') return { ok: false, reason: s };
      if (s.failure !== null) return { ok: false, reason: s.failure };
      const last = first + count - 1;
      if (first !== s.received) return fail(s, `Entries arrived out of order (expected entry ${s.received}, got ${first}); choose the file again.`);
      if (first + count > s.expected) return fail(s, `More entries arrived than the file announced (${s.expected}).`);
      s.chars += text.length;
      if (s.chars > limits.maxBytes) return fail(s, `The file is over the limit of ${limits.maxBytes} bytes.`);
      // A run is a JSON array of entries, which sit two levels down in the file (document, list).
      // The size was counted above; the text is not re-encoded to count bytes (readJson does, for a whole file).
      if (scanJson(text, limits.maxDepth - 1).depth > limits.maxDepth - 1) {
        return fail(s, `Entries ${first}–${last}: the JSON is nested deeper than ${limits.maxDepth} levels.`);
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        return fail(s, `Entries ${first}–${last}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!Array.isArray(value) || value.length !== count) {
        return fail(s, `Entries ${first}–${last} did not arrive as ${count} entries; choose the file again.`);
      }
      const read = readEntries(s.document, s.version, value, first, s.seen);
      if (!read) return fail(s, `No migration from version ${s.version}.`);
      for (const entry of read.entries) s.entries.push(entry);
      for (const problem of read.invalid) s.invalid.push(problem);
      s.received += count;
      return { ok: true, received: s.received };
    },

    read(id) {
      const session = find(id);
      if (typeof session === 'string') return { ok: false, reason: session };
      if (session.failure !== null) return { ok: false, reason: session.failure };
      if (session.received !== session.expected) {
        return { ok: false, reason: `Only ${session.received} of the file's ${session.expected} entries arrived; choose the file again.` };
      }
      return { ok: true, fromVersion: session.version, entries: session.entries, invalid: session.invalid };
    },

    discard(id) {
      if (current?.id === id) current = null;
    },
  };
}
