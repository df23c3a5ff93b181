import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { clickToolbarButton, tabIdForUrl } from './harness/extension-tabs';
import { guardNetwork } from './harness/network';
import { freePort, startCompanion, type RunningCompanion } from './harness/companion';
import { editRecord } from './harness/popup';
import { versionTag } from '../../utils/sync/version-tag';
import type { LogEntry } from '../../utils/schema/entry';

// The local log file's status line; the newsroom log's (desk-status) shares its look and class.
const COMPANION_STATUS = '.sync-status:not(.desk-status)';

// Issue 5 end to end in Chromium with the built extension and the real companion program:
// pair through Settings, save in the popup, see the entry in the JSON file within seconds; stop the
// companion, save two more (outbox = 2 in the UI), restart it, see the outbox drain and the file hold all three.

// A small wire-style release per slug, written for this test (own text, not from the corpus).
function releasePage(slug: string, company: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${company} opens a plant</title></head>
<body><main><article>
<h1>${company} Opens New Plant in Leipzig</h1>
<p>LEIPZIG, Germany, March 3, 2026 /PRNewswire/ -- ${company} GmbH, a maker of battery parts, today opened a plant
in Leipzig that will employ 300 people by the end of the year.</p>
<p>"This plant doubles what we can make in Europe," said Anna Keller, chief executive of ${company}.</p>
<h2>About ${company}</h2><p>${company} GmbH makes battery parts in Germany and Poland.</p>
<h2>Media Contact</h2><p>Jonas Weber<br>Press officer, ${company}<br>
<a href="mailto:press@${slug}.example">press@${slug}.example</a><br>+49 341 123 4567</p>
<p>SOURCE ${company} GmbH</p><p>###</p>
</article></main></body></html>`;
}

const RELEASES: Record<string, string> = {
  '/alpha.html': releasePage('alpha', 'Alphawerk'),
  '/beta.html': releasePage('beta', 'Betatron'),
  '/gamma.html': releasePage('gamma', 'Gammalux'),
  '/delta.html': releasePage('delta', 'Deltaform'),
};

let pages: Server;
let origin: string;
let ext: ExtensionBrowser;
let network: { leaks: string[] };
let dir: string;
let file: string;
let port: number;
let companion: RunningCompanion | null = null;
const timings: Record<string, number> = {};

interface FileEntry {
  id: string;
  record: { headline: string | null; url: string };
  deletedAt: string | null;
}

async function fileEntries(): Promise<FileEntry[]> {
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { entries: FileEntry[] }).entries;
  } catch {
    return [];
  }
}

async function saveInPopup(path: string, headline: string): Promise<number> {
  const page = await ext.ctx.newPage();
  const url = `${origin}${path}`;
  await page.goto(url);
  const tabId = await tabIdForUrl(ext, url);
  await clickToolbarButton(ext, page);
  const popup = await ext.ctx.newPage();
  await popup.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
  await editRecord(popup);
  const field = popup.getByLabel('Headline', { exact: true });
  await field.waitFor();
  await field.fill(headline);
  await popup.getByRole('button', { name: 'Save to log' }).click();
  await popup.getByText('Saved', { exact: true }).waitFor();
  const savedAt = Date.now();
  await popup.close();
  await page.close();
  return savedAt;
}

async function pendingShown(page: Page): Promise<string | undefined> {
  return page.locator(COMPANION_STATUS).getAttribute('data-pending').then((v) => v ?? undefined);
}

beforeAll(async () => {
  pages = createServer((req, res) => {
    const body = RELEASES[new URL(req.url ?? '/', 'http://x').pathname];
    if (body) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'pressclip-companion-e2e-'));
  file = join(dir, 'inquiry-log.json');
  port = await freePort();
  companion = await startCompanion(file, port);
  ext = await launchWithExtension();
  ext.ctx.setDefaultTimeout(15_000);
  network = await guardNetwork(ext.ctx);
}, 90_000);

afterAll(async () => {
  await companion?.stop();
  await ext?.close();
  await new Promise<void>((done) => pages?.close(() => done()));
  if (dir) await rm(dir, { recursive: true, force: true });
  console.log(`companion-sync timings (ms): ${JSON.stringify(timings)}`);
});

async function pairIn(browser: ExtensionBrowser): Promise<void> {
  const settings = await browser.ctx.newPage();
  await settings.goto(browser.extensionUrl('settings.html'));
  const section = settings.locator('.settings-sync');
  await section.getByRole('heading', { name: 'Local log file' }).waitFor();
  await section.getByLabel('Port').fill(String(port));
  await section.getByLabel('Pairing code').fill(companion!.pairingCode);
  await section.getByRole('button', { name: 'Pair' }).click();
  await section.getByText('Paired. Your log now syncs with the file.').waitFor();
  expect(await section.getAttribute('data-state')).toBe('connected');
  await expect.poll(() => section.locator('.sync-connection').textContent()).toMatch(/^Local log file: connected \(127\.0\.0\.1:\d+\)/);
  await settings.close();
}

// What the popup keeps of the alpha release's text (its quote), found in the file and in a fresh profile's log.
const ALPHA_PHRASE = 'This plant doubles what we can make in Europe';

// The alpha entry's id, for finding it after another browser renamed it.
let alphaId = '';

async function fileBody(id: string): Promise<{ html: string; text: string } | undefined> {
  const doc = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as { bodies?: Array<{ id: string; html: string; text: string }> };
  return doc.bodies?.find((body) => body.id === id);
}

describe('sync with the companion log file (Chromium)', () => {
  it('pairs through Settings → Local log file with the code the companion printed', async () => {
    await pairIn(ext);
  });

  it('a save in the popup reaches the JSON file within seconds', async () => {
    const savedAt = await saveInPopup('/alpha.html', 'SYNC ONE: Alphawerk plant');
    await expect
      .poll(async () => (await fileEntries()).map((e) => e.record.headline), { timeout: 15_000, interval: 100 })
      .toContain('SYNC ONE: Alphawerk plant');
    timings.saveToFile = Date.now() - savedAt;
    // Debounce 1.5 s plus one round; well under the 30 s the alarm alone would take.
    expect(timings.saveToFile).toBeLessThan(10_000);
    // The release text the popup kept went with it, in the file's "bodies" as an export with texts has it.
    alphaId = (await fileEntries()).find((e) => e.record.headline === 'SYNC ONE: Alphawerk plant')!.id;
    await expect.poll(async () => (await fileBody(alphaId))?.text ?? '', { timeout: 10_000 }).toContain(ALPHA_PHRASE);
  });

  it('with the companion stopped, two more saves wait in the outbox and the UI says 2', async () => {
    await companion!.stop();
    companion = null;
    await saveInPopup('/beta.html', 'SYNC TWO: Betatron plant');
    await saveInPopup('/gamma.html', 'SYNC THREE: Gammalux plant');
    const log = await ext.ctx.newPage();
    await log.goto(ext.extensionUrl('log.html'));
    await expect.poll(() => pendingShown(log), { timeout: 15_000 }).toBe('2');
    expect(await log.locator(`${COMPANION_STATUS} .sync-pending`).textContent()).toBe('2 changes waiting to sync.');
    await expect.poll(() => log.locator(COMPANION_STATUS).getAttribute('data-state')).toBe('unreachable');
    // The popup shows the same.
    const popup = await ext.ctx.newPage();
    await popup.goto(ext.extensionUrl('popup.html'));
    await expect.poll(() => pendingShown(popup)).toBe('2');
    await popup.close();
    expect((await fileEntries()).map((e) => e.record.headline)).toEqual(['SYNC ONE: Alphawerk plant']);
    await log.close();
  });

  it('after the companion restarts on the same port and file, the outbox drains and the file holds all three', async () => {
    companion = await startCompanion(file, port);
    const restartedAt = Date.now();
    const log = await ext.ctx.newPage();
    await log.goto(ext.extensionUrl('log.html'));
    // No click: the 30-second pull alarm (or a pending catch-up alarm) drains the outbox by itself.
    await expect.poll(() => pendingShown(log), { timeout: 75_000, interval: 250 }).toBe('0');
    timings.restartToDrained = Date.now() - restartedAt;
    await expect.poll(() => log.locator(COMPANION_STATUS).getAttribute('data-state')).toBe('connected');
    const headlines = (await fileEntries()).map((e) => e.record.headline).sort();
    expect(headlines).toEqual(['SYNC ONE: Alphawerk plant', 'SYNC THREE: Gammalux plant', 'SYNC TWO: Betatron plant']);
    await log.close();
  }, 120_000);

  it('an entry written into the file by another browser arrives here, and "Sync now" pulls it at once', async () => {
    // A second browser's change, sent to the same companion with the same protocol the extension uses.
    const token = (await readFile(`${file}.token`, 'utf8')).trim();
    const [first] = await fileEntries();
    const log = await ext.ctx.newPage();
    await log.goto(ext.extensionUrl('log.html'));
    await log.getByText('SYNC ONE: Alphawerk plant').first().waitFor();
    const full = (JSON.parse(await readFile(file, 'utf8')) as { entries: LogEntry[] }).entries.find((e) => e.id === first!.id)!;
    // Built on the version in the file, as the other browser's edit would be.
    const edited: LogEntry = {
      ...full,
      record: { ...full.record, headline: 'EDITED IN ANOTHER BROWSER' },
      updatedAt: new Date(Date.now() + 1000).toISOString(),
      supersedes: [...(full.supersedes ?? []), versionTag(full)],
    };
    const response = await fetch(`http://127.0.0.1:${port}/v1/changes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-PressClip': '1', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ changes: [{ changeId: 'other-browser-1', entry: edited }] }),
    });
    expect(response.status).toBe(200);
    await log.locator(COMPANION_STATUS).getByRole('button', { name: 'Sync now' }).click();
    await log.getByText('EDITED IN ANOTHER BROWSER').first().waitFor();
    await log.close();
  });

  it('with no PressClip page open, the 30-second alarm alone drains the outbox and pulls another browser\'s edit', async () => {
    for (const page of ext.ctx.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
    await companion!.stop();
    companion = null;
    await saveInPopup('/delta.html', 'SYNC FOUR: Deltaform plant');
    // Let the debounced round fail against the stopped service, so only an alarm can send it.
    await new Promise((done) => setTimeout(done, 3000));
    companion = await startCompanion(file, port);
    const restartedAt = Date.now();
    const token = (await readFile(`${file}.token`, 'utf8')).trim();
    const two = (JSON.parse(await readFile(file, 'utf8')) as { entries: LogEntry[] }).entries.find((e) => e.record.headline === 'SYNC TWO: Betatron plant')!;
    const edited: LogEntry = {
      ...two,
      record: { ...two.record, headline: 'SYNC TWO EDITED ELSEWHERE' },
      updatedAt: new Date(Date.now() + 1000).toISOString(),
      supersedes: [...(two.supersedes ?? []), versionTag(two)],
    };
    const response = await fetch(`http://127.0.0.1:${port}/v1/changes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-PressClip': '1', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ changes: [{ changeId: 'other-browser-2', entry: edited }] }),
    });
    expect(response.status).toBe(200);
    await expect
      .poll(async () => (await fileEntries()).map((e) => e.record.headline), { timeout: 75_000, interval: 500 })
      .toContain('SYNC FOUR: Deltaform plant');
    timings.alarmOnlyDrain = Date.now() - restartedAt;
    // The same round pulled the other browser's edit into this one's log.
    const log = await ext.ctx.newPage();
    await log.goto(ext.extensionUrl('log.html'));
    await log.getByText('SYNC TWO EDITED ELSEWHERE').first().waitFor();
    await log.close();
  }, 120_000);

  it('an open log page shows another browser\'s edit by itself, without a click', async () => {
    const log = await ext.ctx.newPage();
    await log.goto(ext.extensionUrl('log.html'));
    await log.getByText('SYNC THREE: Gammalux plant').first().waitFor();
    const token = (await readFile(`${file}.token`, 'utf8')).trim();
    const three = (JSON.parse(await readFile(file, 'utf8')) as { entries: LogEntry[] }).entries.find((e) => e.record.headline === 'SYNC THREE: Gammalux plant')!;
    const edited: LogEntry = {
      ...three,
      record: { ...three.record, headline: 'SYNC THREE EDITED ELSEWHERE' },
      updatedAt: new Date(Date.now() + 1000).toISOString(),
      supersedes: [...(three.supersedes ?? []), versionTag(three)],
    };
    const response = await fetch(`http://127.0.0.1:${port}/v1/changes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-PressClip': '1', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ changes: [{ changeId: 'other-browser-3', entry: edited }] }),
    });
    expect(response.status).toBe(200);
    const postedAt = Date.now();
    // The 30 s pull alarm writes it into the log; the page's status poll sees that and reloads.
    await log.getByText('SYNC THREE EDITED ELSEWHERE').first().waitFor({ timeout: 45_000 });
    timings.otherBrowserEditShown = Date.now() - postedAt;
    await log.close();
  }, 60_000);

  it('a fresh profile paired with the same file gets the entries and the release text back', async () => {
    const fresh = await launchWithExtension();
    try {
      fresh.ctx.setDefaultTimeout(15_000);
      const freshNetwork = await guardNetwork(fresh.ctx);
      await pairIn(fresh);
      const log = await fresh.ctx.newPage();
      // Pairing runs a round at once; the detail reads the text when it opens, so reload until the round wrote it.
      await expect
        .poll(async () => {
          await log.goto(fresh.extensionUrl(`log.html#${encodeURIComponent(alphaId)}`));
          return log.evaluate(() => new Promise<string>((done) => setTimeout(() => done(document.querySelector('.release-text')?.textContent ?? ''), 500)));
        }, { timeout: 30_000, interval: 500 })
        .toContain(ALPHA_PHRASE);
      expect(freshNetwork.leaks).toEqual([]);
    } finally {
      await fresh.close();
    }
  }, 90_000);

  it('sent nothing anywhere but 127.0.0.1', () => {
    // Page-level requests (playwright) and everything else, the service worker's fetches included
    // (the harness's recording proxy; loopback bypasses it).
    expect(network.leaks).toEqual([]);
    expect(ext.leaks).toEqual([]);
  });
});
