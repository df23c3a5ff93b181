// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_HTML_CAP } from '../../../../utils/body/allowlist';
import { openLogStore, type LogStore } from '../../../../utils/log/store';
import { bodyDocId } from '../../../../utils/sync/couch/body-document';
import { couchTarget, type CouchOptions } from '../../../../utils/sync/couch/couch-target';
import type { InvalidDoc } from '../../../../utils/sync/couch/entry-document';
import { EMPTY_SYNC_STATE, syncOnce, type SyncState } from '../../../../utils/sync/sync-once';
import { startCouch, type RunningCouch } from '../../../couch/pouchdb-server';
import { sampleEntry } from '../sample-entry';
import { CLEAN_BODY, HOSTILE_HTML, longBody } from '../sample-body';

// Release texts on the newsroom desk (pouchdb-server in memory): each text is its own document `body:<entry id>`,
// written once however often its entry is edited, back byte for byte in a colleague's fresh browser, deleted with
// its entry; a colleague's hostile or oversize text is refused and reported while its entry arrives.

let couch: RunningCouch;
let counter = 0;
const newId = () => `change-${++counter}`;

// Every request body sent to the server, for counting what carried a text.
const sent: Array<{ url: string; body: string }> = [];
const fetchFn: CouchOptions['fetch'] = (url, init) => {
  if (init.body) sent.push({ url, body: init.body });
  return fetch(url, init);
};

function target(database: string, user = 'anna', onInvalid?: (invalid: InvalidDoc) => void) {
  return couchTarget({ fetch: fetchFn, base: couch.base, database, user, password: `${user}-pw`, onInvalid });
}

let stores = 0;
async function browser(): Promise<LogStore> {
  const name = `desk-body-${++stores}`;
  let ids = 0;
  return openLogStore(new IDBFactory(), { name, newId: () => `${name}-${++ids}` });
}

async function serverDoc(database: string, id: string) {
  return couch.admin('GET', `/${database}/${encodeURIComponent(id)}`);
}

beforeAll(async () => {
  couch = await startCouch();
  await couch.addUser('anna', 'anna-pw');
  await couch.addUser('ben', 'ben-pw');
}, 60_000);

afterAll(async () => {
  await couch?.close();
});

describe('release texts on the desk', () => {
  it('a saved text is the document body:<id> and reaches a colleague byte for byte; ten edits do not send it again', async () => {
    await couch.createDatabase('desk-text', ['anna', 'ben']);
    const anna = await browser();
    const ben = await browser();
    const { entry } = await anna.save(sampleEntry(), 'page', CLEAN_BODY);
    let annaState: SyncState = (await syncOnce(anna, target('desk-text'), EMPTY_SYNC_STATE, newId)).state;

    const doc = await serverDoc('desk-text', bodyDocId(entry.id));
    expect(doc.json).toMatchObject({ _id: bodyDocId(entry.id), id: entry.id, ...CLEAN_BODY });
    const entryDoc = (await serverDoc('desk-text', entry.id)).json as Record<string, unknown>;
    expect(JSON.stringify(entryDoc)).not.toContain('öffnet Werk');

    const round = await syncOnce(ben, target('desk-text', 'ben'), EMPTY_SYNC_STATE, newId);
    expect(round.report).toMatchObject({ error: null, bodyProblems: [] });
    expect(await ben.getBody(entry.id)).toEqual({ id: entry.id, ...CLEAN_BODY });

    const textWrites = () => sent.filter((request) => request.url.includes('/desk-text/_bulk_docs') && request.body.includes(bodyDocId(entry.id))).length;
    expect(textWrites()).toBe(1);
    const benTarget = target('desk-text', 'ben');
    let benCursor = round.state.cursor;
    for (let edit = 1; edit <= 10; edit++) {
      const current = (await anna.get(entry.id))!;
      await anna.update(entry.id, { ...current, status: edit % 2 ? 'to-contact' : 'new', notes: `edit ${edit}` }, current.updatedAt);
      annaState = (await syncOnce(anna, target('desk-text'), annaState, newId)).state;
      const pulled = await benTarget.pull(benCursor);
      expect(pulled.bodies).toEqual([]);
      expect(pulled.entries.map((e) => e.notes)).toEqual([`edit ${edit}`]);
      benCursor = pulled.cursor;
    }
    expect(textWrites()).toBe(1);
    expect(((await serverDoc('desk-text', bodyDocId(entry.id))).json as { _rev: string })._rev).toMatch(/^1-/);
    expect(((await serverDoc('desk-text', entry.id)).json as { _rev: string })._rev).toMatch(/^11-/);
  }, 30_000);

  it("refuses a colleague's hostile or oversize text and reports it; the entries arrive, a clean text with them", async () => {
    await couch.createDatabase('desk-hostile-text', ['anna']);
    const texts = { clean: CLEAN_BODY.html, ...HOSTILE_HTML, oversize: longBody(BODY_HTML_CAP + 1000).html };
    const docs = Object.entries(texts).flatMap(([kind, html], i) => {
      const entry = sampleEntry({ id: `e-${kind}`, record: { ...sampleEntry().record, url: `https://x.example/${i}` } });
      return [
        { ...entry, _id: entry.id },
        { _id: bodyDocId(entry.id), id: entry.id, html, text: kind === 'clean' ? CLEAN_BODY.text : 'Hi', truncated: false },
      ];
    });
    await couch.admin('POST', '/desk-hostile-text/_bulk_docs', { docs });

    const invalid: InvalidDoc[] = [];
    const log = await browser();
    const round = await syncOnce(log, target('desk-hostile-text', 'anna', (item) => invalid.push(item)), EMPTY_SYNC_STATE, newId);
    expect(round.report.error).toBeNull();
    expect((await log.list()).map((e) => e.id).sort()).toEqual(['e-clean', 'e-javascriptLink', 'e-onAttribute', 'e-oversize', 'e-script']);
    expect(await log.bodyIds()).toEqual(new Set(['e-clean']));
    expect((await log.getBody('e-clean'))?.html).toBe(CLEAN_BODY.html);
    const reasons = Object.fromEntries(invalid.map((item) => [item.id, item.reason]));
    expect(reasons).toEqual({
      'body:e-script': 'its release text was refused: The release text was refused: it holds a <script> element, which PressClip does not keep.',
      'body:e-onAttribute': 'its release text was refused: The release text was refused: it holds an attribute "onclick" on <p>, which PressClip does not keep.',
      'body:e-javascriptLink': 'its release text was refused: The release text was refused: it holds a link to "javascript:alert(1)"; only http(s), mailto and tel links are kept.',
      'body:e-oversize': `its release text was refused: The release text is over the cap of ${BODY_HTML_CAP} characters of HTML.`,
    });
  }, 30_000);

  it('a deleted entry deletes its text on the desk; a colleague clipping again replaces an unchanged copy', async () => {
    await couch.createDatabase('desk-text-life', ['anna', 'ben']);
    const anna = await browser();
    const ben = await browser();
    const { entry } = await anna.save(sampleEntry(), 'page', CLEAN_BODY);
    let annaState = (await syncOnce(anna, target('desk-text-life'), EMPTY_SYNC_STATE, newId)).state;
    let benState = (await syncOnce(ben, target('desk-text-life', 'ben'), EMPTY_SYNC_STATE, newId)).state;

    await anna.save(sampleEntry(), 'page', { html: '<p>Corrected release</p>', text: 'Corrected release', truncated: false });
    annaState = (await syncOnce(anna, target('desk-text-life'), annaState, newId)).state;
    benState = (await syncOnce(ben, target('desk-text-life', 'ben'), benState, newId)).state;
    expect((await ben.getBody(entry.id))?.html).toBe('<p>Corrected release</p>');

    await ben.remove(entry.id);
    await syncOnce(ben, target('desk-text-life', 'ben'), benState, newId);
    expect((await serverDoc('desk-text-life', bodyDocId(entry.id))).status).toBe(404);
    annaState = (await syncOnce(anna, target('desk-text-life'), annaState, newId)).state;
    expect(await anna.getBody(entry.id)).toBeNull();
    expect(annaState.bodies).toEqual([]);
  }, 30_000);

  it('a first pull of many texts stops at the end of the page that passed the budget; the next pull goes on from there', async () => {
    await couch.createDatabase('desk-text-slices', ['anna']);
    const docs = ['s1', 's2', 's3'].flatMap((id, i) => {
      const entry = sampleEntry({ id, record: { ...sampleEntry().record, url: `https://x.example/slice-${i}` } });
      return [{ ...entry, _id: entry.id }, { _id: bodyDocId(id), id, ...longBody(1000) }];
    });
    await couch.admin('POST', '/desk-text-slices/_bulk_docs', { docs });
    const sliced = couchTarget({ fetch: fetchFn, base: couch.base, database: 'desk-text-slices', user: 'anna', password: 'anna-pw', pageSize: 2, bodyCharsPerPull: 1500 });
    const seen: string[] = [];
    const slices: number[] = [];
    let cursor: string | null = null;
    for (let pull = 0; pull < 6; pull++) {
      const page = await sliced.pull(cursor);
      expect(page.bodies!.reduce((chars, body) => chars + body.html.length + body.text.length, 0)).toBeLessThan(1500 + 2 * 1200);
      seen.push(...page.bodies!.map((body) => body.id));
      if (page.bodies!.length > 0) slices.push(page.bodies!.length);
      cursor = page.cursor;
      if (page.entries.length === 0 && page.bodies!.length === 0) break;
    }
    expect(seen.sort()).toEqual(['s1', 's2', 's3']);
    expect(slices.length).toBeGreaterThan(1);
  }, 30_000);
});
