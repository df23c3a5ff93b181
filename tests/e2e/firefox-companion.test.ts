import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { freePort, startCompanion, type RunningCompanion } from './harness/companion';

// Firefox (MV2) reaches the companion on 127.0.0.1 only with the host permission in the manifest:
// pair through Settings, then a change made in an extension page reaches the JSON file.

let ff: FirefoxWithExtension;
let companion: RunningCompanion;
let dir: string;
let file: string;

async function fileHeadlines(): Promise<Array<string | null>> {
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { entries: Array<{ record: { headline: string | null } }> }).entries.map((e) => e.record.headline);
  } catch {
    return [];
  }
}

const text = (page: Page, selector: string) => page.$eval(selector, (node) => node.textContent ?? '').catch(() => '');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressclip-ff-companion-'));
  file = join(dir, 'inquiry-log.json');
  companion = await startCompanion(file, await freePort());
  ff = await launchFirefoxWithExtension();
}, 90_000);

afterAll(async () => {
  await companion?.stop();
  await ff?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('companion sync in Firefox (MV2)', () => {
  it('pairs in Settings and a saved entry reaches the file', async () => {
    const settings = await ff.openExtensionPage('settings.html');
    await settings.waitForSelector('.settings-sync input[name="companion-port"]');
    await settings.$eval('.settings-sync input[name="companion-port"]', (input, port) => {
      (input as HTMLInputElement).value = String(port);
    }, companion.port);
    await settings.type('.settings-sync input[name="pairing-code"]', companion.pairingCode);
    await settings.click('.settings-sync button[type="submit"]');
    await expect.poll(() => text(settings, '.settings-sync .pair-message'), { timeout: 15_000 }).toBe('Paired. Your log now syncs with the file.');
    expect(await text(settings, '.settings-sync .sync-connection')).toMatch(/^Local log file: connected/);

    // Save through the message contract from an extension page (the popup flow is covered in Chromium).
    await settings.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
      const record = {
        isPressRelease: true, confidence: 0.9, signals: [], url: 'https://wire.example/ff-1', canonicalUrl: null, language: 'en',
        headline: 'FIREFOX SYNC', issuer: 'Acme', releaseDate: '2026-03-03', datelinePlace: null, embargo: null, summary: null, contacts: [],
      };
      const reply = (await api.runtime.sendMessage({ type: 'log:save', payload: { fields: { record } } })) as { ok: boolean; error?: string };
      if (!reply.ok) throw new Error(reply.error);
    });
    await expect.poll(fileHeadlines, { timeout: 15_000, interval: 200 }).toContain('FIREFOX SYNC');
  }, 60_000);

  it('the add-on reached nothing beyond 127.0.0.1', () => {
    expect(ff.leaks).toEqual([]);
  });
});
