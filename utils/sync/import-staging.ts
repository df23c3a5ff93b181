import type { ExportRead } from './import-preview';

// A previewed file, read and validated, kept in the background until the journalist confirms it (apply
// writes it) or cancels (discard drops it): the file is read once, and nothing reaches the log before
// Confirm. Only the latest preview is kept (one import at a time): a new one drops an older one's entries,
// which for a 100,000-entry file are a few hundred MB of memory.

export interface ImportStaging {
  stage(read: ExportRead): string;
  // The staged reading, or why there is none; it stays staged until `discard`.
  get(session: string): ExportRead;
  discard(session: string): void;
}

export const SESSION_GONE =
  'This import is no longer open in PressClip (another file was chosen since, or the browser restarted PressClip); choose the file again.';

export function createImportStaging(newId: () => string): ImportStaging {
  let current: { id: string; read: ExportRead } | null = null;
  return {
    stage(read) {
      current = { id: newId(), read };
      return current.id;
    },
    get(session) {
      return current?.id === session ? current.read : { ok: false, reason: SESSION_GONE };
    },
    discard(session) {
      if (current?.id === session) current = null;
    },
  };
}
