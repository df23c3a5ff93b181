import type { z } from 'zod';
import { LOG_EXPORT_VERSION } from '../schema/log-export';
import { MIGRATIONS } from './migrations';

// Brings an export document of any known version up to the current one, entry by entry: an entry
// that does not fit its own version's shape is reported (with where it failed) instead of
// sinking the whole file.

export interface MigratedDocument {
  fromVersion: number;
  document: Record<string, unknown>;
  // Index in the file -> the migrated entry, or why it could not be migrated.
  entries: Array<{ ok: true; value: unknown } | { ok: false; issues: z.core.$ZodIssue[]; version: number }>;
}

export function migrationChain(from: number): typeof MIGRATIONS | null {
  const chain = [];
  let version = from;
  while (version < LOG_EXPORT_VERSION) {
    const step = MIGRATIONS.find((candidate) => candidate.from === version);
    if (!step) return null;
    chain.push(step);
    version = step.to;
  }
  return version === LOG_EXPORT_VERSION ? chain : null;
}

export function migrateDocument(
  doc: Readonly<Record<string, unknown>>,
  version: number,
  entries: readonly unknown[],
): MigratedDocument | null {
  const chain = migrationChain(version);
  if (!chain) return null;
  let document: Record<string, unknown> = { ...doc };
  let current: MigratedDocument['entries'] = entries.map((value) => ({ ok: true, value }));
  for (const step of chain) {
    document = { ...step.document(document), version: step.to };
    current = current.map((item) => {
      if (!item.ok) return item;
      const next = step.entry(item.value);
      return next.ok ? next : { ...next, version: step.from };
    });
  }
  return { fromVersion: version, document, entries: current };
}
