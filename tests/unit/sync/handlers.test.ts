import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLogStore } from '../../../utils/log/store';
import { contract } from '../../../utils/messaging/contract';
import { createSyncHandlers } from '../../../entrypoints/background/companion-handlers';
import { offlineSyncHandlers } from './offline-handlers';
import { EMPTY_SYNC_STATE, type SyncState } from '../../../utils/sync/sync-once';
import { companionSettingsItem, syncStateItem } from '../../../storage/sync-storage';
import { FakeTarget } from './fake-target';
import { sampleEntry } from './sample-entry';

const ctx = { sender: {} };
const file = (entries: unknown[]) => JSON.stringify({ format: 'pressclip-log', version: 1, exportedAt: '2026-03-04T08:00:00.000Z', entries });

async function setup() {
  const store = await openLogStore(new IDBFactory(), { name: 'handlers' });
  await companionSettingsItem.setValue({ port: 17373, token: 'paired-token', lastSyncAt: null });
  const target = new FakeTarget();
  let n = 0;
  const handlers = offlineSyncHandlers(store, {
    newId: () => `id-${++n}`,
    target: () => target,
  });
  return { store, target, handlers };
}

describe('sync handlers', () => {
  it('keep working when the outbox is too big for extension storage', async () => {
    const store = await openLogStore(new IDBFactory(), { name: 'quota' });
    await store.save(sampleEntry());
    const target = new FakeTarget();
    target.online = false;
    let saved: SyncState = EMPTY_SYNC_STATE;
    const state = {
      getValue: async () => saved,
      setValue: async (value: SyncState) => {
        if (value.outbox.length > 0) throw new Error('QUOTA_BYTES quota exceeded');
        saved = value;
      },
    };
    const handlers = createSyncHandlers({ log: async () => store, fetch: async () => ({ status: 500, json: async () => null }), settings: companionSettingsItem, state, newId: () => crypto.randomUUID(), target: () => target });
    await handlers['sync:now']({}, ctx);
    expect(saved.outbox).toEqual([]);
    target.online = true;
    expect((await handlers['sync:now']({}, ctx)).report).toMatchObject({ pushed: 1, error: null });
    expect(target.doc.entries).toHaveLength(1);
  });

  it('preview an import without writing, then apply it', async () => {
    const { store, handlers } = await setup();
    const text = file([sampleEntry({ id: 'i1' }), { id: 'broken' }]);
    const { preview } = await handlers['log:import-preview']({ text }, ctx);
    expect(contract['log:import-preview'].response.parse({ preview })).toBeTruthy();
    expect(preview).toMatchObject({ ok: true, counts: { new: 1, invalid: 1 }, writes: 1 });
    expect(await store.get('i1')).toBeNull();
    const { result } = await handlers['log:import-apply']({ text }, ctx);
    expect(result).toMatchObject({ ok: true, writes: 1 });
    expect((await store.get('i1'))?.id).toBe('i1');
  });

  it('sync now pushes the log, remembers the outbox and reports status', async () => {
    const { store, target, handlers } = await setup();
    await store.save(sampleEntry());
    target.online = false;
    const offline = await handlers['sync:now']({}, ctx);
    expect(offline.report.error).toBe('offline');
    expect((await syncStateItem.getValue()).outbox).toHaveLength(1);
    expect(await handlers['sync:status']({}, ctx)).toMatchObject({ state: 'unreachable', pending: 1, paired: true, lastSyncAt: null });
    target.online = true;
    const online = await handlers['sync:now']({}, ctx);
    expect(online.report).toMatchObject({ pushed: 1, error: null });
    expect(target.doc.entries).toHaveLength(1);
    const status = await handlers['sync:status']({}, ctx);
    expect(contract['sync:status'].response.parse(status)).toMatchObject({ state: 'ready', pending: 0 });
    expect(status.lastSyncAt).not.toBeNull();
  });

  it('a status check that finds the companion back with changes waiting drains the outbox', async () => {
    const { store, target, handlers } = await setup();
    await store.save(sampleEntry());
    target.online = false;
    await handlers['sync:now']({}, ctx);
    expect((await syncStateItem.getValue()).outbox).toHaveLength(1);
    target.online = true;
    expect(await handlers['sync:status']({}, ctx)).toMatchObject({ state: 'ready', pending: 1 });
    await expect.poll(async () => (await syncStateItem.getValue()).outbox.length).toBe(0);
    expect(target.doc.entries).toHaveLength(1);
    expect(await handlers['sync:status']({}, ctx)).toMatchObject({ state: 'ready', pending: 0 });
  });

  it('a malformed import file changes nothing and says exactly what is wrong', async () => {
    const { store, handlers } = await setup();
    await store.save(sampleEntry());
    const before = (await store.exportDocument()).entries;
    const { preview } = await handlers['log:import-preview']({ text: '{"format":"pressclip-log","version":1,"entries":[' }, ctx);
    expect(preview.ok).toBe(false);
    const { result } = await handlers['log:import-apply']({ text: '{"format":"pressclip-log","version":1,"entries":[' }, ctx);
    expect(result).toEqual(preview);
    if (!result.ok) expect(result.reason).toMatch(/JSON/i);
    expect((await store.exportDocument()).entries).toEqual(before);
  });

  it('restores a revision through the message, keeping the replaced version', async () => {
    const { store, handlers } = await setup();
    const old = sampleEntry({ id: 'r1' });
    const { record, status, priority, deadline, followUpAt, tags, notes } = old;
    const revision = { savedAt: '2026-03-04T10:00:00.000Z', reason: 'Lost a sync merge', fields: { record, status, priority, deadline, followUpAt, tags, notes }, updatedAt: old.updatedAt };
    await store.applyBatch([{ ...old, record: { ...record, headline: 'Newer' }, updatedAt: '2026-03-04T10:00:00.000Z', revisions: [revision] }]);
    const { entry } = await handlers['log:restore-revision']({ id: 'r1', revisionUpdatedAt: revision.updatedAt, revisionSavedAt: revision.savedAt }, ctx);
    expect(entry.record.headline).toBe('Acme opens plant in Leipzig');
    expect((await store.get('r1'))?.revisions.map((r) => r.fields.record.headline)).toEqual(['Acme opens plant in Leipzig', 'Newer']);
    await expect(handlers['log:restore-revision']({ id: 'r1', revisionUpdatedAt: 'x', revisionSavedAt: 'y' }, ctx)).rejects.toThrow(/no longer/);
  });

  it('status tells when a round last wrote other browsers\' changes into this log', async () => {
    const { target, handlers } = await setup();
    await handlers['sync:now']({}, ctx);
    expect((await handlers['sync:status']({}, ctx)).lastWrittenAt).toBeNull();
    await target.push([{ changeId: 'elsewhere-1', entry: sampleEntry({ id: 'remote-1' }) }]);
    const { report } = await handlers['sync:now']({}, ctx);
    expect(report.written).toBe(1);
    expect((await handlers['sync:status']({}, ctx)).lastWrittenAt).not.toBeNull();
  });

  it('status keeps the release texts the last round with problems refused, after rounds that had none', async () => {
    const { target, handlers } = await setup();
    const reason = 'The release text was refused: it holds a <img src=x onerror=alert(1)> element';
    let refuse = true;
    const pull = target.pull.bind(target);
    target.pull = async (since) => ({ ...(await pull(since)), refusedBodies: refuse ? [{ id: 'remote-9', reason }] : [] });
    expect((await handlers['sync:status']({}, ctx)).bodyProblems).toEqual([]);
    const first = await handlers['sync:now']({}, ctx);
    expect(first.report.bodyProblems).toEqual([`A release text from the target for entry remote-9 was refused: ${reason}`]);
    refuse = false;
    // The next round (an alarm's, 30 s later) has nothing to say about that text: it is not pulled again.
    expect((await handlers['sync:now']({}, ctx)).report.bodyProblems).toEqual([]);
    const status = contract['sync:status'].response.parse(await handlers['sync:status']({}, ctx));
    expect(status.bodyProblems).toEqual(first.report.bodyProblems);
    expect(status.bodyProblemsAt).not.toBeNull();
  });

  it('while not paired, the status contacts nothing, not even 127.0.0.1', async () => {
    let calls = 0;
    const store = await openLogStore(new IDBFactory(), { name: 'unpaired' });
    const handlers = createSyncHandlers({
      log: async () => store,
      fetch: async () => {
        calls += 1;
        throw new Error('must not be called');
      },
      settings: companionSettingsItem,
      state: syncStateItem,
      newId: () => crypto.randomUUID(),
    });
    expect(await handlers['sync:status']({}, ctx)).toMatchObject({ state: 'unpaired', paired: false, pending: 0 });
    expect(calls).toBe(0);
  });
});
