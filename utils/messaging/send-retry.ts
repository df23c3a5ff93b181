import type { MessageType, RequestOf, ResponseOf } from './contract';
import { NoAnswerError, send, type Transport } from './send';

// For idempotent requests (a save is keyed by the page's URL, an update by the entry id): when the
// background went away before answering, the change may or may not have been written, so ask once more
// after the worker had time to restart. `retried` lets the UI say the first attempt was not confirmed.

export interface RetryOptions {
  retries?: number;
  delayMs?: number;
  wait?: (ms: number) => Promise<void>;
}

export async function sendIdempotent<T extends MessageType>(
  transport: Transport,
  type: T,
  payload: RequestOf<T>,
  { retries = 2, delayMs = 300, wait = (ms) => new Promise((r) => setTimeout(r, ms)) }: RetryOptions = {},
): Promise<{ data: ResponseOf<T>; retried: number }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { data: await send(transport, type, payload), retried: attempt };
    } catch (error) {
      if (!(error instanceof NoAnswerError) || attempt >= retries) throw error;
      await wait(delayMs * (attempt + 1));
    }
  }
}
