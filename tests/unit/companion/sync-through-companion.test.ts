// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { openLogStore } from '../../../utils/log/store';
import { companionTarget, pairWithCompanion, type FetchLike } from '../../../utils/sync/companion-target';
import { stableStringify } from '../../../utils/sync/stable-json';
import { EMPTY_SYNC_STATE, syncOnce } from '../../../utils/sync/sync-once';
import { sampleEntry } from '../sync/sample-entry';
import { runCompanion, type Running } from './harness';

// Two browsers' logs (IndexedDB stores) syncing through the real companion process over HTTP.

let running: Running | null = null;
let dir = '';
afterAll(async () => {
  if (running && running.child.exitCode === null) running.child.kill('SIGTERM');
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('sync through the companion', () => {
  it('pairs, then brings two browsers to the same log, page duplicates joined', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pressclip-sync-'));
    running = await runCompanion(join(dir, 'inquiry-log.json'));
    const fetchFn: FetchLike = (url, init) => fetch(url, init);
    const token = await pairWithCompanion(fetchFn, running.pairingCode, running.port);
    const target = companionTarget({ fetch: fetchFn, port: running.port, token });
    expect(await target.status()).toMatchObject({ state: 'ready' });

    let ids = 0;
    const chrome = await openLogStore(new IDBFactory(), { name: 'c', newId: () => `chrome-${++ids}` });
    const firefox = await openLogStore(new IDBFactory(), { name: 'f', newId: () => `firefox-${++ids}` });
    const newId = () => `change-${++ids}`;
    // The same release clipped in both browsers, plus one only in each.
    await chrome.save({ ...sampleEntry(), notes: 'chrome notes' });
    await firefox.save({ ...sampleEntry(), notes: 'firefox notes' });
    await chrome.save(sampleEntry({ record: { ...sampleEntry().record, url: 'https://x.example/only-chrome' } }));
    await firefox.save(sampleEntry({ record: { ...sampleEntry().record, url: 'https://x.example/only-firefox' } }));

    let c = (await syncOnce(chrome, target, EMPTY_SYNC_STATE, newId)).state;
    const f = (await syncOnce(firefox, target, EMPTY_SYNC_STATE, newId)).state;
    const last = await syncOnce(chrome, target, c, newId);
    c = last.state;
    expect(last.report.error).toBeNull();

    const all = async (store: typeof chrome) => (await store.exportDocument()).entries.map(stableStringify).sort();
    expect(await all(chrome)).toEqual(await all(firefox));
    const live = await chrome.list();
    expect(live).toHaveLength(3);
    const joined = live.find((e) => e.record.url === sampleEntry().record.url)!;
    expect([joined.notes, ...joined.revisions.map((r) => r.fields.notes)].sort()).toEqual(['chrome notes', 'firefox notes']);
    expect(c.outbox).toEqual([]);
    expect(f.outbox).toEqual([]);
    chrome.close();
    firefox.close();
  }, 30_000);
});
