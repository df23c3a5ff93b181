import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLogStore, type LogStore } from '../../../utils/log/store';
import type { BatchStore } from '../../../utils/sync/confirm-import';
import { EMPTY_SYNC_STATE, syncOnce } from '../../../utils/sync/sync-once';
import { FakeTarget } from './fake-target';
import { sampleEntry } from './sample-entry';

let counter = 0;
const newId = () => `race-change-${++counter}`;

// The round's second read of the log (step 3, before it merges what it pulled) is where the journalist's edit
// lands: the read returns the log as it was, the edit is written, then the round writes its merge.
function editDuringMerge(store: LogStore, edit: () => Promise<unknown>): BatchStore {
  let reads = 0;
  return {
    async exportDocument() {
      const doc = await store.exportDocument();
      reads += 1;
      if (reads === 2) await edit();
      return doc;
    },
    applyBatch: (entries, options) => store.applyBatch(entries, options),
  };
}

describe('a sync round and an edit at the same time', () => {
  it('keeps the edit made while the round merged, and the pulled version as a revision', async () => {
    const target = new FakeTarget();
    const chrome = await openLogStore(new IDBFactory(), { name: 'race-chrome' });
    const firefox = await openLogStore(new IDBFactory(), { name: 'race-firefox' });
    const { entry } = await chrome.save(sampleEntry());
    let c = (await syncOnce(chrome, target, EMPTY_SYNC_STATE, newId)).state;
    const f = (await syncOnce(firefox, target, EMPTY_SYNC_STATE, newId)).state;
    await firefox.update(entry.id, { ...sampleEntry(), notes: 'firefox note' }, null);
    await syncOnce(firefox, target, f, newId);
    await new Promise((resolve) => setTimeout(resolve, 5));

    const racing = editDuringMerge(chrome, () => chrome.update(entry.id, { ...sampleEntry(), notes: 'typed during the sync' }, null));
    const round = await syncOnce(racing, target, c, newId);
    expect(round.report.error).toBeNull();
    const stored = await chrome.get(entry.id);
    // The later edit wins; the version pulled from Firefox is not lost either.
    expect(stored?.notes).toBe('typed during the sync');
    expect(stored?.revisions.map((r) => r.fields.notes)).toContain('firefox note');

    // The next round sends the edit, and Firefox ends with it.
    c = round.state;
    c = (await syncOnce(chrome, target, c, newId)).state;
    const back = await syncOnce(firefox, target, f, newId);
    expect(back.report.error).toBeNull();
    expect((await firefox.get(entry.id))?.notes).toBe('typed during the sync');
  });

  it('writes the merge as computed when nothing changed in between', async () => {
    const store = await openLogStore(new IDBFactory(), { name: 'race-quiet' });
    const { entry } = await store.save(sampleEntry());
    const edited = { ...entry, notes: 'merged elsewhere', updatedAt: new Date(Date.parse(entry.updatedAt) + 1000).toISOString() };
    let rebased = 0;
    await store.applyBatch([edited], {
      basis: { readAt: () => entry.updatedAt, rebase: (stored) => (rebased++, stored) },
    });
    expect(rebased).toBe(0);
    expect((await store.get(entry.id))?.notes).toBe('merged elsewhere');
  });
});
