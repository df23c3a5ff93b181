import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { buildInterviewDraft } from '../../utils/interview/request';
import { SettingsSchema } from '../../utils/settings/schema';
import { getEntry } from './triage/seed';

// A journalist's first minutes in Chromium with the built extension: the welcome page PressClip opens on
// install saves who they are, then a German release (pasted text, so its language is read from the words, not
// from a lang attribute) gets a German interview request in the compose URL.

declare const chrome: { storage: { session: { set(items: Record<string, unknown>): Promise<void> } } };

const GERMAN_RELEASE = [
  'PRESSEMITTEILUNG',
  '',
  'Stadtwerke Leipzig nehmen neuen Batteriespeicher in Betrieb',
  '',
  'LEIPZIG, 3. März 2026 – Die Stadtwerke Leipzig haben heute einen Batteriespeicher in Betrieb genommen, der die Versorgung der Stadt mit Strom aus Wind und Sonne sichert.',
  '',
  'Der Speicher hat eine Leistung von 20 Megawatt und ist der größte seiner Art in Sachsen. Er wird von der Stadt und dem Land gefördert, die Bauzeit betrug ein Jahr.',
  '',
  'Pressekontakt:',
  'Jana Novak, Pressesprecherin',
  'presse@stadtwerke-leipzig.example',
  '+49 341 1234567',
].join('\n');

let ext: ExtensionBrowser;
let welcome: Page;

beforeAll(async () => {
  ext = await launchWithExtension(undefined, { keepWelcome: true });
  ext.ctx.setDefaultTimeout(15_000);
  await ext.ctx.route(/^https:\/\/mail\.google\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>compose</title>' }));
}, 60_000);

afterAll(async () => {
  await ext?.close();
});

describe('first hour (Chromium)', () => {
  it('opens the welcome page on install', async () => {
    const url = ext.extensionUrl('welcome.html');
    await expect.poll(() => ext.ctx.pages().map((p) => p.url()), { timeout: 10_000 }).toContain(url);
    welcome = ext.ctx.pages().find((p) => p.url() === url)!;
    await welcome.getByRole('heading', { name: 'Welcome to PressClip' }).waitFor();
    // The optional local log file names the installed command, not one from a source checkout.
    expect(await welcome.locator('pre.companion-command').textContent()).toBe('npx pressclip-log-server --file ~/PressClip/inquiry-log.json');
  });

  it('saves name, outlet, how to reach you and the mail handler into the settings the settings page shows', async () => {
    await welcome.getByLabel('Name', { exact: true }).fill('Kim Lee');
    await welcome.getByLabel('Outlet', { exact: true }).fill('Daily Post');
    await welcome.getByLabel('Email', { exact: true }).fill('kim@post.example');
    await welcome.getByLabel('Phone', { exact: true }).fill('+44 20 7946 0000');
    await welcome.getByLabel('Open emails in').selectOption('gmail');
    await welcome.getByRole('button', { name: 'Save and continue' }).click();
    await expect.poll(() => welcome.locator('.settings-status').textContent()).toContain('Saved.');
    await welcome.goto(ext.extensionUrl('settings.html'));
    expect(await welcome.getByLabel('Outlet', { exact: true }).inputValue()).toBe('Daily Post');
    expect(await welcome.getByLabel('Open emails in').inputValue()).toBe('gmail');
  });

  it('writes to the contact of a German release in German', async () => {
    await ext.worker.evaluate((text) => chrome.storage.session.set({ pendingClip: { text, url: 'https://webmail.example/inbox/7' } }), GERMAN_RELEASE);
    const page = await ext.ctx.newPage();
    await page.goto(ext.extensionUrl('log.html#clip-selection'));
    const detail = page.locator('aside.detail');
    await detail.waitFor();
    const id = (await detail.getAttribute('data-id'))!;
    const [compose] = await Promise.all([ext.ctx.waitForEvent('page'), detail.getByRole('button', { name: 'Request interview' }).first().click()]);
    await compose.waitForURL(/mail\.google\.com/);
    const url = new URL(compose.url());
    expect(url.searchParams.get('su')).toBe('Interviewanfrage: Stadtwerke Leipzig nehmen neuen Batteriespeicher in Betrieb');
    expect(url.searchParams.get('body')).toMatch(/^Guten Tag Jana Novak,\n\nmein Name ist Kim Lee, ich schreibe für Daily Post\./);
    expect(url.searchParams.get('body')).toMatch(/Mein Redaktionsschluss ist am (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. /);
    // Exactly the draft the shared code builds for this entry with these settings at the moment it was sent.
    await expect.poll(async () => (await getEntry(page, id)).requests.length).toBe(1);
    const entry = await getEntry(page, id);
    const settings = SettingsSchema.parse({ journalistName: 'Kim Lee', outlet: 'Daily Post', email: 'kim@post.example', phone: '+44 20 7946 0000', mailHandler: 'gmail' });
    expect(compose.url()).toBe(buildInterviewDraft({ ...entry, requests: [] }, 0, settings, new Date(entry.requests[0]!.at)).url);
  });
});
