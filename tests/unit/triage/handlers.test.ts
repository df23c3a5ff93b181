import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openLogStore } from '../../../utils/log/store';
import { createTriageHandlers } from '../../../utils/triage/handlers';
import { makeEntry } from './make-entry';

const ctx = { sender: { id: 'x' } };

async function setup() {
  const store = await openLogStore(new IDBFactory(), { now: () => new Date('2026-03-02T12:00:00Z') });
  await store.applyBatch([
    makeEntry('a'),
    makeEntry('emb', { status: 'interviewed', record: { url: 'https://x.example/emb', embargo: { until: '2026-03-03T05:00:00Z', text: 'Embargo' } } }),
    makeEntry('b', { record: { url: 'https://aggregator.example/acme' } }),
  ]);
  let refreshed = 0;
  const handlers = createTriageHandlers({
    log: async () => store,
    now: () => new Date('2026-03-02T12:00:00Z'),
    followUpsChanged: async () => {
      refreshed += 1;
    },
  });
  return { store, handlers, refreshed: () => refreshed };
}

describe('triage handlers', () => {
  it('set-status writes history, or explains a refusal', async () => {
    const { store, handlers, refreshed } = await setup();
    const ok = await handlers['log:set-status']({ id: 'a', status: 'to-contact', override: null }, ctx);
    expect(ok.refused).toBeNull();
    expect((await store.get('a'))?.history.at(-1)).toMatchObject({ from: 'new', to: 'to-contact' });
    const refused = await handlers['log:set-status']({ id: 'emb', status: 'filed', override: null }, ctx);
    expect(refused.entry).toBeNull();
    expect(refused.refused).toContain('Under embargo');
    expect((await store.get('emb'))?.status).toBe('interviewed');
    const overridden = await handlers['log:set-status']({ id: 'emb', status: 'filed', override: 'Lifted early' }, ctx);
    expect((await store.get('emb'))?.history.at(-1)?.override).toContain('Lifted early');
    expect(overridden.entry?.status).toBe('filed');
    expect(refreshed()).toBe(2);
  });

  it('bulk-update changes many and reports refusals', async () => {
    const { store, handlers } = await setup();
    const result = await handlers['log:bulk-update']({ ids: ['a', 'emb', 'b', 'missing'], status: 'filed', addTags: ['done'], removeTags: [], override: null }, ctx);
    expect(result.entries.map((e) => e.id).sort()).toEqual(['a', 'b']);
    expect(result.refused.map((r) => r.id)).toEqual(['emb']);
    expect((await store.get('b'))?.tags).toEqual(['done']);
  });

  it('record-request stores what was sent and the follow-up date', async () => {
    const { store, handlers } = await setup();
    const request = { at: '2026-03-02T12:00:00.000Z', contactName: 'Jana', email: 'press@acme.example', subject: 'S', body: 'B', handler: 'gmail' as const, kind: 'request' as const };
    await handlers['log:record-request']({ id: 'a', request, followUpAt: '2026-03-04T12:00:00.000Z' }, ctx);
    const entry = await store.get('a');
    expect(entry?.status).toBe('requested');
    expect(entry?.requests).toEqual([request]);
    expect(entry?.followUpAt).toBe('2026-03-04T12:00:00.000Z');
  });

  it('merge keeps the survivor and tombstones the duplicate', async () => {
    const { store, handlers } = await setup();
    await handlers['log:merge']({ survivorId: 'a', duplicateId: 'b' }, ctx);
    expect((await store.get('b'))?.deletedAt).not.toBeNull();
    expect((await store.get('a'))?.notes).toContain('https://aggregator.example/acme');
    expect((await store.list()).map((e) => e.id).sort()).toEqual(['a', 'emb']);
    await expect(handlers['log:merge']({ survivorId: 'a', duplicateId: 'a' }, ctx)).rejects.toThrow('itself');
  });
});
