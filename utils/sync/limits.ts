// Caps on an import file, checked before its entries are read.
export interface ImportLimits {
  maxBytes: number;
  maxEntries: number;
  maxDepth: number;
}

// A journalist's own export must come back in: a log of 100,000 entries exports as ONE file, so the cap is
// 250,000 entries, with room to grow. The byte cap is sized to match: an exported entry with contacts,
// history and notes runs about 1.5 KB (the bench's synthetic entries: 154 MB for 100,000), so 250,000 of
// them at 1.6 KB is 400 MiB, still under V8's longest string (about 512 MiB), which the background reads the
// file into. The file no longer travels in one runtime message (Chrome's 64 MiB cap): the background fetches
// the log page's blob: URL of it (read-import-file.ts), so V8's string length is the bound that remains.
// An entry nests about 6 levels deep, so 32 leaves room and still stops "[[[[…" bombs.
export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: 400 * 1024 * 1024, maxEntries: 250_000, maxDepth: 32 };
