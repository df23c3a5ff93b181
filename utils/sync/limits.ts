// Caps on an import file, checked before its entries are read.
export interface ImportLimits {
  maxBytes: number;
  maxEntries: number;
  maxDepth: number;
}

// 10 000 full entries with contacts and notes stay well under 50 MB; real logs are far smaller.
// An entry nests about 6 levels deep, so 32 leaves room and still stops "[[[[…" bombs.
export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: 50 * 1024 * 1024, maxEntries: 10_000, maxDepth: 32 };
