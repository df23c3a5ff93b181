import { describe, expect, it } from 'vitest';
import { companionTarget, pairWithCompanion, type FetchLike } from '../../../utils/sync/companion-target';
import { SyncTargetError } from '../../../utils/sync/target';
import { sampleEntry } from './sample-entry';

type Call = { url: string; init: Parameters<FetchLike>[1] };

function fakeFetch(answer: (call: Call) => { status: number; body: unknown } | Error): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      const call = { url, init };
      calls.push(call);
      const result = answer(call);
      if (result instanceof Error) throw result;
      return { status: result.status, json: async () => result.body };
    },
  };
}

describe('companionTarget', () => {
  it('sends the client header, the token and JSON to 127.0.0.1 only', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 200, body: { applied: 1, duplicates: 0, cursor: '7' } }));
    const target = companionTarget({ fetch, port: 17373, token: 'secret-token' });
    expect(await target.push([{ changeId: 'c1', entry: sampleEntry() }])).toEqual({ cursor: '7' });
    expect(calls[0]!.url).toBe('http://127.0.0.1:17373/v1/changes');
    expect(calls[0]!.init.headers).toEqual({ 'X-PressClip': '1', Authorization: 'Bearer secret-token', 'Content-Type': 'application/json' });
    expect(JSON.parse(calls[0]!.init.body!)).toMatchObject({ changes: [{ changeId: 'c1' }] });
  });

  it('pulls with the cursor and validates what comes back', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 200, body: { cursor: '9', entries: [sampleEntry()] } }));
    const pulled = await companionTarget({ fetch, token: 't' }).pull('4');
    expect(calls[0]!.url).toBe('http://127.0.0.1:17373/v1/log?since=4');
    expect(pulled.entries[0]!.id).toBe('e-1');
    const bad = fakeFetch(() => ({ status: 200, body: { cursor: '9', entries: [{ id: 'x' }] } }));
    await expect(companionTarget({ fetch: bad.fetch, token: 't' }).pull(null)).rejects.toThrow(/unexpected answer/);
  });

  it('tells unreachable, unpaired and refused apart', async () => {
    const down = companionTarget({ fetch: fakeFetch(() => new TypeError('Failed to fetch')).fetch, token: 't' });
    expect(await down.status()).toMatchObject({ state: 'unreachable' });
    const unpaired = companionTarget({ fetch: fakeFetch(() => ({ status: 200, body: { service: 'pressclip-log', protocol: 1, authorized: false } })).fetch, token: null });
    expect(await unpaired.status()).toMatchObject({ state: 'unpaired' });
    const ready = companionTarget({ fetch: fakeFetch(() => ({ status: 200, body: { service: 'pressclip-log', protocol: 1, authorized: true } })).fetch, token: 't' });
    expect(await ready.status()).toMatchObject({ state: 'ready' });
    const wrongToken = companionTarget({ fetch: fakeFetch(() => ({ status: 401, body: { error: 'Missing or wrong token' } })).fetch, token: 'x' });
    await expect(wrongToken.pull(null)).rejects.toMatchObject({ state: 'unpaired' });
    const broken = companionTarget({ fetch: fakeFetch(() => ({ status: 409, body: { error: 'file is not a valid PressClip log' } })).fetch, token: 't' });
    const error = await broken.pull(null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncTargetError);
    expect((error as Error).message).toBe('The log service answered 409: file is not a valid PressClip log');
  });

  it('trades a pairing code for the token', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 200, body: { token: 'a'.repeat(43) } }));
    expect(await pairWithCompanion(fetch, ' abcd-efgh ')).toBe('a'.repeat(43));
    expect(JSON.parse(calls[0]!.init.body!)).toEqual({ code: 'abcd-efgh' });
  });
});
