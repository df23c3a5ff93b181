import type { StoredBody } from '../body/schema';
import type { LogEntry } from '../schema/entry';
import type { BatchStore } from './confirm-import';
import { MAX_SUPERSEDES, mergeEntry } from './merge-entry';
import { mergeLogs } from './merge-log';
import { drainOutbox, enqueue, type Outbox } from './outbox';
import { bodiesToKeep, bodiesToSend, bodyHash, pushingBodies, withBodies, withoutBodies, type BodySource } from './body-exchange';
import { sameJson } from './stable-json';
import { writeStamp } from '../log/write-stamp';
import { contentHash, versionTag } from './version-tag';
import type { SyncTarget } from './target';

// One round of sync between this browser's log and a target: send what changed here, then take
// what changed there. Everything it must remember between rounds is in SyncState, plain data the
// background stores (storage.local) after every round.

export interface SyncState {
  // The target's cursor after the last successful pull; null before the first.
  cursor: string | null;
  outbox: Outbox;
  // id -> [version tag, content hash] of the version last exchanged with the target (sent or
  // received). The hash catches changes that keep the version (a merge here that grew a list).
  exchanged: Array<[string, [string, string]]>;
  // id -> fingerprint of the release text last exchanged with the target (utils/sync/body-exchange.ts); absent in
  // states stored before texts synced, which then send every text once.
  bodies?: Array<[string, string]>;
}

export const EMPTY_SYNC_STATE: SyncState = { cursor: null, outbox: [], exchanged: [] };

// The state without its waiting changes, for when they are too big to store (extension storage has
// a quota). Nothing is lost: their entries are marked as not exchanged, so the next round queues
// them again from the log, under new change ids (the target merges a repeated version harmlessly).
export function withoutOutbox(state: SyncState): SyncState {
  const waiting = new Set(state.outbox.map((change) => change.entry.id));
  return { cursor: state.cursor, outbox: [], exchanged: state.exchanged.filter(([id]) => !waiting.has(id)), bodies: state.bodies ?? [] };
}

export interface SyncReport {
  pushed: number;
  pulled: number;
  written: number;
  conflicts: number;
  // Changes the target refused outright (see DrainResult.rejected); they wait for the next edit.
  rejected: number;
  // Release texts refused on the way out or in (over a limit, markup outside the allowlist), each with its entry and
  // why; the entries themselves went through.
  bodyProblems: string[];
  error: Error | null;
}

// This browser's log has one writer (the background), so a version here that differs from the one
// last exchanged was built on it. Recording that lineage lets the other side see "newer", not "conflict".
function withLineage(entry: LogEntry, previous: string | undefined): LogEntry {
  if (previous === undefined || previous === versionTag(entry)) return entry;
  const supersedes = entry.supersedes ?? [];
  if (supersedes.includes(previous)) return entry;
  return { ...entry, supersedes: [...supersedes, previous].slice(-MAX_SUPERSEDES) };
}

// The first problems are enough to act on; a desk full of refused texts must not make the report huge.
const MAX_BODY_PROBLEMS = 100;
function noteBodyProblem(report: SyncReport, problem: string): void {
  if (report.bodyProblems.length < MAX_BODY_PROBLEMS) report.bodyProblems.push(problem.slice(0, 2000));
}

// The log's kept release texts, when the store has them (a test's thin wrapper around the store may not: it then
// syncs entries only).
function bodySource(store: BatchStore): BodySource | null {
  const { getBody, bodyIds } = store;
  return getBody && bodyIds ? { getBody: (id) => getBody(id), bodyIds: () => bodyIds() } : null;
}

export async function syncOnce(
  store: BatchStore,
  target: SyncTarget,
  state: SyncState,
  newId: () => string,
): Promise<{ state: SyncState; report: SyncReport }> {
  const exchanged = new Map(state.exchanged);
  let outbox = state.outbox;
  const bodyState = new Map(state.bodies ?? []);
  const report: SyncReport = { pushed: 0, pulled: 0, written: 0, conflicts: 0, rejected: 0, bodyProblems: [], error: null };
  const finish = () => ({ state: { cursor, outbox, exchanged: [...exchanged], bodies: [...bodyState] }, report });
  const source = bodySource(store);
  let cursor = state.cursor;

  // 1. Queue every local version the target has not seen.
  // The lineage goes out with the pushed version only; it comes back into this log with the pull
  // (writing it here as well would race the journalist's own edits for nothing).
  const local = (await store.exportDocument()).entries;
  for (const entry of local) {
    const previous = exchanged.get(entry.id);
    if (previous?.[1] === contentHash(entry)) continue;
    const version = withLineage(entry, previous?.[0]);
    outbox = enqueue(outbox, version, newId());
    exchanged.set(entry.id, [versionTag(version), contentHash(entry)]);
  }
  // The release texts the target lacks; one whose entry is not waiting (an entry exchanged before texts synced)
  // sends that entry again to carry it, a harmless repeat of a version the target has.
  const { send: sending, deferred } = source
    ? await bodiesToSend(source, new Set(local.filter((e) => e.deletedAt === null).map((e) => e.id)), outbox.map((c) => c.entry.id), bodyState)
    : { send: new Map<string, StoredBody>(), deferred: [] };
  for (const id of deferred) bodyState.delete(id);
  const queued = new Set(outbox.map((change) => change.entry.id));
  for (const entry of local) if (sending.has(entry.id) && !queued.has(entry.id)) outbox = enqueue(outbox, entry, newId());

  // 2. Send them, in order; stop at the first failure and keep the rest for next time.
  const pusher = pushingBodies(target, (id, reason) => noteBodyProblem(report, `The release text of entry ${id} was not sent: ${reason}`));
  const drained = await drainOutbox(withBodies(outbox, sending), pusher);
  outbox = withoutBodies(drained.outbox);
  report.pushed = drained.pushed;
  report.rejected = drained.rejected.length;
  // A text counts as exchanged once its change went (with it, or without it after the target refused it: sending
  // it again would be refused again, until it changes).
  const notSent = new Set([...outbox, ...drained.rejected].map((change) => change.entry.id));
  for (const [id, body] of sending) if (!notSent.has(id)) bodyState.set(id, bodyHash(body));
  if (drained.error) {
    report.error = drained.error;
    return finish();
  }

  // 3. Take what changed on the target since the last round and merge it in one write.
  let pulled: Awaited<ReturnType<SyncTarget['pull']>>;
  try {
    pulled = await target.pull(cursor);
  } catch (error) {
    report.error = error instanceof Error ? error : new Error(String(error));
    return finish();
  }
  report.pulled = pulled.entries.length;
  for (const refused of pulled.refusedBodies ?? []) noteBodyProblem(report, `A release text from the target${refused.id ? ` for entry ${refused.id}` : ''} was refused: ${refused.reason}`);
  const current = (await store.exportDocument()).entries;
  const merge = mergeLogs(current, pulled.entries);
  const kept = source ? await bodiesToKeep(pulled.bodies ?? [], merge.merged, source, bodyState) : { write: [], exchanged: new Map<string, string>() };
  // The journalist may edit while the round merges: an entry changed since it was read is merged again with
  // the stored version inside the write (store.applyBatch's basis), so that edit is kept, not overwritten.
  const readAt = new Map(current.map((entry) => [entry.id, writeStamp(entry)]));
  if (merge.changed.length > 0 || kept.write.length > 0) {
    await store.applyBatch(merge.changed, { basis: { readAt: (id) => readAt.get(id), rebase: (stored, ours) => mergeEntry(stored, ours).entry }, bodies: kept.write });
  }
  for (const [id, hash] of kept.exchanged) bodyState.set(id, hash);
  // A deleted entry's text is gone on both sides (the store and the targets drop it with the tombstone).
  for (const id of [...bodyState.keys()]) if (merge.merged.get(id)?.deletedAt !== null) bodyState.delete(id);
  report.written = merge.changed.length;
  report.conflicts = [...merge.outcomes.values()].filter((outcome) => outcome === 'conflict').length;
  const remote = new Map(pulled.entries.map((entry) => [entry.id, entry]));
  for (const id of new Set([...remote.keys(), ...merge.changed.map((entry) => entry.id)])) {
    const entry = merge.merged.get(id);
    if (!entry) continue;
    exchanged.set(id, [versionTag(entry), contentHash(entry)]);
    // The merge produced something the target does not have yet (e.g. a page pair joined here).
    if (!sameJson(entry, remote.get(id))) outbox = enqueue(outbox, entry, newId());
  }
  cursor = pulled.cursor;

  // 4. Send back what the merge added, so both sides end the round equal.
  if (outbox.length > 0) {
    const again = await drainOutbox(outbox, target);
    outbox = again.outbox;
    report.pushed += again.pushed;
    report.rejected += again.rejected.length;
    report.error = again.error;
  }
  return finish();
}
