import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { appendToPages } from '../../../utils/log/log-pages';
import { openLogStore } from '../../../utils/log/store';
import { wrap, type IDBPDatabase } from 'idb';
import { openLogDb, type LogDb } from '../../../utils/log/open-db';
import { readBodies } from '../../../utils/log/bodies';
import type { StoredBody } from '../../../utils/body/schema';
import { termsRecord, type BodyTermsRecord } from '../../../utils/log/body-terms';
import { MAX_TERMS_PER_BODY } from '../../../utils/body/terms';
import { oldEntries } from '../log/per-entry-db';
import { sampleFields } from '../log/sample';

// The word index of the release texts (database version 6: terms records and postings per block and bucket):
// written and removed in the transaction that writes or removes the body, built by the upgrade from the bodies of a
// version-4 log or the terms records of a version-5 one, and answering log:search-bodies by word prefix without
// reading a text.

const body = (id: string, text: string): StoredBody => ({ id, html: `<p>${text}</p>`, text, truncated: false });

function openRaw(factory: IDBFactory, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const request = version === undefined ? factory.open('pressclip-log') : factory.open('pressclip-log', version);
  if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function termsRecords(factory: IDBFactory): Promise<BodyTermsRecord[]> {
  const db = await openRaw(factory);
  const request = db.transaction('bodyTerms', 'readonly').objectStore('bodyTerms').getAll();
  const records = await new Promise<BodyTermsRecord[]>((resolve) => (request.onsuccess = () => resolve(request.result as BodyTermsRecord[])));
  db.close();
  return records;
}

// The texts of a log: a few words every body has, one word per tenth body, one per body.
function texts(count: number): StoredBody[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `old-${String(i).padStart(4, '0')}`;
    return body(id, `Port terminal ${i % 10 === 0 ? 'Müller-Werke' : 'operators'} trial; marker${i} Quay ${i % 2 ? 'rail' : 'road'}`);
  });
}

// A log of 450 entries with bodies as an older PressClip laid it out (version 4: the pages store with its five indexes
// and the bodies store; version 5: also bodyTerms with a multiEntry index on the words), and the same log written by
// this version's store, for comparing answers.
async function olderLog(version: 4 | 5) {
  const entries = oldEntries(450);
  // A tombstone has no body (its deletion took it away).
  const dead = new Set(entries.filter((e) => e.deletedAt !== null).map((e) => e.id));
  const bodies = texts(450).filter((b) => !dead.has(b.id));
  const expected = await openLogStore(new IDBFactory());
  await expected.applyBatch(entries, { bodies });
  const factory = new IDBFactory();
  const old = await openRaw(factory, version, (db) => {
    const pages = db.createObjectStore('pages', { keyPath: 'key' });
    for (const name of ['ids', 'urls', 'canonicalUrls', 'followUps']) pages.createIndex(name, name, { multiEntry: true });
    pages.createIndex('newest', 'newest');
    for (const page of appendToPages(null, entries)) pages.put(page);
    const stored = db.createObjectStore('bodies', { keyPath: 'id' });
    for (const b of bodies) stored.put(b);
    if (version === 4) return;
    const terms = db.createObjectStore('bodyTerms', { keyPath: 'id' });
    terms.createIndex('terms', 'terms', { multiEntry: true });
    for (const b of bodies) terms.put(termsRecord(b));
  });
  old.close();
  return { entries, bodies, expected, factory };
}

const QUERIES = [['port'], ['MULLER'], ['müller', 'rail'], ['marker12'], ['marker1'], ['quay', 'road', 'term'], ['nothing'], ['arker1']];

describe('the body word index', () => {
  it('answers by word prefix, every word of the query, case and accents folded', async () => {
    const factory = new IDBFactory();
    const store = await openLogStore(factory);
    await store.applyBatch(oldEntries(30), { bodies: texts(30) });
    expect((await store.searchBodies(['marker12'])).ids).toEqual(['old-0012']);
    expect((await store.searchBodies(['marker1'])).ids).toEqual(['old-0001', ...Array.from({ length: 10 }, (_, k) => `old-00${10 + k}`)]);
    expect((await store.searchBodies(['Müll', 'rail'])).ids).toEqual([]);
    expect((await store.searchBodies(['MULLER', 'road'])).ids).toEqual(['old-0000', 'old-0010', 'old-0020']);
    expect((await store.searchBodies(['werke', 'quay', 'ter'])).ids).toEqual(['old-0000', 'old-0010', 'old-0020']);
    // A word's middle is not a word start, as in the page's own search.
    expect((await store.searchBodies(['arker12'])).ids).toEqual([]);
    expect((await store.searchBodies(['zzqqxx'])).ids).toEqual([]);
    expect((await store.searchBodies(['port'], 4)).ids).toEqual(['old-0000', 'old-0001', 'old-0002', 'old-0004']);
    store.close();
  });

  it('a broad word is checked on the candidates of the exact ones; a broad-only query reads a bounded part: complete answers equal, partial ones a true subset', async () => {
    const factory = new IDBFactory();
    const store = await openLogStore(factory);
    await store.applyBatch(oldEntries(30), { bodies: texts(30) });
    const db = wrap(await openLogDb(factory, 'pressclip-log')) as unknown as IDBPDatabase<LogDb>;
    const queries = [...QUERIES, ['werke', 'port'], ['port', 'quay', 'rail'], ['marker2', 'road', 'quay'], ['port', 'zzz']];
    for (const tuning of [{ probe: 4, verifyAt: 200 }, { probe: 4, verifyAt: 2 }, { probe: 1, verifyAt: 0 }]) {
      const tuned = readBodies(db, tuning);
      for (const terms of queries) {
        const exact = await store.searchBodies(terms);
        expect({ terms, complete: exact.complete }).toEqual({ terms, complete: true });
        const answer = await tuned.searchBodies(terms);
        if (answer.complete) expect({ tuning, terms, ids: answer.ids }).toEqual({ tuning, terms, ids: exact.ids });
        else expect(exact.ids).toEqual(expect.arrayContaining(answer.ids));
      }
    }
    // An exact word's three candidates tested for the broad one: complete.
    expect(await readBodies(db, { probe: 4, verifyAt: 200 }).searchBodies(['werke', 'port'])).toEqual({ ids: ['old-0000', 'old-0010', 'old-0020'], complete: true });
    // One broad word (in every text; old-0003 is a tombstone, without one): its first 4 keys, marked partial.
    expect(await readBodies(db, { probe: 4, verifyAt: 200 }).searchBodies(['port'])).toEqual({ ids: ['old-0000', 'old-0001', 'old-0002', 'old-0004'], complete: false });
    // Two broad words: the first one's keys tested for the second.
    expect(await readBodies(db, { probe: 4, verifyAt: 200 }).searchBodies(['port', 'rail'])).toEqual({ ids: ['old-0001'], complete: false });
    db.close();
    store.close();
  });

  it('a save writes the words with the body, a save with a new text replaces them, a deletion removes them', async () => {
    const factory = new IDBFactory();
    const store = await openLogStore(factory, { newId: () => 'e-1' });
    await store.save(sampleFields(), 'page', { html: '<p>Leipzig plant</p>', text: 'Leipzig plant', truncated: false });
    expect(await termsRecords(factory)).toEqual([{ id: 'e-1', terms: ['leipzig', 'plant'], fresh: ['leipzig', 'plant'] }]);
    expect((await store.searchBodies(['leip'])).ids).toEqual(['e-1']);
    // Saved again without a text: the stored text and its words stay.
    await store.save(sampleFields({ headline: 'Corrected' }));
    expect((await store.searchBodies(['leip'])).ids).toEqual(['e-1']);
    await store.save(sampleFields(), 'page', { html: '<p>Dresden plant</p>', text: 'Dresden plant', truncated: false });
    expect((await store.searchBodies(['leip'])).ids).toEqual([]);
    expect((await store.searchBodies(['dresden', 'plant'])).ids).toEqual(['e-1']);
    await store.remove('e-1');
    expect((await store.searchBodies(['dresden'])).ids).toEqual([]);
    expect(await termsRecords(factory)).toEqual([]);
    store.close();
  });

  it('an import tombstone removes its entry\'s words; a failed import writes no words at all', async () => {
    const factory = new IDBFactory();
    const store = await openLogStore(factory);
    const entries = oldEntries(30);
    await store.applyBatch(entries, { bodies: texts(30) });
    const twelve = entries.find((e) => e.id === 'old-0012')!;
    await store.applyBatch([{ ...twelve, deletedAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' }]);
    expect((await store.searchBodies(['marker12'])).ids).toEqual([]);
    expect(await store.getBody('old-0012')).toBeNull();
    // A batch whose second body cannot be stored (no id) aborts as a whole: the first body's words are not kept.
    const fresh = { ...entries[0]!, id: 'new-1', record: { ...entries[0]!.record, url: 'https://wire.example/new' } };
    const broken = { ...body('x', 'broken'), id: undefined } as unknown as StoredBody;
    await expect(store.applyBatch([fresh], { bodies: [body('new-1', 'Freshword here'), broken] })).rejects.toThrow();
    expect(await store.get('new-1')).toBeNull();
    expect((await store.searchBodies(['freshword'])).ids).toEqual([]);
    expect((await termsRecords(factory)).map((r) => r.id)).not.toContain('new-1');
    store.close();
  });

  it('an import that replaces texts takes their old words out of the earlier block and keeps its other texts\' words', async () => {
    const factory = new IDBFactory();
    const store = await openLogStore(factory);
    const entries = oldEntries(120);
    await store.applyBatch(entries, { bodies: texts(120) });
    // 60 of the texts again (more than a small batch's per-id reads), with new words.
    const again = texts(120).slice(0, 60).map((b) => body(b.id, `Replaced wording ${b.id}`));
    await store.applyBatch([], { bodies: again });
    expect((await store.searchBodies(['replaced'])).ids).toEqual(again.map((b) => b.id));
    expect((await store.searchBodies(['marker5'])).ids).toEqual([]);
    expect((await store.searchBodies(['marker7'])).ids).toEqual(['old-0070', 'old-0071', 'old-0072', 'old-0073', 'old-0074', 'old-0075', 'old-0076', 'old-0077', 'old-0078', 'old-0079']);
    expect((await store.searchBodies(['port'])).ids).toEqual(texts(120).slice(60).map((b) => b.id));
    store.close();
  });

  it('saved texts are indexed on their own records, imported ones in a block: one search finds both, an import replacing a saved text moves it', async () => {
    const factory = new IDBFactory();
    let n = 0;
    const store = await openLogStore(factory, { newId: () => `s-${String(++n).padStart(3, '0')}` });
    for (let i = 1; i <= 12; i += 1) {
      await store.save(sampleFields({ url: `https://wire.example/s/${i}` }), 'page', { html: '<p>x</p>', text: `Shared wording plant${i}`, truncated: false });
    }
    await store.applyBatch(oldEntries(30), { bodies: texts(30).map((b) => body(b.id, `Shared wording ${b.text}`)) });
    const records = await termsRecords(factory);
    expect(records.filter((r) => r.fresh !== undefined && r.block === undefined)).toHaveLength(12);
    expect(new Set(records.filter((r) => r.fresh === undefined).map((r) => r.block)).size).toBe(1);
    expect((await store.searchBodies(['shared'])).ids).toHaveLength(12 + 29);
    expect((await store.searchBodies(['plant1'])).ids).toEqual(['s-001', 's-010', 's-011', 's-012']);
    // s-010's text comes in a large import: it leaves the fresh index for a block; s-011 deleted.
    await store.applyBatch([], { bodies: [body('s-010', 'Imported wording'), ...Array.from({ length: 25 }, (_, k) => body(`old-00${String(k).padStart(2, '0')}`, `Again ${k}`))] });
    await store.remove('s-011');
    expect((await store.searchBodies(['plant1'])).ids).toEqual(['s-001', 's-012']);
    expect((await store.searchBodies(['imported'])).ids).toEqual(['s-010']);
    expect((await termsRecords(factory)).find((r) => r.id === 's-010')).toEqual({ id: 's-010', terms: ['imported', 'wording'], block: expect.any(String) });
    // With a bound of 4: the fresh keys count toward it, and the answer says it is partial.
    const db = wrap(await openLogDb(factory, 'pressclip-log')) as unknown as IDBPDatabase<LogDb>;
    expect(await readBodies(db, { probe: 4, verifyAt: 50 }).searchBodies(['shared'])).toMatchObject({ complete: false });
    db.close();
    store.close();
  });

  it('a hostile text indexes at most MAX_TERMS_PER_BODY words, and its words past the cap are not found', async () => {
    const factory = new IDBFactory();
    const store = await openLogStore(factory, { newId: () => 'e-1' });
    const text = Array.from({ length: 30_000 }, (_, i) => `w${i}`).join(' ').slice(0, 200_000);
    await store.save(sampleFields(), 'page', { html: `<p>${text}</p>`, text, truncated: false });
    const [record] = await termsRecords(factory);
    expect(record!.terms).toHaveLength(MAX_TERMS_PER_BODY);
    expect((await store.searchBodies(['w4999'])).ids).toEqual(['e-1']);
    expect((await store.searchBodies(['w25000'])).ids).toEqual([]);
    expect((await store.getBody('e-1'))?.text).toBe(text);
    store.close();
  });

  it('upgrading a version-4 log with bodies builds the index: the same answers, entries and bodies untouched', async () => {
    const { bodies, expected, factory } = await olderLog(4);
    const store = await openLogStore(factory);
    for (const terms of QUERIES) expect({ terms, ids: await store.searchBodies(terms) }).toEqual({ terms, ids: await expected.searchBodies(terms) });
    expect((await store.searchBodies(['marker449'])).ids).toEqual(['old-0449']);
    expect(await store.allEntries()).toEqual(await expected.allEntries());
    expect((await store.exportDocument({ bodies: true })).bodies).toEqual([...bodies].sort((a, b) => (a.id < b.id ? -1 : 1)));
    store.close();
    expected.close();
    const db = await openRaw(factory);
    expect({ version: db.version, stores: [...db.objectStoreNames].sort() }).toEqual({ version: 6, stores: ['bodies', 'bodyPostings', 'bodyTerms', 'pages'] });
    db.close();
  });

  it('upgrading a version-5 log builds the postings from its terms records and drops its index of every word', async () => {
    const { entries, expected, factory } = await olderLog(5);
    const store = await openLogStore(factory);
    for (const terms of QUERIES) expect({ terms, ids: await store.searchBodies(terms) }).toEqual({ terms, ids: await expected.searchBodies(terms) });
    expect(await store.allEntries()).toEqual(await expected.allEntries());
    // The upgraded words are replaced and removed like any others.
    const twelve = entries.find((e) => e.id === 'old-0012')!;
    await store.applyBatch([{ ...twelve, deletedAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' }]);
    expect((await store.searchBodies(['marker12'])).ids).toEqual(Array.from({ length: 10 }, (_, k) => `old-01${20 + k}`));
    expect(await store.getBody('old-0012')).toBeNull();
    store.close();
    expected.close();
    const db = await openRaw(factory);
    expect({ version: db.version, stores: [...db.objectStoreNames].sort() }).toEqual({ version: 6, stores: ['bodies', 'bodyPostings', 'bodyTerms', 'pages'] });
    expect([...db.transaction('bodyTerms', 'readonly').objectStore('bodyTerms').indexNames]).toEqual(['fresh']);
    db.close();
    expect((await termsRecords(factory)).every((record) => typeof record.block === 'string')).toBe(true);
  });
});
