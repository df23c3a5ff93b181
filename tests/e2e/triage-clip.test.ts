import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { getEntry } from './triage/seed';

// "Clip the selected text": the context-menu click itself cannot be scripted, so the test starts where the
// background hands over — the selection waiting in storage.session and log.html#clip-selection opened.

declare const chrome: { storage: { session: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

const RELEASE = [
  'FOR IMMEDIATE RELEASE',
  '',
  'Harbor Lane Robotics Opens Autonomous Freight Test Site in Rotterdam',
  '',
  'ROTTERDAM, Netherlands, March 3, 2026 — Harbor Lane Robotics today opened a test site for autonomous freight vehicles in the port of Rotterdam.',
  '',
  'The site covers four kilometres of quay roads and will run trials with three terminal operators.',
  '',
  'Media contact:',
  'Mira de Vries, Press officer',
  'press@harborlane.example',
  '+31 10 123 4567',
].join('\n');

let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithExtension();
  ext.ctx.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await ext?.close();
});

describe('clip selected text (Chromium)', () => {
  it('extracts the pasted release, saves it and opens it for checking', async () => {
    await ext.worker.evaluate(
      (text) => chrome.storage.session.set({ pendingClip: { text, url: 'https://webmail.example/inbox/42' } }),
      RELEASE,
    );
    const page = await ext.ctx.newPage();
    await page.goto(ext.extensionUrl('log.html#clip-selection'));
    const detail = page.locator('aside.detail');
    await detail.waitFor();
    const entry = await getEntry(page, (await detail.getAttribute('data-id'))!);
    expect(entry.record.url).toBe('https://webmail.example/inbox/42');
    expect(entry.record.headline).toBe('Harbor Lane Robotics Opens Autonomous Freight Test Site in Rotterdam');
    expect(entry.record.contacts.flatMap((c) => c.emails)).toContain('press@harborlane.example');
    // Picked up once: the selection does not linger in session storage.
    expect(await ext.worker.evaluate(() => chrome.storage.session.get('pendingClip'))).toEqual({});
  });
});
