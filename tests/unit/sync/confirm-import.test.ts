import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLogStore } from '../../../utils/log/store';
import { confirmImport } from '../../../utils/sync/confirm-import';
import { stableStringify } from '../../../utils/sync/stable-json';
import { logArb } from './arbitraries';
import { sampleEntry } from './sample-entry';

const file = (entries: unknown[]) => JSON.stringify({ format: 'pressclip-log', version: 1, exportedAt: '2026-03-04T08:00:00.000Z', entries });

async function freshStore() {
  const store = await openLogStore(new IDBFactory(), { name: 'import-test' });
  await store.applyBatch([sampleEntry({ id: 'kept', notes: 'already here' })]);
  return store;
}

describe('confirmImport into the IndexedDB store', () => {
  it('writes the merged entries in one batch and gives back the same log on re-export', async () => {
    const store = await freshStore();
    const incoming = sampleEntry({ id: 'new-one', record: { ...sampleEntry().record, url: 'https://x.example/new' } });
    const result = await confirmImport(file([incoming]), store);
    expect(result.ok && result.counts.new).toBe(1);
    expect((await store.get('new-one'))?.notes).toBe('');
    const again = await confirmImport(JSON.stringify(await store.exportDocument()), store);
    expect(again.ok && again.counts).toEqual({ new: 0, updated: 0, unchanged: 2, conflict: 0, invalid: 0 });
    store.close();
  });

  it('changes nothing for a refused or entirely invalid file', async () => {
    const store = await freshStore();
    const before = stableStringify((await store.exportDocument()).entries);
    for (const text of ['nope', file([{ id: 'x' }]), file([{ ...sampleEntry({ id: 'y' }), createdAt: 5 }]), '{"format":"pressclip-log","version":1,"entries":[{"__proto__":1}]}']) {
      const result = await confirmImport(text, store);
      expect(result.ok === false || result.toWrite.length === 0).toBe(true);
    }
    expect(stableStringify((await store.exportDocument()).entries)).toBe(before);
    store.close();
  });

  it('writes exactly the previewed entries or nothing, for any mix of valid and hostile entries', async () => {
    const hostile = fc.constantFrom<unknown>(null, 5, 'x', [], { id: 'kept', notes: 7 }, { __proto__: { id: 'p' } }, { id: 'h', tags: Array(100_000).fill('t') });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(logArb(['kept', 'a', 'b'], ['https://wire.example/1', 'https://x.example/2']), hostile.map((h) => [h])), { maxLength: 4 }), async (parts) => {
        const store = await freshStore();
        const before = new Map((await store.exportDocument()).entries.map((e) => [e.id, stableStringify(e)]));
        const entries = parts.flat();
        const result = await confirmImport(file(entries), store);
        const expected = new Map(before);
        if (result.ok) for (const e of result.toWrite) expected.set(e.id, stableStringify(e));
        const after = new Map((await store.exportDocument()).entries.map((e) => [e.id, stableStringify(e)]));
        expect(after).toEqual(expected);
        store.close();
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('round-trips any log through export and import into an empty store', async () => {
    await fc.assert(
      fc.asyncProperty(logArb(['a', 'b', 'c', 'd'], ['https://wire.example/1', 'https://wire.example/2']), async (log) => {
        const source = await openLogStore(new IDBFactory(), { name: 'src' });
        await source.applyBatch(log);
        const target = await openLogStore(new IDBFactory(), { name: 'dst' });
        await confirmImport(JSON.stringify(await source.exportDocument()), target);
        const exported = async (s: typeof source) => (await s.exportDocument()).entries.map(stableStringify).sort();
        expect(await exported(target)).toEqual(await exported(source));
        source.close();
        target.close();
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
