import type { StoredBody } from '../utils/body/schema';
import type { LogEntry } from '../utils/schema/entry';
import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION, type CompanionState, type LogExport } from '../utils/schema/log-export';
import { mergeLogs } from '../utils/sync/merge-log';
import { MAX_PULL_BODY_CHARS } from '../utils/sync/body-exchange';
import type { Change } from '../utils/sync/protocol';
import { sameJson } from '../utils/sync/stable-json';

// The companion's log as data: applying a batch of changes and answering "what changed since N".
// No files here (log-file.ts does those), so it tests as plain functions.

// Enough to recognise any retry of a recent push; an older id replayed is still harmless, because
// applying the same entry version again merges to the same log.
export const MAX_APPLIED_IDS = 10_000;

export function emptyLog(now: string): LogExport {
  return { format: LOG_EXPORT_FORMAT, version: LOG_EXPORT_VERSION, exportedAt: now, entries: [], companion: emptyState() };
}

function emptyState(): CompanionState {
  return { seq: 0, entrySeq: [], appliedChangeIds: [] };
}

export interface Applied {
  doc: LogExport;
  applied: number;
  duplicates: number;
  // Whether the log itself changed (and so must be written).
  changed: boolean;
}

export function applyChanges(doc: LogExport, changes: readonly Change[], now: string): Applied {
  const state = doc.companion ?? emptyState();
  const seen = new Set(state.appliedChangeIds);
  const fresh: Change[] = [];
  for (const change of changes) {
    if (seen.has(change.changeId)) continue;
    seen.add(change.changeId);
    fresh.push(change);
  }
  const duplicates = changes.length - fresh.length;
  if (fresh.length === 0) return { doc, applied: 0, duplicates, changed: false };

  const merge = mergeLogs(doc.entries, fresh.map((change) => change.entry));
  const entrySeq = new Map(state.entrySeq);
  let seq = state.seq;
  for (const entry of merge.changed) entrySeq.set(entry.id, ++seq);
  const entries: LogEntry[] = [...merge.merged.values()];
  // Entries added to the file by hand have no counter yet; give them one so they stop counting as new.
  for (const entry of entries) if (!entrySeq.has(entry.id)) entrySeq.set(entry.id, ++seq);
  const texts = applyBodies(doc, fresh, merge.merged, seq);
  seq = texts.seq;
  const appliedChangeIds = [...state.appliedChangeIds, ...fresh.map((change) => change.changeId)].slice(-MAX_APPLIED_IDS);
  return {
    doc: {
      ...doc,
      exportedAt: merge.changed.length > 0 || texts.changed ? now : doc.exportedAt,
      entries,
      ...(texts.bodies.length > 0 || doc.bodies ? { bodies: texts.bodies } : {}),
      companion: { seq, entrySeq: [...entrySeq], appliedChangeIds, ...(texts.bodySeq.length > 0 || state.bodySeq ? { bodySeq: texts.bodySeq } : {}) },
    },
    applied: fresh.length,
    duplicates,
    changed: true,
  };
}

// The release texts the pushed changes carried (already checked by the push schema: the stored-HTML grammar and
// the caps; the companion has no DOM and needs none, the browser checks each text again when it pulls it), kept in
// the file's "bodies" list as an export with texts has them, so the file stays a valid import. A text is kept only
// while its entry lives, and gets a counter only when it differs from the one held, so an entry edited many times
// does not send its text again with every pull.
function applyBodies(doc: LogExport, fresh: readonly Change[], merged: ReadonlyMap<string, LogEntry>, seq: number) {
  const bodies = new Map((doc.bodies ?? []).map((body) => [body.id, body]));
  const bodySeq = new Map(doc.companion?.bodySeq ?? []);
  let changed = false;
  for (const { body } of fresh) {
    if (!body || merged.get(body.id)?.deletedAt !== null) continue;
    const held = bodies.get(body.id);
    if (held && sameJson(held, body)) continue;
    bodies.set(body.id, body);
    bodySeq.set(body.id, ++seq);
    changed = true;
  }
  for (const id of [...bodies.keys()]) {
    if (merged.get(id)?.deletedAt === null) continue;
    bodies.delete(id);
    bodySeq.delete(id);
    changed = true;
  }
  // Texts added to the file by hand have no counter yet.
  for (const id of bodies.keys()) if (!bodySeq.has(id)) bodySeq.set(id, ++seq);
  for (const id of [...bodySeq.keys()]) if (!bodies.has(id)) bodySeq.delete(id);
  return { bodies: [...bodies.values()] as StoredBody[], bodySeq: [...bodySeq], seq, changed };
}

// Entries and release texts changed after cursor `since` (all of them for null); the cursor to ask with next time.
// The texts come in slices of MAX_PULL_BODY_CHARS, oldest change first (a text is never split).
// An entry or text the file gained by a hand edit has no counter yet and counts as changed. When the texts are over
// the budget, the cursor stops just before the first text left out, so the next pull starts there (the entries after
// it come again, which the merge takes as the same versions).
export function changesSince(doc: LogExport, since: number | null, budget = MAX_PULL_BODY_CHARS): { cursor: number; entries: LogEntry[]; bodies: StoredBody[] } {
  const state = doc.companion ?? emptyState();
  const entrySeq = new Map(state.entrySeq);
  const bodySeq = new Map(state.bodySeq ?? []);
  const seqOf = (seqs: Map<string, number>, id: string) => seqs.get(id) ?? Number.POSITIVE_INFINITY;
  const after = (seqs: Map<string, number>, id: string) => since === null || seqOf(seqs, id) > since;
  const entries = doc.entries.filter((entry) => after(entrySeq, entry.id));
  const changed = (doc.bodies ?? []).filter((body) => after(bodySeq, body.id)).sort((a, b) => seqOf(bodySeq, a.id) - seqOf(bodySeq, b.id));
  let chars = 0;
  let cut = changed.length;
  for (let i = 0; i < changed.length; i++) {
    if (chars >= budget) {
      cut = i;
      break;
    }
    chars += changed[i]!.html.length + changed[i]!.text.length;
  }
  const firstLeft = cut < changed.length ? seqOf(bodySeq, changed[cut]!.id) : null;
  // A text without a counter (a hand edit) cannot be resumed from: such a file sends them all until its next push.
  if (firstLeft === null || firstLeft === Number.POSITIVE_INFINITY) return { cursor: state.seq, entries, bodies: changed };
  return { cursor: firstLeft - 1, entries, bodies: changed.slice(0, cut) };
}
