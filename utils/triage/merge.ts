import { PRIORITIES, type LogEntry, type Revision } from '../schema/entry';
import type { Contact } from '../schema/record';
import { nextInstant } from '../log/timestamps';
import { withRevision } from '../log/upsert';

// Merging a duplicate into the entry that stays. Lossless and simple: the surviving entry keeps its own record
// and status; it gains the other copy's URLs (in its notes), notes, tags, contacts it lacked, interview requests,
// and the whole other entry as a revision, so every field can be restored. The other entry becomes a tombstone
// (deletion travels through sync), which itself still holds its data.

function contactKey(c: Contact): string {
  return (c.emails[0] ?? c.name ?? c.phones[0] ?? '').toLowerCase();
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

function lastRevision(entry: LogEntry, reason: string, at: string): Revision {
  return withRevision(entry, reason, at).at(-1)!;
}

export function mergeEntries(survivor: LogEntry, duplicate: LogEntry, now: Date): { survivor: LogEntry; duplicate: LogEntry } {
  const at = nextInstant(now, survivor.updatedAt > duplicate.updatedAt ? survivor.updatedAt : duplicate.updatedAt);
  const urls = [duplicate.record.url, duplicate.record.canonicalUrl].filter(
    (u, i, all): u is string => !!u && all.indexOf(u) === i,
  );
  const header = `--- Merged duplicate ${at.slice(0, 10)} (${duplicate.record.headline ?? 'untitled'}): ${urls.join(' ')}`;
  const notes = [survivor.notes, header, duplicate.notes].filter((n) => n.trim() !== '').join('\n').slice(0, 100000);

  const known = new Set(survivor.record.contacts.map(contactKey));
  const contacts = [...survivor.record.contacts, ...duplicate.record.contacts.filter((c) => !known.has(contactKey(c)))].slice(0, 50);

  const requests = [...survivor.requests, ...duplicate.requests].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).slice(-500);
  const priority = PRIORITIES[Math.max(PRIORITIES.indexOf(survivor.priority), PRIORITIES.indexOf(duplicate.priority))]!;

  const merged: LogEntry = {
    ...survivor,
    record: { ...survivor.record, contacts },
    priority,
    deadline: earliest(survivor.deadline, duplicate.deadline),
    followUpAt: earliest(survivor.followUpAt, duplicate.followUpAt),
    tags: [...new Set([...survivor.tags, ...duplicate.tags])].slice(0, 50),
    notes,
    requests,
    updatedAt: at,
    revisions: [...survivor.revisions, lastRevision(survivor, 'Before merging a duplicate', at), lastRevision(duplicate, `Merged duplicate ${duplicate.id}`, at)].slice(-50),
  };
  return { survivor: merged, duplicate: { ...duplicate, deletedAt: at, updatedAt: at } };
}
