import type { LogEntry } from '../schema/entry';

// What a compare-and-merge write compares to tell whether an entry changed since it was read (the store's batch
// basis, used by sync rounds and imports). A new version moves updatedAt; a claim or assignment only adds an
// event (utils/log/assignment.ts) and keeps updatedAt, so the events count too, or a claim made while a sync
// round merged would be overwritten by the round's copy.
export function writeStamp(entry: LogEntry): string {
  const events = entry.assignments;
  const last = events?.at(-1);
  return last ? `${entry.updatedAt}|${events!.length}|${last.at}|${last.by}` : entry.updatedAt;
}
