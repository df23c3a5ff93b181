import type { LogEntry } from '../schema/entry';
import { compareInstants } from '../sync/instants';
import { stableStringify } from '../sync/stable-json';

// "Who changed this" on a shared desk. The background stamps every write the journalist makes in this browser
// (save, edit, delete, status, request, merge, restore) when it is written, never at push time: a stamp the
// server copy has and this browser's copy lacks would make the two differ forever. Entries that arrive by sync
// or import keep the authors they came with.

// The name a change is recorded under: the journalist's name from Settings, else their newsroom-log user name.
export function authorName(journalistName: string, deskUser: string): string | null {
  const name = journalistName.trim() || deskUser.trim();
  return name === '' ? null : name.slice(0, 200);
}

function newItems<T extends { at: string; by?: string }>(before: readonly T[], after: readonly T[], since: string | undefined, by: string | null): T[] {
  if (by === null) return [...after];
  const known = new Set(before.map((item) => stableStringify(item)));
  // New in this write, and made now: a status change, a request just recorded. Items that came along from
  // elsewhere (a merged duplicate's history) are older than the version they were merged into.
  return after.map((item) =>
    known.has(stableStringify(item)) || (since !== undefined && compareInstants(item.at, since) <= 0) ? item : { ...item, by },
  );
}

// `after`, written by `by`, replacing `before` (undefined: a new entry). A new version (updatedAt moved) names its
// author, or none when no name is set, rather than keeping the previous author's name.
export function attributeWrite(before: LogEntry | undefined, after: LogEntry, by: string | null): LogEntry {
  if (before !== undefined && before.updatedAt === after.updatedAt) return after;
  const { changedBy: _previous, ...rest } = after;
  const since = before?.updatedAt;
  return {
    ...rest,
    ...(by === null ? {} : { changedBy: by }),
    history: newItems(before?.history ?? [], after.history, since, by),
    requests: newItems(before?.requests ?? [], after.requests, since, by),
  };
}
