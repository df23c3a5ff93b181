import type { StoredBody } from '../body/schema';
import type { LogEntry } from '../schema/entry';
import { checkStoredBody } from './check-body';
import type { InvalidEntry } from './read-entries';

// The release texts of an export file (its optional "bodies" list), checked at the background boundary like
// its entries: each one against the body schema, whose stored-HTML check is the same allowlist DOMPurify
// applies where there is a DOM (a service worker has none). A body that fails (markup outside the allowlist,
// a javascript: link, over the cap) takes its entry out of the import with the reason, so nothing of that
// entry is written and the rest of the file goes on; a body without an entry in the file is ignored.

export interface WithBodies {
  entries: LogEntry[];
  invalid: InvalidEntry[];
  bodies: StoredBody[];
}

export function readExportBodies(
  document: Readonly<Record<string, unknown>>,
  read: { entries: LogEntry[]; invalid: InvalidEntry[] },
  seen: ReadonlyMap<string, number>,
): WithBodies | { ok: false; reason: string } {
  const raw = document.bodies;
  if (raw === undefined) return { ...read, bodies: [] };
  if (!Array.isArray(raw)) return { ok: false, reason: 'The file\'s "bodies" (the release texts) is not a list.' };
  const bodies = new Map<string, StoredBody>();
  const refused = new Map<string, string>();
  for (const item of raw) {
    const checked = checkStoredBody(item);
    const id = checked.ok ? checked.body.id : checked.id;
    if (id === null || !seen.has(id)) continue;
    if (checked.ok) bodies.set(id, checked.body);
    else refused.set(id, checked.reason);
  }
  if (refused.size === 0) return { ...read, bodies: [...bodies.values()] };
  const invalid = [...read.invalid];
  for (const [id, reason] of refused) {
    const index = seen.get(id)!;
    invalid.push({ index, id, reason: `entry ${index}: ${reason}` });
    bodies.delete(id);
  }
  invalid.sort((a, b) => a.index - b.index);
  return { entries: read.entries.filter((entry) => !refused.has(entry.id)), invalid, bodies: [...bodies.values()] };
}
