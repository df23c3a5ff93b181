import type { CouchOptions } from './couch-target';
import { couchCall } from './couch-target';
import { ChangesResponseSchema } from './couch-schemas';

// One long poll of the desk database's changes feed (CouchDB 3.x, GET /{db}/_changes?feed=longpoll): the server
// holds the request until a document changes after `since`, or answers with no results after `timeout`. The
// heartbeat (a newline every 10 s) keeps proxies between the browser and the cluster from closing a quiet
// connection; CouchDB 2+ sends heartbeats until the timeout, then answers. Only "did anything change" is asked
// (no documents): the sync round that follows reads them with the usual pull.

export const LONGPOLL_TIMEOUT_MS = 25_000;
export const LONGPOLL_HEARTBEAT_MS = 10_000;

export type FeedOptions = Pick<CouchOptions, 'fetch' | 'base' | 'database' | 'user' | 'password' | 'session'> & { timeoutMs?: number };

export async function waitForChange(options: FeedOptions, since: string, signal: AbortSignal): Promise<{ changed: boolean; lastSeq: string }> {
  const timeout = options.timeoutMs ?? LONGPOLL_TIMEOUT_MS;
  const query = `feed=longpoll&since=${encodeURIComponent(since)}&timeout=${timeout}&heartbeat=${LONGPOLL_HEARTBEAT_MS}&limit=1`;
  // Older CouchDB and pouchdb-server let the heartbeat override the timeout and hold a quiet feed open for good:
  // the client ends it itself a little after the timeout, as "nothing changed", so every request is bounded.
  const local = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    local.abort();
  }, timeout + Math.min(5_000, timeout));
  const stop = () => local.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const { data } = await couchCall(options, 'GET', `/${encodeURIComponent(options.database)}/_changes?${query}`, ChangesResponseSchema, undefined, local.signal);
    // A design document (a view or validation function the desk's admin changed) is not a colleague's entry.
    return { changed: data.results.some((change) => !change.id.startsWith('_design/')), lastSeq: data.last_seq };
  } catch (error) {
    if (expired && !signal.aborted) return { changed: false, lastSeq: since };
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
