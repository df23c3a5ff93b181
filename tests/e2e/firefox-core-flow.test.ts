import { join } from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { asLocalhost, type FirefoxWithExtension } from './harness/firefox';
import { badgeFor, useFirefox } from './harness/firefox-fixture';
import type { StaticServer } from './harness/server';
import { LogExportSchema } from '../../utils/schema/log-export';

// The whole core flow in Firefox ESR with the built MV2 add-on: detect → badge → toolbar click (activeTab)
// → popup reads the page → edit → save → log page → export. The toolbar button is clicked in the
// browser's own window through WebDriver BiDi's chrome scope (harness/firefox.ts).

let server: StaticServer;
let ff: FirefoxWithExtension;
let control: Page;

// Types into a form field found by its data-path, as the input event a user's typing fires.
async function fill(page: Page, scope: string, path: string, value: string) {
  await page.evaluate(
    (s: string, p: string, v: string) => {
      const fields = document.querySelectorAll<HTMLElement>(`${s} [data-path$="${p}"]`);
      const input = fields[fields.length - 1]?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
      if (!input) throw new Error(`no field ${p}`);
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    scope,
    path,
    value,
  );
}

const fieldValue = (page: Page, path: string) =>
  page.evaluate((p: string) => document.querySelector<HTMLInputElement>(`[data-path="${p}"] input, [data-path="${p}"] textarea`)?.value ?? null, path);

async function clickButton(page: Page, name: RegExp | string) {
  const source = typeof name === 'string' ? `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : name.source;
  await page.waitForFunction(
    (src: string) => [...document.querySelectorAll('button')].some((b) => new RegExp(src).test(b.textContent?.trim() ?? '')),
    { timeout: 10_000 },
    source,
  );
  await page.evaluate((src: string) => {
    [...document.querySelectorAll('button')].find((b) => new RegExp(src).test(b.textContent?.trim() ?? ''))!.click();
  }, source);
}

const bodyText = (page: Page, pattern: string) =>
  page.waitForFunction((p: string) => document.body.innerText.includes(p), { timeout: 10_000 }, pattern);

useFirefox((run) => ({ server, ff, control } = run));

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('core flow (Firefox ESR, MV2)', () => {
  let release: Page;
  let tabId: number;
  const url = () => `${asLocalhost(server.origin)}/wire-release.html`;

  it('badges the release, and after a toolbar click the popup reads the page', async () => {
    release = await ff.browser.newPage();
    await release.goto(url());
    const badge = await badgeFor(control, url());
    tabId = badge.tabId;
    expect(badge.text).toBe('PR');

    // Before the click the add-on may not script the page (no host permission for it)…
    const early = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    await early.waitForFunction(() => /^PressClip can't read this page/.test(document.querySelector('.editor > p.error')?.textContent ?? ''), { timeout: 20_000 });
    await early.close();
    // …the user's click on its toolbar button grants activeTab for this tab.
    await ff.clickToolbarButton(release);
    const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => document.querySelector('[data-path="headline"] textarea') !== null, { timeout: 15_000 });
    expect(await fieldValue(popup, 'headline')).toBe('Harbor Lane Robotics Opens Autonomous Freight Test Site in Rotterdam');
    expect(await fieldValue(popup, 'url')).toBe(url());
    const emails = await popup.evaluate(() => [...document.querySelectorAll<HTMLTextAreaElement>('[data-path$=".emails"] textarea')].map((t) => t.value).join('\n'));
    expect(emails).toContain('press@harborlane-robotics.example');

    await clickButton(popup, 'Edit');
    await fill(popup, 'form', 'headline', 'EDITED in Firefox: Harbor Lane opens Rotterdam test site');
    await clickButton(popup, 'Add contact');
    await fill(popup, 'fieldset.contact', '.name', 'Joost Bakker');
    await fill(popup, 'fieldset.contact', '.role', 'Press officer');
    await fill(popup, 'fieldset.contact', '.emails', 'joost.bakker@harborlane-robotics.example');
    await clickButton(popup, 'Save to log');
    await popup.waitForFunction(() => document.querySelector('.save-status .saved')?.textContent === 'Saved', { timeout: 10_000 });
    await popup.close();
  });

  it('lists the saved entry in the log page and exports it as valid JSON', async () => {
    const log = await ff.openExtensionPage('log.html');
    await bodyText(log, 'EDITED in Firefox: Harbor Lane opens Rotterdam test site');
    await clickButton(log, /Export JSON/i);
    // Firefox creates the file under its final name at once, empty, writes a .part file beside it and moves that
    // over it when complete: wait for no .part and a file that parses.
    let text = '';
    for (let i = 0; i < 100 && !text; i++) {
      const names = await readdir(ff.downloadDir);
      const file = names.find((f) => f.endsWith('.json'));
      const candidate = file && !names.some((f) => f.endsWith('.part')) ? await readFile(join(ff.downloadDir, file), 'utf8') : '';
      if (candidate && isJson(candidate)) text = candidate;
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(text, 'an exported .json file, complete').not.toBe('');
    const document = LogExportSchema.parse(JSON.parse(text));
    expect(document.entries).toHaveLength(1);
    const entry = document.entries[0]!;
    expect(entry.record.headline).toBe('EDITED in Firefox: Harbor Lane opens Rotterdam test site');
    expect(entry.record.url).toBe(url());
    expect(entry.record.contacts.map((c) => c.name)).toContain('Joost Bakker');
    // The release text, read by Readability and DOMPurify in Firefox's content-script world, travels with it.
    const body = document.bodies?.find((b) => b.id === entry.id);
    expect(body?.text).toContain('a simulated rail interchange');
    expect(body?.text).not.toContain('All releases');
    await log.close();
  });

  it('reached nothing beyond 127.0.0.1', () => {
    expect(ff.leaks).toEqual([]);
  });
});
