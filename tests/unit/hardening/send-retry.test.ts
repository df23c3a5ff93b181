import { describe, expect, it } from 'vitest';
import { MessageError, NoAnswerError } from '../../../utils/messaging/send';
import { sendIdempotent } from '../../../utils/messaging/send-retry';

// The popup's save survives a background that went away before answering, and never retries a refusal.

const noWait = { wait: async () => undefined };

describe('sendIdempotent', () => {
  it('retries when the transport fails or answers nothing, and says so', async () => {
    const answers: Array<() => unknown> = [
      () => {
        throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed');
      },
      () => undefined,
      () => ({ ok: true, data: { n: 3 } }),
    ];
    let calls = 0;
    const transport = async () => answers[calls++]!();
    const result = await sendIdempotent(transport, 'log:list', {}, noWait);
    expect(result).toEqual({ data: { n: 3 }, retried: 2 });
    expect(calls).toBe(3);
  });

  it('gives up after its retries with NoAnswerError', async () => {
    let calls = 0;
    const transport = async () => {
      calls++;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(sendIdempotent(transport, 'log:list', {}, { ...noWait, retries: 1 })).rejects.toBeInstanceOf(NoAnswerError);
    expect(calls).toBe(2);
  });

  it('does not retry a refusal from the background', async () => {
    let calls = 0;
    const transport = async () => {
      calls++;
      return { ok: false, error: 'storage full' };
    };
    const error = await sendIdempotent(transport, 'log:list', {}, noWait).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).not.toBeInstanceOf(NoAnswerError);
    expect(calls).toBe(1);
  });
});
