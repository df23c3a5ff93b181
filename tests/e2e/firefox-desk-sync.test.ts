import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { startCouch, type RunningCouch } from '../couch/pouchdb-server';
import { sampleEntry } from '../unit/sync/sample-entry';

// The newsroom log's core path in Firefox (MV2): connect through Settings → Newsroom log (the origin is
// requested from the click; 127.0.0.1 is already a host permission), a saved entry reaches the desk database,
// and a colleague's document written on the server arrives in this log.

let ff: FirefoxWithExtension;
let couch: RunningCouch;

const text = (page: Page, selector: string) => page.$eval(selector, (node) => node.textContent ?? '').catch(() => '');

async function send(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    async (message) => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
      const reply = (await api.runtime.sendMessage(message)) as { ok: boolean; data?: unknown; error?: string };
      if (!reply.ok) throw new Error(reply.error);
      return reply.data;
    },
    { type, payload },
  );
}

async function fill(page: Page, name: string, value: string) {
  await page.$eval(`.settings-desk input[name="${name}"]`, (input, v) => {
    (input as HTMLInputElement).value = v;
  }, value);
}

beforeAll(async () => {
  couch = await startCouch();
  await couch.addUser('anna', 'anna-pw');
  await couch.createDatabase('desk-ff', ['anna']);
  ff = await launchFirefoxWithExtension();
}, 90_000);

afterAll(async () => {
  await ff?.close();
  await couch?.close();
});

describe('newsroom log in Firefox (MV2)', () => {
  it('connects in Settings, pushes a saved entry and pulls a colleague\'s', async () => {
    const settings = await ff.openExtensionPage('settings.html');
    await settings.waitForSelector('.settings-desk input[name="desk-server"]');
    await fill(settings, 'desk-server', couch.base);
    await fill(settings, 'desk-database', 'desk-ff');
    await fill(settings, 'desk-user', 'anna');
    await fill(settings, 'desk-password', 'anna-pw');
    await settings.click('.settings-desk .desk-test');
    await expect.poll(() => text(settings, '.settings-desk .desk-message'), { timeout: 15_000 }).toBe('Connected: "anna" can use the database "desk-ff".');
    await settings.click('.settings-desk .desk-save');
    await expect.poll(() => text(settings, '.settings-desk .desk-message'), { timeout: 15_000 }).toMatch(/^Saved\. /);

    const record = {
      isPressRelease: true, confidence: 0.9, signals: [], url: 'https://wire.example/ff-desk', canonicalUrl: null, language: 'en',
      headline: 'FIREFOX DESK', issuer: 'Acme', releaseDate: '2026-03-03', datelinePlace: null, embargo: null, summary: null, contacts: [],
    };
    await send(settings, 'log:save', { fields: { record } });
    const headlines = async () => {
      const all = (await couch.admin('GET', '/desk-ff/_all_docs?include_docs=true')).json as { rows: Array<{ doc: { record?: { headline: string } } }> };
      return all.rows.map((row) => row.doc.record?.headline);
    };
    await expect.poll(headlines, { timeout: 20_000, interval: 250 }).toContain('FIREFOX DESK');

    const colleague = sampleEntry({ id: 'from-a-colleague', record: { ...sampleEntry().record, headline: 'WRITTEN BY A COLLEAGUE', url: 'https://wire.example/colleague' } });
    await couch.admin('PUT', `/desk-ff/${colleague.id}`, { ...colleague, _id: colleague.id });
    await send(settings, 'desk:sync-now', {});
    const got = (await send(settings, 'log:get', { id: 'from-a-colleague' })) as { entry: { record: { headline: string } } | null };
    expect(got.entry?.record.headline).toBe('WRITTEN BY A COLLEAGUE');
  }, 60_000);

  it('the add-on reached nothing beyond 127.0.0.1', () => {
    expect(ff.leaks).toEqual([]);
  });
});
