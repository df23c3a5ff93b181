import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { appendToPages } from '../../../utils/log/log-pages';
import { openLogStore } from '../../../utils/log/store';
import type { LogEntry } from '../../../utils/schema/entry';
import { bodyFromText } from '../../../utils/body/from-text';
import { confirmImport } from '../../../utils/sync/confirm-import';
import { previewImport } from '../../../utils/sync/import-preview';
import { oldEntries } from '../log/per-entry-db';
import { sampleFields } from '../log/sample';

// The release texts in their own store (database version 4): the upgrade from the paged log of version 3 leaves
// every entry as it was, a save writes the text with its entry, a deletion takes it away, and the JSON export
// carries the texts so that a re-import gives them back byte for byte, while a hostile text is refused.

const BODY = {
  html: '<h2>Acme opens a plant</h2><p>Leipzig &amp; Dresden <strong>today</strong>. <a href="https://acme.example/p?a=1&amp;b=2">Plan</a></p><ul><li>300 jobs</li></ul>',
  text: 'Acme opens a plant\n\nLeipzig & Dresden today. Plan\n\n300 jobs',
  truncated: false,
};

// A version-3 database exactly as PressClip 3 lays it out: the pages store with its five indexes, no bodies.
async function pagedV3Database(factory: IDBFactory, entries: LogEntry[]): Promise<void> {
  const request = factory.open('pressclip-log', 3);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore('pages', { keyPath: 'key' });
    for (const name of ['ids', 'urls', 'canonicalUrls', 'followUps']) store.createIndex(name, name, { multiEntry: true });
    store.createIndex('newest', 'newest');
    for (const page of appendToPages(null, entries)) store.put(page);
  };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
}

describe('the bodies store', () => {
  it('upgrading a version-3 paged log adds the bodies store and leaves every entry untouched', async () => {
    const factory = new IDBFactory();
    const entries = oldEntries(250);
    await pagedV3Database(factory, entries);
    const store = await openLogStore(factory);
    expect(await store.allEntries()).toEqual([...entries].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await store.bodyIds()).toEqual(new Set());
    expect(await store.getBody('old-0001')).toBeNull();
    store.close();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('pressclip-log');
      request.onsuccess = () => resolve(request.result);
    });
    expect({ version: db.version, stores: [...db.objectStoreNames].sort() }).toEqual({ version: 6, stores: ['bodies', 'bodyPostings', 'bodyTerms', 'pages'] });
    db.close();
  });

  it('saves a body with its entry, keeps it when the page is saved again without one, and drops it with the entry', async () => {
    const store = await openLogStore(new IDBFactory(), { newId: () => 'e-1' });
    const { entry } = await store.save(sampleFields(), 'page', BODY);
    expect(await store.getBody(entry.id)).toEqual({ id: entry.id, ...BODY });
    expect((await store.list())[0]).not.toHaveProperty('html');
    await store.save(sampleFields({ headline: 'Corrected' }));
    expect((await store.getBody(entry.id))?.html).toBe(BODY.html);
    expect((await store.searchBodies(['dresden', 'jobs'])).ids).toEqual([entry.id]);
    expect((await store.searchBodies(['dresden', 'berlin'])).ids).toEqual([]);
    await store.remove(entry.id);
    expect(await store.getBody(entry.id)).toBeNull();
    store.close();
  });

  it('the export carries the bodies (or leaves them out), and a re-import gives them back byte for byte', async () => {
    let n = 0;
    const source = await openLogStore(new IDBFactory(), { newId: () => `e-${++n}` });
    const pasted = bodyFromText('Pasted release\n\nWith <two> paragraphs & an ampersand')!;
    await source.save(sampleFields({ url: 'https://x.example/1' }), 'page', BODY);
    await source.save(sampleFields({ url: 'https://x.example/2' }), 'pasted', pasted);
    await source.save(sampleFields({ url: 'https://x.example/3' }));
    expect((await source.exportDocument()).bodies).toBeUndefined();
    const exported = JSON.stringify(await source.exportDocument({ bodies: true }));
    const target = await openLogStore(new IDBFactory());
    const result = await confirmImport(exported, target);
    expect(result.ok && result.counts).toMatchObject({ new: 3, invalid: 0 });
    const again = JSON.parse(JSON.stringify(await target.exportDocument({ bodies: true }))) as { bodies: unknown[] };
    const before = JSON.parse(exported) as { bodies: unknown[] };
    const byId = (list: unknown[]) => JSON.stringify([...list].sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1)));
    expect(byId(again.bodies)).toBe(byId(before.bodies));
    expect(before.bodies).toHaveLength(2);
    source.close();
    target.close();
  });

  it('an import with a hostile or oversize body refuses that entry with the reason and changes nothing else', async () => {
    let n = 0;
    const source = await openLogStore(new IDBFactory(), { newId: () => `e-${++n}` });
    await source.save(sampleFields({ url: 'https://x.example/1' }), 'page', BODY);
    await source.save(sampleFields({ url: 'https://x.example/2' }), 'page', BODY);
    await source.save(sampleFields({ url: 'https://x.example/3' }), 'page', BODY);
    const document = (await source.exportDocument({ bodies: true })) as unknown as { bodies: Array<{ id: string; html: string }> };
    document.bodies.find((b) => b.id === 'e-1')!.html = '<p>x</p><img src=x onerror="window.__pwned=1">';
    document.bodies.find((b) => b.id === 'e-2')!.html = `<p>${'a'.repeat(200_001)}</p>`;
    const target = await openLogStore(new IDBFactory(), { newId: () => 'local-1' });
    await target.save(sampleFields({ url: 'https://local.example/1' }), 'page', BODY);
    const before = JSON.stringify(await target.exportDocument({ bodies: true }).then((d) => ({ ...d, exportedAt: null })));
    const file = JSON.stringify(document);
    const preview = previewImport(file, await target.allEntries());
    expect(preview.ok && preview.invalid.map((i) => [i.id, i.reason]).sort()).toEqual([
      ['e-1', expect.stringMatching(/^entry \d: The release text was refused: it holds an? <img> element/)],
      ['e-2', expect.stringMatching(/^entry \d: The release text is over the cap of 200000 characters of HTML/)],
    ]);
    // Nothing is written by a preview.
    expect(JSON.stringify(await target.exportDocument({ bodies: true }).then((d) => ({ ...d, exportedAt: null })))).toBe(before);
    const result = await confirmImport(file, target);
    expect(result.ok && result.counts).toMatchObject({ new: 1, invalid: 2 });
    expect(await target.get('e-1')).toBeNull();
    expect(await target.get('e-2')).toBeNull();
    expect((await target.getBody('e-3'))?.html).toBe(BODY.html);
    expect((await target.getBody('local-1'))?.html).toBe(BODY.html);
    source.close();
    target.close();
  });

  it('refuses a file whose "bodies" is not a list, and writes nothing', async () => {
    const store = await openLogStore(new IDBFactory());
    const file = JSON.stringify({ format: 'pressclip-log', version: 2, exportedAt: '2026-03-03T10:00:00.000Z', entries: [], bodies: '<script>' });
    expect(await confirmImport(file, store)).toEqual({ ok: false, reason: expect.stringMatching(/"bodies".*not a list/) });
    expect(await store.allEntries()).toEqual([]);
    store.close();
  });
});
