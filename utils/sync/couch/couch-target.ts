import type { z } from 'zod';
import type { StoredBody } from '../../body/schema';
import type { LogEntry } from '../../schema/entry';
import type { FetchLike } from '../companion-target';
import { mergeEntry } from '../merge-entry';
import type { Change } from '../protocol';
import { sameJson } from '../stable-json';
import { SyncTargetError, type SyncTarget, type TargetStatus } from '../target';
import { basicAuthHeader } from './basic-auth';
import {
  AllDocsResponseSchema,
  BulkDocsResponseSchema,
  BulkGetResponseSchema,
  ChangesResponseSchema,
  CouchErrorSchema,
  DatabaseInfoSchema,
} from './couch-schemas';
import { MAX_PULL_BODY_CHARS } from '../body-exchange';
import { bodyDocId, isBodyDocId, readBodyDocument, toBodyDocument } from './body-document';
import { readDocument, toDocument, type InvalidDoc } from './entry-document';

// The newsroom desk's CouchDB database as a SyncTarget, on CouchDB 3.x's documented HTTP API with plain
// `fetch` (passed in; nothing here reads globals):
// - push: read the server's current version of each entry (_all_docs with the documents), merge ours into
//   it with the log's own merge, write with the server's _rev (_bulk_docs). A 409 (a colleague wrote in
//   between) reads and merges again, so nothing a colleague wrote is overwritten;
// - pull: _changes?since=<seq>&include_docs=true&conflicts=true, page by page; the cursor is CouchDB's seq;
// - conflicts (two revisions of one document, which CouchDB keeps after replication between servers or
//   cluster nodes): all revisions are merged, the result written over the winning revision, the losing
//   revisions deleted; the merge keeps a losing version as an entry revision the journalist can restore;
// - a document that is not a valid entry is skipped and reported (onInvalid), never written to the log;
// - an entry's release text is its own document, `body:<id>` (body-document.ts), written only when a change carries
//   it (the sync round sends a text once per change of the text, not with every edit) and deleted with the entry;
//   pulled like the entries, checked, and a refused one reported while its entry still arrives.

export interface CouchOptions {
  fetch: FetchLike;
  // parseServerUrl(...).base: https (or loopback http), no trailing slash.
  base: string;
  database: string;
  user: string;
  password: string;
  // CouchDB's cookie session (session-auth.ts) instead of basic auth: no password here, the browser sends the
  // AuthSession cookie it got from POST /_session.
  session?: boolean;
  onInvalid?: (invalid: InvalidDoc) => void;
  // Documents per _changes page.
  pageSize?: number;
  // Characters of release texts one pull reads before it stops at a page's end (MAX_PULL_BODY_CHARS).
  bodyCharsPerPull?: number;
}

const MAX_WRITE_ATTEMPTS = 5;

// A SyncTargetError that keeps the HTTP status, so the connection test can tell a 403 from a 404.
export class CouchHttpError extends SyncTargetError {
  constructor(
    readonly status: number,
    state: Exclude<SyncTargetError['state'], 'ready'>,
    message: string,
    rejected = false,
  ) {
    super(state, message, rejected);
  }
}

function describeStatus(status: number, reason: string | undefined): string {
  return reason ? `${status} (${reason})` : String(status);
}

export async function couchCall<T>(
  options: Pick<CouchOptions, 'fetch' | 'base' | 'user' | 'password' | 'session'>,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
  signal?: AbortSignal,
): Promise<{ status: number; data: T }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (!options.session) headers.Authorization = basicAuthHeader(options.user, options.password);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await options.fetch(`${options.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), ...(signal ? { signal } : {}), ...(options.session ? { credentials: 'include' as const } : {}) });
  } catch {
    // A browser reports a refused connection, a DNS failure, an untrusted TLS certificate and a missing host
    // permission alike ("Failed to fetch"), without details: the message names them all.
    throw new SyncTargetError(
      'unreachable',
      `Cannot reach ${options.base}: the server is down or unreachable from here, the address is wrong, or its TLS certificate is not trusted by this browser.`,
    );
  }
  const payload = await response.json().catch(() => null);
  if (response.status === 401) {
    throw new CouchHttpError(
      401,
      'unpaired',
      options.session
        ? `The newsroom server's session for "${options.user}" ended or was refused (401): sign in again in Settings → Newsroom log. Changes wait here.`
        : `The newsroom server refused the user name or password for "${options.user}" (401). Changes wait here until it accepts them.`,
    );
  }
  if (response.status < 200 || response.status >= 300) {
    const error = CouchErrorSchema.safeParse(payload);
    const reason = error.success ? (error.data.reason ?? error.data.error) : undefined;
    if (response.status === 403) throw new CouchHttpError(403, 'error', `"${options.user}" may not do this on the newsroom database (403${reason ? `: ${reason}` : ''}).`);
    // 400 and 413: the server refuses the request itself (too large, malformed); resending will not help.
    const rejected = response.status === 400 || response.status === 413;
    throw new CouchHttpError(response.status, 'error', `The newsroom server answered ${describeStatus(response.status, reason)} to ${method} ${path.split('?')[0]}.`, rejected);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new SyncTargetError('error', `The newsroom server sent an unexpected answer to ${method} ${path.split('?')[0]}.`);
  return { status: response.status, data: parsed.data };
}

export function couchTarget(options: CouchOptions): SyncTarget {
  const db = `/${encodeURIComponent(options.database)}`;
  const pageSize = options.pageSize ?? 500;
  const bodyCharsPerPull = options.bodyCharsPerPull ?? MAX_PULL_BODY_CHARS;
  const report = (invalid: InvalidDoc) => options.onInvalid?.(invalid);

  async function currentVersions(ids: string[]) {
    const { data } = await couchCall(options, 'POST', `${db}/_all_docs?include_docs=true`, AllDocsResponseSchema, { keys: ids });
    const current = new Map<string, { rev: string; entry: LogEntry | null; deleted: boolean }>();
    for (const row of data.rows) {
      if (!('value' in row)) continue;
      const deleted = row.value.deleted === true;
      const read = deleted || row.doc == null ? null : readDocument(row.doc);
      if (read && !read.ok) {
        throw new SyncTargetError('error', `The newsroom database holds a document "${row.id}" PressClip cannot read (${read.reason}); it was not overwritten.`, true);
      }
      current.set(row.id, { rev: row.value.rev, entry: read?.ok ? read.entry : null, deleted });
    }
    return current;
  }

  async function bulkWrite(docs: Record<string, unknown>[]) {
    const { data } = await couchCall(options, 'POST', `${db}/_bulk_docs`, BulkDocsResponseSchema, { docs });
    return data;
  }

  // Write these versions, each merged into what the server holds; returns the last revision written.
  async function write(entries: readonly LogEntry[]): Promise<string> {
    let pending = [...entries];
    let lastRev = '';
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS && pending.length > 0; attempt++) {
      const current = await currentVersions(pending.map((entry) => entry.id));
      const docs: Record<string, unknown>[] = [];
      const sent: LogEntry[] = [];
      for (const entry of pending) {
        const server = current.get(entry.id);
        const merged = server?.entry ? mergeEntry(server.entry, entry).entry : entry;
        if (server?.entry && sameJson(merged, server.entry)) continue;
        docs.push(toDocument(merged, server?.rev));
        sent.push(entry);
      }
      if (docs.length === 0) return lastRev;
      const results = await bulkWrite(docs);
      const retry: LogEntry[] = [];
      results.forEach((result, index) => {
        const entry = sent[index];
        if (!entry) return;
        if ('rev' in result) {
          lastRev = result.rev;
          return;
        }
        if (result.error === 'conflict') retry.push(entry);
        else if (result.error === 'unauthorized') throw new SyncTargetError('unpaired', `The newsroom server refused "${options.user}" (${result.reason ?? result.error}).`);
        else if (result.error === 'forbidden') throw new SyncTargetError('error', `The newsroom database refused entry "${entry.id}" (${result.reason ?? 'forbidden'}).`, true);
        else throw new SyncTargetError('error', `The newsroom database did not store entry "${entry.id}" (${result.error}).`);
      });
      pending = retry;
    }
    if (pending.length > 0) throw new SyncTargetError('error', `Colleagues kept changing ${pending.length} entr${pending.length === 1 ? 'y' : 'ies'} while PressClip wrote; trying again later.`);
    return lastRev;
  }

  // The current revisions of these documents (no bodies read): id -> rev, for the live ones.
  async function liveRevisions(ids: string[]): Promise<Map<string, string>> {
    const { data } = await couchCall(options, 'POST', `${db}/_all_docs`, AllDocsResponseSchema, { keys: ids });
    const revs = new Map<string, string>();
    for (const row of data.rows) if ('value' in row && row.value.deleted !== true) revs.set(row.id, row.value.rev);
    return revs;
  }

  // The texts the changes carry, each over whatever the server holds (a text is a snapshot of the release: the
  // latest clip wins, there is nothing to merge), and the texts of deleted entries removed. A 409 (a colleague
  // wrote the same text's document in between) reads the revision and writes again.
  async function writeBodies(changes: readonly Change[]): Promise<void> {
    let bodies: StoredBody[] = changes.flatMap((change) => (change.body && change.entry.deletedAt === null ? [change.body] : []));
    let gone = changes.filter((change) => change.entry.deletedAt !== null).map((change) => bodyDocId(change.entry.id));
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS && bodies.length + gone.length > 0; attempt++) {
      const revs = await liveRevisions([...bodies.map((body) => bodyDocId(body.id)), ...gone]);
      gone = gone.filter((id) => revs.has(id));
      const docs = [...bodies.map((body) => toBodyDocument(body, revs.get(bodyDocId(body.id)))), ...gone.map((id) => ({ _id: id, _rev: revs.get(id), _deleted: true }))];
      if (docs.length === 0) return;
      const results = await bulkWrite(docs);
      const retry = new Set<string>();
      results.forEach((result, index) => {
        const id = docs[index]?._id as string | undefined;
        if (id === undefined || 'rev' in result) return;
        if (result.error === 'conflict') retry.add(id);
        else throw new SyncTargetError('error', `The newsroom database did not store the release text "${id}" (${result.reason ?? result.error}).`, result.error !== 'unauthorized');
      });
      bodies = bodies.filter((body) => retry.has(bodyDocId(body.id)));
      gone = gone.filter((id) => retry.has(id));
    }
    if (bodies.length + gone.length > 0) throw new SyncTargetError('error', 'Colleagues kept changing release texts while PressClip wrote; trying again later.');
  }

  // The document has conflicting revisions: merge them all into the winner and delete the losers.
  async function resolveConflicts(winner: LogEntry, winnerRev: string, conflicts: string[]): Promise<LogEntry> {
    const { data } = await couchCall(options, 'POST', `${db}/_bulk_get`, BulkGetResponseSchema, {
      docs: conflicts.map((rev) => ({ id: winner.id, rev })),
    });
    let merged = winner;
    const losers: string[] = [];
    for (const result of data.results) {
      for (const item of result.docs) {
        if (!('ok' in item)) continue;
        const read = readDocument(item.ok);
        if (!read.ok) {
          report({ id: winner.id, reason: `a conflicting revision is ${read.reason}` });
          continue;
        }
        merged = mergeEntry(merged, read.entry).entry;
        losers.push(read.doc._rev);
      }
    }
    if (losers.length === 0) return merged;
    const docs = [toDocument(merged, winnerRev), ...losers.map((rev) => ({ _id: winner.id, _rev: rev, _deleted: true }))];
    // If a colleague resolved it first, their write wins this race; the next pull merges again.
    await bulkWrite(docs).catch((error: unknown) => {
      if (error instanceof SyncTargetError && error.state === 'unreachable') throw error;
    });
    return merged;
  }

  return {
    async pull(since) {
      let cursor = since ?? '0';
      const entries = new Map<string, LogEntry>();
      const bodies = new Map<string, StoredBody>();
      let bodyChars = 0;
      for (;;) {
        const query = `since=${encodeURIComponent(cursor)}&include_docs=true&conflicts=true&limit=${pageSize}`;
        const { data } = await couchCall(options, 'GET', `${db}/_changes?${query}`, ChangesResponseSchema);
        for (const change of data.results) {
          // Design documents (views, validation functions the desk's admin added) are not entries.
          if (change.id.startsWith('_design/')) continue;
          if (isBodyDocId(change.id)) {
            // A deleted text went with its entry's tombstone. Conflicting revisions of a text (two clips replicated
            // between servers) need no merge: CouchDB's winner is the same on every node and for every browser.
            if (change.deleted) continue;
            const text = readBodyDocument(change.doc);
            if (text.ok) {
              bodies.set(text.body.id, text.body);
              bodyChars += text.body.html.length + text.body.text.length;
            }
            else report({ id: change.id, reason: text.reason });
            continue;
          }
          const read = readDocument(change.doc);
          if (!read.ok) {
            report({ id: read.id ?? change.id, reason: read.reason });
            continue;
          }
          const conflicts = read.doc._conflicts ?? [];
          entries.set(read.entry.id, conflicts.length > 0 ? await resolveConflicts(read.entry, read.doc._rev, conflicts) : read.entry);
        }
        cursor = data.last_seq;
        // Past the texts' budget: the rest comes next round, from this page's end.
        if (data.results.length < pageSize || bodyChars >= bodyCharsPerPull) break;
      }
      return { cursor, entries: [...entries.values()], bodies: [...bodies.values()] };
    },

    async push(changes: readonly Change[]) {
      const cursor = await write(changes.map((change) => change.entry));
      await writeBodies(changes);
      return { cursor };
    },

    async status(): Promise<TargetStatus> {
      try {
        await couchCall(options, 'GET', db, DatabaseInfoSchema);
        return { state: 'ready', detail: `Connected to the newsroom database "${options.database}".` };
      } catch (error) {
        if (error instanceof SyncTargetError) return { state: error.state, detail: error.message };
        throw error;
      }
    },
  };
}
