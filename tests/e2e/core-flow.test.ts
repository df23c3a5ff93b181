import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/chromium';
import { useChromium } from './harness/fixture';
import { clickToolbarButton, tabIdForUrl, tabState } from './harness/extension-tabs';
import type { StaticServer } from './harness/server';
import { editRecord } from './harness/popup';
import { LogExportSchema } from '../../utils/schema/log-export';

// The core flow in Chromium with the built extension: detect → badge → popup → edit → save → log → export.

let server: StaticServer;
let ext: ExtensionBrowser;
// Pages on localhost: the manifest's host permission for http://127.0.0.1/* (the companion) would let the
// extractor in without the toolbar click, hiding whether the click really granted activeTab.
const pages = () => server.origin.replace('//127.0.0.1:', '//localhost:');
let network: { leaks: string[] };

// Counts DOM mutations once the parser is done (before document_idle, when the detector runs); the
// test pages have no scripts of their own, so any mutation would be PressClip's.
const COUNT_MUTATIONS = `
  window.__mutations = 0;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => { window.__mutations += records.length; })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

interface BadgeApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void>;
  getBadgeText(details: { tabId: number }): Promise<string>;
}

const mutations = (page: Page) => page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);

useChromium({ timeoutMs: 10_000, initScript: COUNT_MUTATIONS }, (run) => ({ server, ext, network } = run));

describe('core flow (Chromium)', () => {
  let release: Page;
  let releaseTabId: number;
  let releaseHtml: string;
  let popup: Page;

  it('badges a wire-style release as PR with its top signal', async () => {
    release = await ext.ctx.newPage();
    const url = `${pages()}/wire-release.html`;
    await release.goto(url);
    releaseTabId = await tabIdForUrl(ext, url);
    const badge = await tabState(ext, releaseTabId);
    expect(badge.text).toBe('PR');
    expect(badge.title).toMatch(/^PressClip: press release \(\d+%\) — \S/);
    releaseHtml = await release.evaluate(() => document.documentElement.outerHTML);
  });

  it('leaves a news article that quotes a spokesperson without a badge, and offers Clip anyway', async () => {
    const news = await ext.ctx.newPage();
    const url = `${pages()}/news-article.html`;
    await news.goto(url);
    const tabId = await tabIdForUrl(ext, url);
    const badge = await tabState(ext, tabId);
    expect(badge.text).toBe('');
    expect(badge.title).toBe("PressClip: this page doesn't look like a press release");
    // The tab inherits the button's global badge (the follow-up count) instead of blanking it.
    const worker = await ext.currentWorker();
    const inherited = await worker.evaluate(async (id) => {
      const action = (globalThis as unknown as { chrome: { action: BadgeApi } }).chrome.action;
      await action.setBadgeText({ text: '2' });
      const text = await action.getBadgeText({ tabId: id });
      await action.setBadgeText({ text: '' });
      return text;
    }, tabId);
    expect(inherited).toBe('2');

    // The popup says so but still lets the journalist clip it.
    await clickToolbarButton(ext, news);
    const popup = await ext.ctx.newPage();
    await popup.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
    await expect.poll(() => popup.locator('.verdict').textContent()).toBe("This page doesn't look like a press release.");
    await popup.getByRole('button', { name: 'Clip anyway' }).click();
    await editRecord(popup);
    const headline = popup.getByLabel('Headline', { exact: true });
    await headline.waitFor();
    expect(await headline.inputValue()).toBe('Rotterdam port bets on driverless tractors as labour shortage bites');
    await popup.close();
    await news.close();
  });

  it('keeps the verdict when Chrome stops the idle service worker', async () => {
    const before = await ext.currentWorker();
    await before.evaluate(() => Object.assign(globalThis, { __pressclipMarker: true }));
    await ext.stopServiceWorker();
    const check = await ext.ctx.newPage();
    await check.goto(ext.extensionUrl(`popup.html?tabId=${releaseTabId}`));
    await expect.poll(() => check.locator('.verdict').textContent()).toMatch(/looks like a press release \(\d+%\)/);
    await check.close();
    const after = await ext.currentWorker();
    // A fresh worker answered: the verdict came from storage.session, not from a surviving global.
    expect(await after.evaluate(() => '__pressclipMarker' in globalThis)).toBe(false);
  });

  it('shows the extracted record in the popup', async () => {
    // Without the click PressClip may not read the page…
    const early = await ext.ctx.newPage();
    await early.goto(ext.extensionUrl(`popup.html?tabId=${releaseTabId}`));
    await early.locator('.editor > p.error').waitFor();
    expect(await early.locator('.editor > p.error').textContent()).toMatch(/^PressClip can't read this page/);
    await early.close();
    // …the toolbar click grants activeTab.
    await clickToolbarButton(ext, release);
    popup = await ext.ctx.newPage();
    await popup.goto(ext.extensionUrl(`popup.html?tabId=${releaseTabId}`));

    await expect.poll(() => popup.locator('.verdict').textContent()).toMatch(/looks like a press release \(\d+%\)/);
    // Read first: a card with the headline and the contact's compose link…
    const card = popup.locator('.release-card');
    await card.waitFor();
    expect(await card.locator('.card-headline').textContent()).toBe('Harbor Lane Robotics Opens Autonomous Freight Test Site in Rotterdam');
    expect(await card.locator('a[href="mailto:press@harborlane-robotics.example"]').count()).toBe(1);
    // …the reasons under the confidence chip, on demand…
    await popup.getByRole('button', { name: /^Press release · \d+\s?% · why\?$/ }).click();
    expect(await popup.getByRole('heading', { name: 'Why PressClip thinks this is a press release' }).count()).toBe(1);
    expect(await popup.locator('.signals li').count()).toBeGreaterThan(0);
    // …and the form on "Edit".
    await editRecord(popup);
    const headline = popup.getByLabel('Headline', { exact: true });
    await headline.waitFor();
    expect(await headline.inputValue()).toBe('Harbor Lane Robotics Opens Autonomous Freight Test Site in Rotterdam');
    expect(await popup.getByLabel('URL', { exact: true }).inputValue()).toBe(`${pages()}/wire-release.html`);
    expect(await popup.getByLabel('Language').inputValue()).toBe('en');
  });

  it('fills the media contact from the page', async () => {
    expect(await popup.getByLabel('Emails').first().inputValue()).toContain('press@harborlane-robotics.example');
  });

  it('lets the journalist correct the record and save it to the log', async () => {
    const headline = popup.getByLabel('Headline', { exact: true });
    await headline.fill('EDITED: Harbor Lane opens Rotterdam test site');
    await popup.getByRole('button', { name: 'Add contact' }).click();
    const contacts = popup.locator('fieldset.contact');
    const added = contacts.last();
    await added.getByLabel('Name').fill('Joost Bakker');
    await added.getByLabel('Role').fill('Press officer');

    // A bad email is refused next to its field, and nothing is saved.
    await added.getByLabel('Emails').fill('joost.bakker@harborlane-robotics.example\nnot-an-email');
    await popup.getByRole('button', { name: 'Save to log' }).click();
    const lastIndex = (await contacts.count()) - 1;
    await expect
      .poll(() => added.locator('.error:not([hidden])').textContent())
      .toBe(`contacts[${lastIndex}].emails[1] is not an email`);

    await added.getByLabel('Emails').fill('joost.bakker@harborlane-robotics.example');
    await popup.getByRole('button', { name: 'Save to log' }).click();
    await popup.getByText('Saved', { exact: true }).waitFor();

    const [logTab] = await Promise.all([ext.ctx.waitForEvent('page'), popup.getByRole('link', { name: 'Open in log' }).click()]);
    await logTab.waitForLoadState();
    expect(new URL(logTab.url()).hash).toMatch(/^#.+/);
    await logTab.getByText('EDITED: Harbor Lane opens Rotterdam test site').first().waitFor();
    await logTab.close();
    await popup.close();
  });

  it('reopening the popup on the saved page shows the saved copy and offers to update it', async () => {
    const again = await ext.ctx.newPage();
    await again.goto(ext.extensionUrl(`popup.html?tabId=${releaseTabId}`));
    await again.getByText('This page is already in your log').waitFor();
    expect(await again.getByRole('button', { name: 'Update log entry' }).count()).toBe(1);
    // It shows the saved copy with the journalist's corrections…
    const headline = again.getByLabel('Headline', { exact: true });
    expect(await headline.inputValue()).toBe('EDITED: Harbor Lane opens Rotterdam test site');
    // …and can read the page afresh on request.
    await again.getByRole('button', { name: 'Re-read the page' }).click();
    await expect.poll(() => headline.inputValue()).toBe('Harbor Lane Robotics Opens Autonomous Freight Test Site in Rotterdam');
    await again.close();
  });

  it('lists the entry in the log page and exports a valid JSON document', async () => {
    const log = await ext.ctx.newPage();
    await log.goto(ext.extensionUrl('log.html'));
    await log.getByText('EDITED: Harbor Lane opens Rotterdam test site').first().waitFor();

    const [download] = await Promise.all([log.waitForEvent('download'), log.getByRole('button', { name: /Export JSON/i }).click()]);
    const path = await download.path();
    const document = LogExportSchema.parse(JSON.parse(await readFile(path, 'utf8')));
    expect(document.entries).toHaveLength(1);
    const entry = document.entries[0]!;
    expect(entry.record.headline).toBe('EDITED: Harbor Lane opens Rotterdam test site');
    expect(entry.record.url).toBe(`${pages()}/wire-release.html`);
    expect(entry.record.contacts.map((c) => c.name)).toContain('Joost Bakker');
    expect(entry.history[0]?.to).toBe('new');
    await log.close();
  });

  it('on a page that is not a web page, the popup says it reads web pages only', async () => {
    const other = await ext.ctx.newPage();
    await other.goto(ext.extensionUrl('log.html'));
    const tabId = await other.evaluate(async () => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome.tabs;
      return (await tabs.getCurrent()).id;
    });
    const popup = await ext.ctx.newPage();
    await popup.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
    await expect.poll(() => popup.locator('.verdict').textContent()).toMatch(/^PressClip reads web pages only/);
    expect(await popup.getByRole('button', { name: 'Clip anyway' }).count()).toBe(0);
    await popup.close();
    await other.close();
  });

  it('never changed the release page and never reached beyond 127.0.0.1', async () => {
    expect(await release.evaluate(() => document.documentElement.outerHTML)).toBe(releaseHtml);
    expect(await mutations(release)).toBe(0);
    expect(network.leaks).toEqual([]);
  });
});
