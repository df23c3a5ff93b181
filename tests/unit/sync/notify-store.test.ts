import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLogStore } from '../../../utils/log/store';
import { notifyingStore } from '../../../utils/sync/notify-store';
import { sampleEntry } from './sample-entry';

function sampleFields(headline = 'Acme opens plant in Leipzig') {
  const { record, status, priority, deadline, followUpAt, tags, notes } = sampleEntry();
  return { record: { ...record, headline }, status, priority, deadline, followUpAt, tags, notes };
}

describe('notifyingStore', () => {
  it('reports every successful write and no read', async () => {
    let changes = 0;
    const store = notifyingStore(await openLogStore(new IDBFactory()), () => changes++);
    const { entry } = await store.save(sampleFields());
    expect(changes).toBe(1);
    await store.list();
    await store.get(entry.id);
    await store.exportDocument();
    expect(changes).toBe(1);
    const updated = await store.update(entry.id, sampleFields('Changed headline'), entry.updatedAt);
    await store.applyBatch([{ ...updated, notes: 'x' }]);
    await store.remove(entry.id);
    expect(changes).toBe(4);
  });

  it('reports nothing when a write fails', async () => {
    let changes = 0;
    const store = notifyingStore(await openLogStore(new IDBFactory()), () => changes++);
    await expect(store.update('missing', sampleFields(), null)).rejects.toThrow();
    expect(changes).toBe(0);
  });
});
