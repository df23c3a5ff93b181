import type { z } from 'zod';
import {
  CLIENT_HEADER,
  DEFAULT_COMPANION_PORT,
  ErrorResponseSchema,
  HealthResponseSchema,
  PairResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  type Change,
} from './protocol';
import { checkStoredBody } from './check-body';
import { SyncTargetError, type Pulled, type SyncTarget, type TargetStatus } from './target';

// The companion file service over HTTP on 127.0.0.1. `fetch` is passed in (the background's own,
// or a fake in tests); nothing here reads globals. Every answer is validated: a process squatting
// on the port must not be able to feed the log arbitrary data.

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal; credentials?: 'include' }) => Promise<{
  status: number;
  json(): Promise<unknown>;
}>;

export interface CompanionOptions {
  fetch: FetchLike;
  port?: number;
  token: string | null;
}

export function companionBaseUrl(port: number = DEFAULT_COMPANION_PORT): string {
  return `http://127.0.0.1:${port}`;
}

async function call<T>(
  options: CompanionOptions,
  method: 'GET' | 'POST',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { [CLIENT_HEADER]: '1' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await options.fetch(`${companionBaseUrl(options.port)}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    // A refused connection and a missing host permission look the same from here (Firefox reports both as NetworkError).
    throw new SyncTargetError(
      'unreachable',
      `Cannot reach the PressClip log service on 127.0.0.1 (is it running, and may PressClip connect to 127.0.0.1?): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const payload = await response.json().catch(() => null);
  if (response.status === 401) throw new SyncTargetError('unpaired', 'Pair PressClip with the log service (the pairing code is shown where it runs).');
  if (response.status < 200 || response.status >= 300) {
    const error = ErrorResponseSchema.safeParse(payload);
    const rejected = response.status === 400 || response.status === 413;
    throw new SyncTargetError('error', `The log service answered ${response.status}: ${error.success ? error.data.error : 'no reason given'}`, rejected);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new SyncTargetError('error', `The log service sent an unexpected answer to ${path}.`);
  return parsed.data;
}

export function companionTarget(options: CompanionOptions): SyncTarget {
  return {
    async pull(since) {
      const query = since === null ? '' : `?since=${encodeURIComponent(since)}`;
      const { cursor, entries, bodies = [] } = await call(options, 'GET', `/v1/log${query}`, PullResponseSchema);
      // Each text checked on its own, like an import's: a refused one is reported, the rest are kept.
      const pulled: Required<Pulled> = { cursor, entries, bodies: [], refusedBodies: [] };
      for (const raw of bodies) {
        const checked = checkStoredBody(raw);
        if (checked.ok) pulled.bodies.push(checked.body);
        else pulled.refusedBodies.push({ id: checked.id, reason: checked.reason });
      }
      return pulled;
    },
    async push(changes: readonly Change[]) {
      const { cursor } = await call(options, 'POST', '/v1/changes', PushResponseSchema, { changes });
      return { cursor };
    },
    async status(): Promise<TargetStatus> {
      try {
        const health = await call(options, 'GET', '/v1/health', HealthResponseSchema);
        return health.authorized
          ? { state: 'ready', detail: 'Connected to the PressClip log service.' }
          : { state: 'unpaired', detail: 'The log service is running but PressClip is not paired with it.' };
      } catch (error) {
        if (error instanceof SyncTargetError) return { state: error.state, detail: error.message };
        throw error;
      }
    },
  };
}

// Trading the pairing code the service printed for the token the extension keeps.
export async function pairWithCompanion(fetchFn: FetchLike, code: string, port?: number): Promise<string> {
  const { token } = await call({ fetch: fetchFn, port, token: null }, 'POST', '/v1/pair', PairResponseSchema, { code: code.trim() });
  return token;
}
