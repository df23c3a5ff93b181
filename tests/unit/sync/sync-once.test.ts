import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLogStore, type LogStore } from '../../../utils/log/store';
import { enqueue } from '../../../utils/sync/outbox';
import { stableStringify } from '../../../utils/sync/stable-json';
import { EMPTY_SYNC_STATE, syncOnce, type SyncState } from '../../../utils/sync/sync-once';
import { entryArb } from './arbitraries';
import { FakeTarget } from './fake-target';
import { sampleEntry } from './sample-entry';

let counter = 0;
const newId = () => `change-${++counter}`;

async function browserLog(name: string): Promise<LogStore> {
  return openLogStore(new IDBFactory(), { name });
}

async function entriesOf(store: LogStore): Promise<string[]> {
  return (await store.exportDocument()).entries.map(stableStringify).sort();
}

describe('syncOnce', () => {
  it('brings an edit from one browser to the other without calling it a conflict', async () => {
    const target = new FakeTarget();
    const chrome = await browserLog('chrome');
    const firefox = await browserLog('firefox');
    let chromeState: SyncState = EMPTY_SYNC_STATE;
    let firefoxState: SyncState = EMPTY_SYNC_STATE;

    const { entry } = await chrome.save(sampleEntry());
    ({ state: chromeState } = await syncOnce(chrome, target, chromeState, newId));
    ({ state: firefoxState } = await syncOnce(firefox, target, firefoxState, newId));
    expect((await firefox.get(entry.id))?.notes).toBe('');

    await chrome.update(entry.id, { ...sampleEntry(), notes: 'Called Jane' }, null);
    ({ state: chromeState } = await syncOnce(chrome, target, chromeState, newId));
    const round = await syncOnce(firefox, target, firefoxState, newId);
    expect(round.report).toMatchObject({ conflicts: 0, error: null });
    const synced = await firefox.get(entry.id);
    expect(synced?.notes).toBe('Called Jane');
    expect(synced?.revisions).toEqual([]);
    expect(await entriesOf(firefox)).toEqual(await entriesOf(chrome));
  });

  it('keeps both versions when both browsers edited the same entry offline', async () => {
    const target = new FakeTarget();
    const chrome = await browserLog('chrome2');
    const firefox = await browserLog('firefox2');
    const { entry } = await chrome.save(sampleEntry());
    let c = (await syncOnce(chrome, target, EMPTY_SYNC_STATE, newId)).state;
    let f = (await syncOnce(firefox, target, EMPTY_SYNC_STATE, newId)).state;
    await chrome.update(entry.id, { ...sampleEntry(), notes: 'chrome note' }, null);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await firefox.update(entry.id, { ...sampleEntry(), notes: 'firefox note' }, null);
    c = (await syncOnce(chrome, target, c, newId)).state;
    f = (await syncOnce(firefox, target, f, newId)).state;
    c = (await syncOnce(chrome, target, c, newId)).state;
    const merged = await chrome.get(entry.id);
    expect(merged?.notes).toBe('firefox note');
    expect(merged?.revisions.map((r) => r.fields.notes)).toContain('chrome note');
    expect(await entriesOf(firefox)).toEqual(await entriesOf(chrome));
    expect(c.outbox).toEqual([]);
    expect(f.outbox).toEqual([]);
  });

  it('keeps changes in the outbox while the target is away and sends them in order when it is back', async () => {
    const target = new FakeTarget();
    target.online = false;
    const chrome = await browserLog('chrome3');
    await chrome.save(sampleEntry());
    await chrome.save(sampleEntry({ record: { ...sampleEntry().record, url: 'https://x.example/2' } }));
    const offline = await syncOnce(chrome, target, EMPTY_SYNC_STATE, newId);
    expect(offline.report.error?.message).toBe('offline');
    expect(offline.state.outbox).toHaveLength(2);
    target.online = true;
    const back = await syncOnce(chrome, target, offline.state, newId);
    expect(back.report).toMatchObject({ pushed: 2, error: null });
    expect(target.pushes[0]!.map((c) => c.changeId)).toEqual(offline.state.outbox.map((c) => c.changeId));
    expect(back.state.outbox).toEqual([]);
  });

  it('retries a push whose answer was lost with the same change ids, which the target skips', async () => {
    const target = new FakeTarget();
    target.loseNextAnswer = true;
    const chrome = await browserLog('chrome4');
    await chrome.save(sampleEntry());
    const lost = await syncOnce(chrome, target, EMPTY_SYNC_STATE, newId);
    expect(lost.state.outbox).toHaveLength(1);
    const seqAfterFirst = target.doc.companion?.seq;
    const retry = await syncOnce(chrome, target, lost.state, newId);
    expect(target.pushes[1]![0]!.changeId).toBe(target.pushes[0]![0]!.changeId);
    expect(target.doc.companion?.seq).toBe(seqAfterFirst);
    expect(retry.state.outbox).toEqual([]);
    expect(target.doc.entries).toHaveLength(1);
  });

  it('agrees on one entry per page when one browser already holds two copies of a page the other clipped too', async () => {
    // A pull carries only what changed on the target: joining pages within it alone let this browser
    // absorb its second copy into the other browser's entry while the target had absorbed the first.
    const target = new FakeTarget();
    const chrome = await browserLog('chrome5');
    const firefox = await browserLog('firefox5');
    const page = (id: string) => sampleEntry({ id, record: { ...sampleEntry().record, url: 'https://w.example/1', canonicalUrl: null } });
    await chrome.applyBatch([page('c'), page('b')]);
    await firefox.applyBatch([page('a')]);
    let c = (await syncOnce(chrome, target, EMPTY_SYNC_STATE, newId)).state;
    const f = (await syncOnce(firefox, target, EMPTY_SYNC_STATE, newId)).state;
    c = (await syncOnce(chrome, target, c, newId)).state;
    const live = async (store: LogStore) => (await store.exportDocument()).entries.filter((e) => e.deletedAt === null).map((e) => e.id);
    expect(await live(chrome)).toEqual(['a']);
    expect(await live(firefox)).toEqual(['a']);
    expect(await entriesOf(firefox)).toEqual(await entriesOf(chrome));
    expect(c.outbox).toEqual([]);
    expect(f.outbox).toEqual([]);
  });

  it('converges any two browsers after edits and syncs in any order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.record({ browser: fc.constantFrom(0, 1), entry: entryArb(['a', 'b', 'c'], ['https://w.example/1', 'https://w.example/2']) }), fc.constantFrom(0, 1)), { maxLength: 10 }),
        async (ops) => {
          const target = new FakeTarget();
          const stores = [await browserLog(`p${++counter}`), await browserLog(`q${++counter}`)];
          const states: SyncState[] = [EMPTY_SYNC_STATE, EMPTY_SYNC_STATE];
          const sync = async (i: number) => {
            states[i] = (await syncOnce(stores[i]!, target, states[i]!, newId)).state;
          };
          for (const op of ops) {
            if (typeof op === 'number') await sync(op);
            else await stores[op.browser]!.applyBatch([op.entry]);
          }
          await sync(0);
          await sync(1);
          await sync(0);
          expect(await entriesOf(stores[1]!)).toEqual(await entriesOf(stores[0]!));
          expect(await entriesOf(stores[0]!)).toEqual(target.doc.entries.map(stableStringify).sort());
          for (const s of stores) s.close();
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe('enqueue', () => {
  it('replaces a waiting older version of the same entry and moves it to the back', () => {
    const a = sampleEntry({ id: 'a' });
    const b = sampleEntry({ id: 'b' });
    const outbox = enqueue(enqueue(enqueue([], a, '1'), b, '2'), { ...a, notes: 'newer' }, '3');
    expect(outbox.map((c) => [c.changeId, c.entry.id])).toEqual([['2', 'b'], ['3', 'a']]);
  });
});
