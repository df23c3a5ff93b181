// @vitest-environment node
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { PairingCode } from '../../../companion/pairing';
import { createCompanionServer } from '../../../companion/server';
import { BODY_HTML_CAP } from '../../../utils/body/allowlist';
import { openLogStore, type LogStore } from '../../../utils/log/store';
import { LogExportSchema } from '../../../utils/schema/log-export';
import { companionBaseUrl, companionTarget, type FetchLike } from '../../../utils/sync/companion-target';
import { confirmImport } from '../../../utils/sync/confirm-import';
import { EMPTY_SYNC_STATE, syncOnce, type SyncState } from '../../../utils/sync/sync-once';
import { sampleEntry } from '../sync/sample-entry';
import { CLEAN_BODY, HOSTILE_HTML, longBody } from '../sync/sample-body';

// Release texts through the companion: the push carries each text once, the file keeps them as an export with
// texts does (a valid import file), a fresh browser gets them back byte for byte, and a hostile or oversize text
// is refused with its reason while its entry and every other change go through. The real server, in this process.

const TOKEN = 'x'.repeat(40);
let cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

interface Started {
  file: string;
  base: string;
  target: ReturnType<typeof companionTarget>;
  // Every request body the extension sent, and every answer it read.
  sent: string[];
  answers: unknown[];
  fetch: FetchLike;
}

async function startCompanion(limits: { maxBodyBytes?: number; maxFileBytes?: number } = {}): Promise<Started> {
  const dir = await mkdtemp(join(tmpdir(), 'pressclip-bodies-'));
  const file = join(dir, 'inquiry-log.json');
  const options = { file, port: 0, token: TOKEN, pairing: new PairingCode(Date.now() + 60_000), maxBodyBytes: limits.maxBodyBytes ?? 32 * 1024 * 1024, maxFileBytes: limits.maxFileBytes, backupIntervalMs: 60_000, log: () => undefined };
  const server: Server = createCompanionServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  options.port = (server.address() as AddressInfo).port;
  cleanup.push(() => new Promise((resolve) => server.close(resolve)), () => rm(dir, { recursive: true, force: true, maxRetries: 5 }));
  const sent: string[] = [];
  const answers: unknown[] = [];
  const fetchFn: FetchLike = async (url, init) => {
    if (init.body) sent.push(init.body);
    const response = await fetch(url, init);
    const json: unknown = await response.json().catch(() => null);
    answers.push(json);
    return { status: response.status, json: async () => json };
  };
  return { file, base: companionBaseUrl(options.port), sent, answers, fetch: fetchFn, target: companionTarget({ fetch: fetchFn, port: options.port, token: TOKEN }) };
}

let stores = 0;
async function browser(): Promise<LogStore> {
  let ids = 0;
  const name = `b${++stores}`;
  const store = await openLogStore(new IDBFactory(), { name, newId: () => `${name}-entry-${++ids}` });
  cleanup.push(async () => store.close());
  return store;
}

let changes = 0;
const newId = () => `change-${++changes}`;

async function fileDoc(file: string) {
  return LogExportSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

describe('release texts through the companion', () => {
  it('carry a saved text into the file and back to a fresh browser byte for byte; the file imports with it', async () => {
    const companion = await startCompanion();
    const anna = await browser();
    const { entry } = await anna.save(sampleEntry(), 'page', CLEAN_BODY);
    const round = await syncOnce(anna, companion.target, EMPTY_SYNC_STATE, newId);
    expect(round.report).toMatchObject({ error: null, bodyProblems: [] });

    const doc = await fileDoc(companion.file);
    expect(doc.bodies).toEqual([{ id: entry.id, ...CLEAN_BODY }]);
    expect(doc.bodies![0]!.html).toBe(CLEAN_BODY.html);

    const fresh = await browser();
    const back = await syncOnce(fresh, companion.target, EMPTY_SYNC_STATE, newId);
    expect(back.report).toMatchObject({ error: null, bodyProblems: [] });
    expect(await fresh.getBody(entry.id)).toEqual({ id: entry.id, ...CLEAN_BODY });
    expect((await fresh.searchBodies(['öffnet'])).ids).toEqual([entry.id]);

    // The file as it is on disk is an import file with texts: a third browser imports it and has the text.
    const imported = await browser();
    const result = await confirmImport(await readFile(companion.file, 'utf8'), imported);
    expect(result.ok).toBe(true);
    expect((await imported.getBody(entry.id))?.html).toBe(CLEAN_BODY.html);
  }, 30_000);

  it('sends a text once, not with each of ten triage edits, and a pull sends it only when it changed', async () => {
    const companion = await startCompanion();
    const anna = await browser();
    const ben = await browser();
    const { entry } = await anna.save(sampleEntry(), 'page', CLEAN_BODY);
    let annaState: SyncState = (await syncOnce(anna, companion.target, EMPTY_SYNC_STATE, newId)).state;
    let benState: SyncState = (await syncOnce(ben, companion.target, EMPTY_SYNC_STATE, newId)).state;
    expect((await ben.getBody(entry.id))?.html).toBe(CLEAN_BODY.html);
    const answersBefore = companion.answers.length;
    for (let edit = 1; edit <= 10; edit++) {
      const current = (await anna.get(entry.id))!;
      await anna.update(entry.id, { ...current, notes: `call back, try ${edit}` }, current.updatedAt);
      annaState = (await syncOnce(anna, companion.target, annaState, newId)).state;
      benState = (await syncOnce(ben, companion.target, benState, newId)).state;
    }
    expect((await ben.get(entry.id))?.notes).toBe('call back, try 10');
    const carryingText = companion.sent.filter((body) => body.includes('"body":'));
    expect(carryingText).toHaveLength(1);
    const pulledTexts = companion.answers.slice(answersBefore).filter((answer) => typeof answer === 'object' && answer !== null && 'bodies' in answer);
    expect(pulledTexts).toEqual([]);

    // Clipped again with a new text: that one goes out, and replaces Ben's unchanged copy.
    await anna.save(sampleEntry(), 'page', { ...CLEAN_BODY, html: '<p>Updated release</p>', text: 'Updated release' });
    await syncOnce(anna, companion.target, annaState, newId);
    await syncOnce(ben, companion.target, benState, newId);
    expect((await ben.getBody(entry.id))?.html).toBe('<p>Updated release</p>');
  }, 30_000);

  it('refuses a hostile text pushed to it with the reason, and a hostile text in its answer never reaches the log', async () => {
    const companion = await startCompanion();
    for (const html of Object.values(HOSTILE_HTML)) {
      const entry = sampleEntry({ id: 'e-hostile' });
      const response = await companion.fetch(`${companion.base}/v1/changes`, {
        method: 'POST',
        headers: { 'X-PressClip': '1', Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ changes: [{ changeId: `h-${html.length}`, entry, body: { id: entry.id, html, text: 'Hi', truncated: false } }] }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/^changes\[0\]\.body: The release text was refused: it holds (a <script> element|an attribute "onclick"|a link to "javascript:alert\(1\)")/);
    }
    expect(await readFile(companion.file, 'utf8').catch(() => null)).toBeNull();

    // A process answering on the port with texts PressClip would never have sent: each refused, the entries
    // and the clean text kept.
    const good = sampleEntry({ id: 'e-good' });
    const bad = Object.keys(HOSTILE_HTML).map((kind) => sampleEntry({ id: `e-${kind}`, record: { ...good.record, url: `https://x.example/${kind}` } }));
    const hostile: FetchLike = async () => ({
      status: 200,
      json: async () => ({
        cursor: '9',
        entries: [good, ...bad],
        bodies: [{ id: good.id, ...CLEAN_BODY }, ...bad.map((entry, i) => ({ id: entry.id, html: Object.values(HOSTILE_HTML)[i], text: 'Hi', truncated: false }))],
      }),
    });
    const squatted = companionTarget({ fetch: async (url, init) => (init.method === 'GET' ? hostile(url, init) : { status: 200, json: async () => ({ applied: 0, duplicates: 0, cursor: '9' }) }), token: TOKEN });
    const fresh = await browser();
    const round = await syncOnce(fresh, squatted, EMPTY_SYNC_STATE, newId);
    expect((await fresh.list()).map((entry) => entry.id).sort()).toEqual(['e-good', 'e-javascriptLink', 'e-onAttribute', 'e-script']);
    expect(await fresh.bodyIds()).toEqual(new Set(['e-good']));
    expect(round.report.bodyProblems).toHaveLength(3);
    expect(round.report.bodyProblems.join('\n')).toContain('for entry e-script was refused: The release text was refused: it holds a <script> element');
  }, 30_000);

  it('an oversize text is refused with a clear message; its entry and the other changes still reach the file', async () => {
    // At most 200,000 characters of HTML (BODY_HTML_CAP): a push over it is refused by the schema.
    const companion = await startCompanion({ maxBodyBytes: 150_000 });
    const over = sampleEntry({ id: 'e-over' });
    const response = await companion.fetch(`${companion.base}/v1/changes`, {
      method: 'POST',
      headers: { 'X-PressClip': '1', Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ changes: [{ changeId: 'c-over', entry: over, body: { id: over.id, ...longBody(BODY_HTML_CAP + 1000) } }] }),
    });
    expect(response.status).toBe(413);

    // A text under the cap but over this service's --max-body-bytes: the entry goes again without it.
    const anna = await browser();
    const { entry: big } = await anna.save(sampleEntry(), 'page', longBody(180_000));
    const { entry: small } = await anna.save(sampleEntry({ record: { ...sampleEntry().record, url: 'https://x.example/small' } }), 'page', CLEAN_BODY);
    const round = await syncOnce(anna, companion.target, EMPTY_SYNC_STATE, newId);
    expect(round.report.error).toBeNull();
    expect(round.report.rejected).toBe(0);
    expect(round.report.bodyProblems).toEqual([`The release text of entry ${big.id} was not sent: The log service answered 413: The body is larger than 150000 bytes.`]);
    const doc = await fileDoc(companion.file);
    expect(doc.entries.map((entry) => entry.id).sort()).toEqual([big.id, small.id].sort());
    expect(doc.bodies?.map((body) => body.id)).toEqual([small.id]);
    // Not sent again every round: it waits until the text changes.
    const again = await syncOnce(anna, companion.target, round.state, newId);
    expect(again.report.bodyProblems).toEqual([]);
    expect(await anna.getBody(big.id)).not.toBeNull();
  }, 30_000);

  it('a text that would grow the file past what the service reads back is refused; the entry is written without it', async () => {
    const companion = await startCompanion({ maxFileBytes: 60_000 });
    const anna = await browser();
    const { entry } = await anna.save(sampleEntry(), 'page', longBody(80_000));
    const round = await syncOnce(anna, companion.target, EMPTY_SYNC_STATE, newId);
    expect(round.report.bodyProblems).toEqual([`The release text of entry ${entry.id} was not sent: The log service answered 413: The log file would grow past 60000 bytes; nothing was written.`]);
    const doc = await fileDoc(companion.file);
    expect(doc.entries.map((e) => e.id)).toEqual([entry.id]);
    expect(doc.bodies ?? []).toEqual([]);
  }, 30_000);

  it('a deleted entry takes its text out of the file', async () => {
    const companion = await startCompanion();
    const anna = await browser();
    const { entry } = await anna.save(sampleEntry(), 'page', CLEAN_BODY);
    const first = await syncOnce(anna, companion.target, EMPTY_SYNC_STATE, newId);
    expect((await fileDoc(companion.file)).bodies).toHaveLength(1);
    await anna.remove(entry.id);
    const second = await syncOnce(anna, companion.target, first.state, newId);
    expect(second.report.error).toBeNull();
    const doc = await fileDoc(companion.file);
    expect(doc.entries[0]?.deletedAt).not.toBeNull();
    expect(doc.bodies).toEqual([]);
    expect(doc.companion?.bodySeq).toEqual([]);
  }, 30_000);
});

