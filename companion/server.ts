import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { LogExport } from '../utils/schema/log-export';
import { describeBodyIssues } from '../utils/sync/check-body';
import { describeIssues } from '../utils/sync/issue-path';
import {
  COMPANION_PROTOCOL,
  COMPANION_SERVICE,
  MAX_CHANGES_PER_PUSH,
  MAX_ITEMS_IN_PUSH_CONTAINER,
  PairRequestSchema,
  PushRequestSchema,
} from '../utils/sync/protocol';
import { JsonShapeGate } from '../utils/sync/json-shape-gate';
import { readJson } from '../utils/sync/read-json';
import { applyChanges, changesSince, emptyLog } from './log-state';
import { loadLogFile, LogTooLargeError, MAX_FILE_BYTES, writeLogFile } from './log-file';
import type { PairingCode } from './pairing';
import { checkCaller, checkHost, checkJsonBody, checkToken, hasValidToken, readBody, type Refusal } from './request-guard';

// The HTTP side of the companion: four endpoints on 127.0.0.1, every request checked by
// request-guard.ts first. Requests that touch the file run one at a time (a queue), and each one
// re-reads the file, so a hand edit made while the service runs is seen, and a broken one refused.

export interface ServerOptions {
  file: string;
  port: number;
  token: string;
  pairing: PairingCode | null;
  maxBodyBytes: number;
  backupIntervalMs: number;
  // The largest file a push may leave (default MAX_FILE_BYTES, what the service reads back); tests set it small.
  maxFileBytes?: number;
  log(line: string): void;
  now?: () => Date;
}

// The extension sends at most ~4 MB per push (utils/sync/outbox.ts), but one entry at its schema caps
// (50 revisions, 500 requests) can approach 30 MB and must still fit alone.
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;
// {"code":"ABCD-EFGH"} is 20 bytes; nothing longer is a pairing request.
const MAX_PAIR_BODY_BYTES = 512;
// What no valid body exceeds: a push holds at most MAX_CHANGES_PER_PUSH changes (its top array), no array or
// object wider than MAX_ITEMS_IN_PUSH_CONTAINER, and no entry nests anywhere near 32 levels. Checked as the
// body arrives (json-shape-gate.ts); readJson checks depth and the top array again on the whole text.
const BODY_SHAPE = { maxDepth: 32, maxTopArrayItems: MAX_CHANGES_PER_PUSH, maxItems: MAX_ITEMS_IN_PUSH_CONTAINER };

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  send(res, refusal.status, { error: refusal.error });
}

export function createCompanionServer(options: ServerOptions): Server {
  const now = options.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function currentLog(res: ServerResponse): Promise<LogExport | null> {
    const loaded = await loadLogFile(options.file);
    if (!loaded.ok) {
      options.log(`refusing to touch the log file: ${loaded.reason}`);
      send(res, 409, { error: `${loaded.reason}. Fix or move the file; nothing was changed.` });
      return null;
    }
    return loaded.doc ?? emptyLog(now().toISOString());
  }

  async function jsonBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<unknown | undefined> {
    const refusal = checkJsonBody(req, maxBytes);
    if (refusal) {
      refuse(res, refusal);
      return undefined;
    }
    const body = await readBody(req, maxBytes, new JsonShapeGate(BODY_SHAPE));
    if (!(body instanceof Uint8Array)) {
      refuse(res, body);
      return undefined;
    }
    const read = readJson(body, { maxBytes, maxDepth: BODY_SHAPE.maxDepth, maxTopArrayItems: BODY_SHAPE.maxTopArrayItems });
    if (!read.ok) {
      send(res, 400, { error: read.reason });
      return undefined;
    }
    return read.value;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostRefusal = checkHost(req, options.port);
    if (hostRefusal) return refuse(res, hostRefusal);
    // A CORS preflight gets an answer with no Access-Control-Allow-* headers, so the browser
    // refuses to send the real request.
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { Allow: 'GET, POST' });
      res.end();
      return;
    }
    const callerRefusal = checkCaller(req);
    if (callerRefusal) return refuse(res, callerRefusal);

    const url = new URL(req.url ?? '/', `http://127.0.0.1:${options.port}`);
    const endpoint = `${req.method} ${url.pathname}`;

    if (endpoint === 'GET /v1/health') {
      return send(res, 200, { service: COMPANION_SERVICE, protocol: COMPANION_PROTOCOL, authorized: hasValidToken(req, options.token) });
    }

    if (endpoint === 'POST /v1/pair') {
      const body = await jsonBody(req, res, MAX_PAIR_BODY_BYTES);
      if (body === undefined) return;
      const parsed = PairRequestSchema.safeParse(body);
      if (!parsed.success) return send(res, 400, { error: describeIssues(parsed.error.issues) });
      const outcome = options.pairing ? options.pairing.redeem(parsed.data.code, now().getTime()) : 'expired';
      if (outcome !== 'ok') {
        options.log(`pairing attempt refused (${outcome})`);
        return send(res, 403, { error: outcome === 'wrong' ? 'Wrong pairing code.' : 'The pairing code has expired: restart the service for a new one.' });
      }
      options.log('paired a browser');
      return send(res, 200, { token: options.token });
    }

    if (endpoint !== 'GET /v1/log' && endpoint !== 'POST /v1/changes') {
      return send(res, 404, { error: `No such endpoint: ${endpoint.slice(0, 100)}` });
    }
    const tokenRefusal = checkToken(req, options.token);
    if (tokenRefusal) return refuse(res, tokenRefusal);

    if (endpoint === 'GET /v1/log') {
      const since = url.searchParams.get('since');
      if (since !== null && !/^\d{1,15}$/.test(since)) return send(res, 400, { error: '"since" must be a cursor this service gave out.' });
      return exclusive(async () => {
        const doc = await currentLog(res);
        if (!doc) return;
        const { cursor, entries, bodies } = changesSince(doc, since === null ? null : Number(since));
        send(res, 200, { cursor: String(cursor), entries, ...(bodies.length > 0 ? { bodies } : {}) });
      });
    }

    const body = await jsonBody(req, res, options.maxBodyBytes);
    if (body === undefined) return;
    const parsed = PushRequestSchema.safeParse(body);
    // A refused release text names itself ("changes[0].body: The release text is over the cap of …"): the extension
    // then sends that entry again without it, so nothing else is lost.
    if (!parsed.success) return send(res, 400, { error: describeBodyIssues(parsed.error.issues) ?? describeIssues(parsed.error.issues) });
    return exclusive(async () => {
      const doc = await currentLog(res);
      if (!doc) return;
      const result = applyChanges(doc, parsed.data.changes, now().toISOString());
      if (result.changed) {
        try {
          await writeLogFile(options.file, result.doc, { backupIntervalMs: options.backupIntervalMs, maxBytes: options.maxFileBytes ?? MAX_FILE_BYTES });
        } catch (error) {
          // 413: the extension takes the push as refused, and sends an entry that carried a release text again without it.
          if (error instanceof LogTooLargeError) return send(res, 413, { error: error.message });
          throw error;
        }
      }
      send(res, 200, { applied: result.applied, duplicates: result.duplicates, cursor: String(result.doc.companion?.seq ?? 0) });
    });
  }

  return createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      options.log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) send(res, 500, { error: 'The log service failed; see its output.' });
      else res.destroy();
    });
  });
}
