import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/chromium';
import { useChromium } from './harness/fixture';
import { clickToolbarButton, tabIdForUrl } from './harness/extension-tabs';
import type { StaticServer } from './harness/server';
import { editRecord } from './harness/popup';
import { LogExportSchema, type LogExport } from '../../utils/schema/log-export';
import type { LogEntry } from '../../utils/schema/entry';
import { sampleFields } from '../unit/log/sample';

// Many writers at once: the background is the only writer of the log, and each save/update is one
// IndexedDB transaction, so 20 tabs saving together and two editors on one entry lose nothing.

let server: StaticServer;
let ext: ExtensionBrowser;
let network: { leaks: string[] };

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

useChromium({}, (run) => ({ server, ext, network } = run));

async function call<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(({ type, payload }) => chrome.runtime.sendMessage({ type, payload }), { type, payload });
  const r = reply as { ok: boolean; data?: T; error?: string };
  if (!r?.ok) throw new Error(`${type}: ${r?.error ?? 'no answer'}`);
  return r.data as T;
}

async function exported(page: Page): Promise<LogExport> {
  return LogExportSchema.parse((await call<{ document: unknown }>(page, 'log:export', {})).document);
}

describe('concurrent writers (Chromium)', () => {
  it('20 tabs saving at once: 20 pages give 20 entries, one page saved 20 times gives one', async () => {
    const tabs = await Promise.all(Array.from({ length: 20 }, () => ext.ctx.newPage()));
    await Promise.all(tabs.map((t) => t.goto(ext.extensionUrl('settings.html'))));
    // Every tab waits on the same instant, then sends.
    const at = Date.now() + 500;
    const fire = (t: Page, fields: unknown) =>
      t.evaluate(
        async ({ at, fields }) => {
          await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
          return chrome.runtime.sendMessage({ type: 'log:save', payload: { fields } });
        },
        { at, fields },
      );
    const distinct = await Promise.all(tabs.map((t, i) => fire(t, sampleFields({ url: `https://wire.example/c/${i}` }))));
    expect(distinct.every((r) => (r as { ok: boolean }).ok)).toBe(true);

    const at2 = Date.now() + 500;
    const same = await Promise.all(
      tabs.map((t, i) =>
        t.evaluate(
          async ({ at, fields }) => {
            await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
            return chrome.runtime.sendMessage({ type: 'log:save', payload: { fields } });
          },
          { at: at2, fields: sampleFields({ url: 'https://wire.example/c/same', headline: `Copy ${i}` }) },
        ),
      ),
    );
    expect(same.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    const created = same.filter((r) => (r as { data: { created: boolean } }).data.created).length;

    const doc = await exported(tabs[0]!);
    const urls = doc.entries.map((e) => e.record.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (let i = 0; i < 20; i++) expect(urls).toContain(`https://wire.example/c/${i}`);
    const one = doc.entries.filter((e) => e.record.url === 'https://wire.example/c/same');
    expect(one).toHaveLength(1);
    expect(created).toBe(1);
    // 19 re-saves replaced the record; each replaced one is a revision, none vanished.
    expect(one[0]!.revisions).toHaveLength(19);
    const headlines = new Set([one[0]!.record.headline, ...one[0]!.revisions.map((r) => r.fields.record.headline)]);
    expect(headlines.size).toBe(20);
    await Promise.all(tabs.map((t) => t.close()));
  }, 120_000);

  it('popup and log page edit one entry at once: the later edit wins, the earlier is in revisions', async () => {
    const page = await ext.ctx.newPage();
    const url = `${server.origin}/wire-release.html`;
    await page.goto(url);
    const tabId = await tabIdForUrl(ext, url);
    await clickToolbarButton(ext, page);
    const popup = await ext.ctx.newPage();
    await popup.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.getByRole('button', { name: 'Save to log' }).click();
    await popup.getByText('Saved', { exact: true }).waitFor();

    // The log page opens the entry (version v1)…
    const log = await ext.ctx.newPage();
    await log.goto(ext.extensionUrl('log.html'));
    const v1 = (await exported(log)).entries.find((e) => e.record.url === url)!;

    // …the popup saves a corrected headline meanwhile (v2)…
    await editRecord(popup);
    await popup.getByLabel('Headline', { exact: true }).fill('Popup edit: Harbor Lane test site');
    await popup.getByRole('button', { name: 'Update log entry' }).click();
    await popup.getByText('Saved (updated the existing entry)', { exact: true }).waitFor();

    // …and then the log page saves its notes on top of v1: it is the later edit, so it wins.
    const fields = { record: v1.record, status: v1.status, priority: v1.priority, deadline: v1.deadline, followUpAt: v1.followUpAt, tags: v1.tags, notes: 'Log page edit' };
    const { entry } = await call<{ entry: LogEntry }>(log, 'log:update', { id: v1.id, fields, expectedUpdatedAt: v1.updatedAt });
    expect(entry.notes).toBe('Log page edit');
    const kept = entry.revisions.map((r) => r.fields.record.headline);
    expect(kept).toContain('Popup edit: Harbor Lane test site');
    expect(entry.revisions.at(-1)?.reason).toBe('Overwritten by a concurrent edit');

    // The popup saves again last: its record wins, the log page's notes stay (a re-clip keeps triage).
    await popup.getByLabel('Headline', { exact: true }).fill('Popup edit 2');
    await popup.getByRole('button', { name: 'Update log entry' }).click();
    await expect.poll(async () => (await exported(log)).entries.find((e) => e.id === v1.id)?.record.headline).toBe('Popup edit 2');
    const last = (await exported(log)).entries.filter((e) => e.record.url === url);
    expect(last).toHaveLength(1);
    expect(last[0]!.notes).toBe('Log page edit');
    expect(last[0]!.revisions.map((r) => r.fields.record.headline)).toContain(v1.record.headline);
    await Promise.all([popup.close(), log.close(), page.close()]);
  });

  it('reached nothing beyond 127.0.0.1', () => {
    expect(network.leaks).toEqual([]);
  });
});
