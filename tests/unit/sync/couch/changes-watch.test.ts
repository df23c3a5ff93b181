// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForChange, type FeedOptions } from '../../../../utils/sync/couch/changes-feed';
import { createChangesWatch, WATCH_BACKOFF_MS } from '../../../../utils/sync/couch/changes-watch';
import { freePort, startCouch, type RunningCouch } from '../../../couch/pouchdb-server';

// The long poll of the desk's changes feed, against a real CouchDB-protocol server (pouchdb-server on 127.0.0.1).

let couch: RunningCouch;
let fetches = 0;
let open = 0;

function feed(overrides: Partial<FeedOptions> = {}): FeedOptions {
  return {
    fetch: async (url, init) => {
      fetches += 1;
      open += 1;
      try {
        const response = await fetch(url, init);
        const text = await response.text();
        return { status: response.status, json: async () => JSON.parse(text) };
      } finally {
        open -= 1;
      }
    },
    base: couch.base,
    database: 'desk-watch',
    user: 'anna',
    password: 'anna-pw',
    ...overrides,
  };
}

async function put(id: string) {
  const { status } = await couch.admin('PUT', `/desk-watch/${id}`, { note: id });
  expect(status).toBe(201);
}

async function lastSeq(): Promise<string> {
  return String(((await couch.admin('GET', '/desk-watch/_changes?descending=true&limit=1')).json as { last_seq: string | number }).last_seq);
}

beforeAll(async () => {
  couch = await startCouch();
  await couch.addUser('anna', 'anna-pw');
  await couch.createDatabase('desk-watch', ['anna']);
}, 60_000);

afterAll(async () => {
  await couch?.close();
});

describe('the changes feed, long-polled', () => {
  it('answers "nothing changed" when the timeout passes, and at once when a colleague writes', async () => {
    const since = await lastSeq();
    const quiet = await waitForChange(feed({ timeoutMs: 300 }), since, new AbortController().signal);
    expect(quiet.changed).toBe(false);
    const started = Date.now();
    const waiting = waitForChange(feed({ timeoutMs: 20_000 }), since, new AbortController().signal);
    await new Promise((done) => setTimeout(done, 200));
    await put('colleague-1');
    const answer = await waiting;
    expect(answer.changed).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer.lastSeq).not.toBe(since);
  });

  it('a design document changing is not a colleague’s change', async () => {
    const since = await lastSeq();
    await put('_design/views');
    expect((await waitForChange(feed({ timeoutMs: 300 }), since, new AbortController().signal)).changed).toBe(false);
  });

  it('the watch runs a sync round per change, and stop() ends the open long poll at once', async () => {
    let rounds = 0;
    let cursor: string | null = await lastSeq();
    const watch = createChangesWatch({
      waitForChange: (since, signal) => waitForChange(feed(), since, signal),
      cursor: async () => cursor,
      onChange: async () => {
        rounds += 1;
        cursor = await lastSeq();
      },
    });
    watch.start();
    await new Promise((done) => setTimeout(done, 300));
    await put('colleague-2');
    await expect.poll(() => rounds, { timeout: 5_000 }).toBe(1);
    await put('colleague-3');
    await expect.poll(() => rounds, { timeout: 5_000 }).toBe(2);
    // A long poll (25 s) is open now; stopping aborts it instead of waiting it out.
    await expect.poll(() => open).toBe(1);
    const stopping = Date.now();
    await watch.stop();
    expect(Date.now() - stopping).toBeLessThan(1_000);
    expect(watch.running()).toBe(false);
    expect(open).toBe(0);
    const after = fetches;
    await put('colleague-4');
    await new Promise((done) => setTimeout(done, 500));
    expect(fetches).toBe(after);
    expect(rounds).toBe(2);
  });

  it('a server that cannot be reached backs off, longer each time, and a failed round does not spin', async () => {
    const waits: number[] = [];
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const watch = createChangesWatch({
      waitForChange: (since, signal) => waitForChange(feed({ base: nobody }), since, signal),
      cursor: async () => '0',
      onChange: async () => undefined,
      sleep: async (ms) => {
        waits.push(ms);
        if (waits.length === 6) void watch.stop();
      },
    });
    watch.start();
    await expect.poll(() => watch.running(), { timeout: 5_000 }).toBe(false);
    expect(waits).toEqual([...WATCH_BACKOFF_MS, WATCH_BACKOFF_MS.at(-1), WATCH_BACKOFF_MS.at(-1)]);

    // The server answers "changed" but the round fails (cursor stays): the watch goes on from the feed's seq.
    const sinceSeen: string[] = [];
    const stuck = createChangesWatch({
      waitForChange: async (since) => {
        sinceSeen.push(since);
        if (sinceSeen.length === 3) void stuck.stop();
        return { changed: true, lastSeq: `${Number(since) + 1}` };
      },
      cursor: async () => '5',
      onChange: async () => {
        throw new Error('401');
      },
    });
    stuck.start();
    await expect.poll(() => stuck.running()).toBe(false);
    expect(sinceSeen).toEqual(['5', '6', '7']);
  });
});
