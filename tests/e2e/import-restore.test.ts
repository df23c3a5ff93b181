import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { guardNetwork } from './harness/network';
import { sampleEntry } from '../unit/sync/sample-entry';

// The log page's "Import JSON" (preview → Confirm / Cancel; a bad file changes nothing) and "Restore"
// on a kept revision, in Chromium with the built extension.

let ext: ExtensionBrowser;
let network: { leaks: string[] };
let dir: string;
let log: Page;

const older = sampleEntry({ id: 'imp-1' });
const { record, status, priority, deadline, followUpAt, tags, notes } = older;
const withRevision = sampleEntry({
  id: 'imp-1',
  record: { ...record, headline: 'CURRENT: Acme plant opening moved' },
  updatedAt: '2026-03-04T09:00:00.000Z',
  revisions: [{ savedAt: '2026-03-04T09:00:00.000Z', reason: 'Lost a sync merge', fields: { record, status, priority, deadline, followUpAt, tags, notes }, updatedAt: older.updatedAt }],
});
const goodFile = JSON.stringify({ format: 'pressclip-log', version: 1, exportedAt: '2026-03-05T08:00:00.000Z', entries: [withRevision] });

async function chooseFile(name: string, text: string) {
  const path = join(dir, name);
  await writeFile(path, text);
  const [chooser] = await Promise.all([log.waitForEvent('filechooser'), log.getByRole('button', { name: 'Import JSON' }).click()]);
  await chooser.setFiles(path);
}

async function logEntryCount(): Promise<number> {
  const { document } = await log.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: { document: { entries: unknown[] } } }> } } }).chrome;
    return (await api.runtime.sendMessage({ type: 'log:export', payload: {} })).data;
  });
  return document.entries.length;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressclip-import-e2e-'));
  ext = await launchWithExtension();
  ext.ctx.setDefaultTimeout(10_000);
  network = await guardNetwork(ext.ctx);
  log = await ext.ctx.newPage();
  await log.goto(ext.extensionUrl('log.html'));
  await log.locator('[data-loaded="true"]').waitFor();
});

afterAll(async () => {
  await ext?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Import JSON and Restore (Chromium)', () => {
  it('a malformed file shows exactly what is wrong and changes nothing', async () => {
    await chooseFile('broken.json', '{"format":"pressclip-log","version":1,"entries":[{"id": }');
    const panel = log.locator('.log-import');
    await expect.poll(() => panel.getAttribute('data-phase')).toBe('refused');
    await panel.getByRole('heading', { name: 'Cannot import broken.json' }).waitFor();
    expect(await panel.locator('.import-error').textContent()).toMatch(/JSON/);
    expect(await panel.getByText('Nothing was changed in your log.').count()).toBe(1);
    expect(await panel.locator('.import-confirm').count()).toBe(0);
    expect(await logEntryCount()).toBe(0);
  });

  it('previews a good file, Cancel writes nothing, Confirm imports it', async () => {
    await chooseFile('export.json', goodFile);
    const panel = log.locator('.log-import');
    await expect.poll(() => panel.getAttribute('data-phase')).toBe('preview');
    expect(await panel.locator('li[data-count="new"]').textContent()).toBe('New: 1');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    expect(await logEntryCount()).toBe(0);
    await chooseFile('export.json', goodFile);
    await panel.getByRole('button', { name: /Confirm import/ }).click();
    await expect.poll(() => panel.getAttribute('data-phase')).toBe('done');
    await log.getByText('CURRENT: Acme plant opening moved').first().waitFor();
    expect(await logEntryCount()).toBe(1);
  });

  it('restores a kept revision from the entry detail, keeping the replaced version', async () => {
    await log.getByText('CURRENT: Acme plant opening moved').first().click();
    const revisions = log.locator('.detail-revisions');
    await revisions.getByRole('heading', { name: 'Earlier versions (1)' }).waitFor();
    expect(await revisions.locator('li').first().textContent()).toMatch(/Lost a sync merge/);
    await revisions.getByRole('button', { name: 'Restore' }).click();
    await log.locator('.detail-revisions').getByRole('heading', { name: 'Earlier versions (2)' }).waitFor();
    await log.locator('.detail h2').getByText('Acme opens plant in Leipzig').waitFor();
    expect(await log.locator('.detail-revisions li').first().textContent()).toMatch(/CURRENT: Acme plant opening moved/);
  });

  it('a 3,000-entry export imports in one go from the picker (the background reads the chosen file itself)', async () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      sampleEntry({ id: `bulk-${i}`, record: { ...record, url: `https://wire.example/bulk/${i}`, headline: `Bulk release ${i}` } }),
    );
    await chooseFile('big-export.json', JSON.stringify({ format: 'pressclip-log', version: 1, exportedAt: '2026-03-05T08:00:00.000Z', entries: many }));
    const panel = log.locator('.log-import');
    await expect.poll(() => panel.getAttribute('data-phase'), { timeout: 30_000 }).toBe('preview');
    expect(await panel.locator('li[data-count="new"]').textContent()).toBe('New: 3000');
    expect(await logEntryCount()).toBe(1);
    await panel.getByRole('button', { name: /Confirm import \(3000 to write\)/ }).click();
    await expect.poll(() => panel.getAttribute('data-phase'), { timeout: 60_000 }).toBe('done');
    expect(await logEntryCount()).toBe(3001);
    await panel.getByRole('button', { name: 'Close' }).click();
  });

  it('a staged file is applied only by its own session, and never from a blob the page did not create', async () => {
    const replies = await log.evaluate(async (text) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: Record<string, unknown> }> } } }).chrome.runtime;
      const foreign = await runtime.sendMessage({ type: 'log:import-preview', payload: { file: 'blob:https://evil.example/00000000-0000-4000-8000-000000000001' } });
      const url = URL.createObjectURL(new Blob([text]));
      const own = await runtime.sendMessage({ type: 'log:import-preview', payload: { file: url } });
      URL.revokeObjectURL(url);
      const session = own.data?.session as string;
      await runtime.sendMessage({ type: 'log:import-discard', payload: { session } });
      const afterDiscard = await runtime.sendMessage({ type: 'log:import-apply', payload: { session } });
      return { foreign, own, afterDiscard };
    }, JSON.stringify({ format: 'pressclip-log', version: 1, exportedAt: '2026-03-05T08:00:00.000Z', entries: [sampleEntry({ id: 'staged-only', record: { ...record, url: 'https://wire.example/staged' } })] }));
    expect(replies.foreign.data?.preview).toEqual({ ok: false, reason: 'The file must be chosen on a PressClip page.' });
    expect(replies.own.data?.preview).toMatchObject({ ok: true, counts: { new: 1 } });
    expect(replies.afterDiscard.data?.result).toMatchObject({ ok: false });
    expect(await logEntryCount()).toBe(3001);
  });

  it('Confirm after the service worker restarted (the staged file is gone) says so and writes nothing', async () => {
    const one = sampleEntry({ id: 'after-restart', record: { ...record, url: 'https://wire.example/after-restart' } });
    await chooseFile('restart.json', JSON.stringify({ format: 'pressclip-log', version: 1, exportedAt: '2026-03-05T08:00:00.000Z', entries: [one] }));
    const panel = log.locator('.log-import');
    await expect.poll(() => panel.getAttribute('data-phase')).toBe('preview');
    await ext.stopServiceWorker();
    await panel.getByRole('button', { name: /Confirm import/ }).click();
    await expect.poll(() => panel.getAttribute('data-phase')).toBe('refused');
    expect(await panel.locator('.import-error').textContent()).toMatch(/no longer open in PressClip.*choose the file again/);
    expect(await panel.getByText('Nothing was changed in your log.').count()).toBe(1);
    expect(await logEntryCount()).toBe(3001);
    await panel.getByRole('button', { name: 'Close' }).click();
  });

  it('sent nothing anywhere but 127.0.0.1', () => {
    // Page-level requests (playwright) and everything else, the service worker's fetches included
    // (the harness's recording proxy; loopback bypasses it).
    expect(network.leaks).toEqual([]);
    expect(ext.leaks).toEqual([]);
  });
});
