import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/harness/chromium';
import { ENTRY_STATUSES } from '../../utils/schema/entry';
import { DEFAULT_IMPORT_LIMITS } from '../../utils/sync/limits';
import { exportDocument } from './log-entries';
import { median } from './stats';

// What scripts/bench-log.ts does not time: the extension's own JSON import (preview, then the confirmed apply,
// each a message to the background, as the log page sends them) and a status change made from the keyboard on
// the log page. One fresh profile; the log grows to each size in turn.

// The file's text travels to the background in one runtime message, and Chrome refuses a message over 64 MiB:
// at about 1.5 KB per entry that is some 40,000 entries, so the bench sends 25,000 per file (the import itself
// admits DEFAULT_IMPORT_LIMITS.maxEntries in one file). BENCH_IMPORT_PER_FILE=100000 tries one big file.
const PER_FILE = Math.min(Number(process.env.BENCH_IMPORT_PER_FILE ?? 25_000), DEFAULT_IMPORT_LIMITS.maxEntries);
const STATUS_CHANGES = 5;

export interface ImportFigures {
  entries: number;
  files: number;
  previewMs: number; // summed over the files imported to reach this size
  applyMs: number;
  importWallMs: number;
  imported: number;
  invalid: number;
  failures: string[];
  statusChangeMs: number; // median wall time from key press to the row showing the new status
  statusMessageMs: number; // median round trip of log:set-status from the page
}

interface ImportReply {
  ok: boolean;
  error?: string;
  data?: { preview?: Summary; result?: Summary };
}
interface Summary {
  ok: boolean;
  reason?: string;
  counts?: { new: number; updated: number; invalid: number };
}

function importFile(page: Page, text: string): Promise<{ previewMs: number; applyMs: number; preview: ImportReply; apply: ImportReply }> {
  return page.evaluate(async (body) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    let start = performance.now();
    const preview = (await runtime.sendMessage({ type: 'log:import-preview', payload: { text: body } })) as ImportReply;
    const previewMs = performance.now() - start;
    start = performance.now();
    const apply = (await runtime.sendMessage({ type: 'log:import-apply', payload: { text: body } })) as ImportReply;
    return { previewMs, applyMs: performance.now() - start, preview, apply };
  }, text);
}

async function openLog(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#app[data-loaded]').waitFor({ timeout: 300_000 });
  // The search index is built after the rows show; key presses wait behind it, so let it finish first.
  await page.locator('#app[data-index-ms]').waitFor({ timeout: 300_000 });
}

async function statusChanges(page: Page, size: number): Promise<{ uiMs: number[]; messageMs: number[]; problems: string[] }> {
  const uiMs: number[] = [];
  const messageMs: number[] = [];
  const problems: string[] = [];
  for (let i = 0; i < STATUS_CHANGES; i += 1) {
    const row = page.locator('.vt-row[aria-current="true"]');
    const id = await row.getAttribute('data-id');
    const from = await row.getAttribute('data-status');
    // "to-contact" (key 2) and "requested" (key 3) need no override.
    const [key, to] = from === 'to-contact' ? ['3', 'requested'] : ['2', 'to-contact'];
    const start = Date.now();
    await page.keyboard.press(key);
    await page.locator(`.vt-row[data-id="${id}"][data-status="${to}"]`).waitFor({ timeout: 60_000 });
    uiMs.push(Date.now() - start);
  }
  // Then the message alone, on entries the key presses did not touch (the newest ones), each to a status it
  // does not have yet, so every call really writes.
  for (let k = 0; k < STATUS_CHANGES; k += 1) {
    const index = size - 1 - k * 7;
    const to = ENTRY_STATUSES[index % 4] === 'to-contact' ? 'requested' : 'to-contact';
    const r = await page.evaluate(
      async ({ id, status }) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
        const start = performance.now();
        const reply = (await runtime.sendMessage({ type: 'log:set-status', payload: { id, status, override: null } })) as {
          ok: boolean;
          error?: string;
          data?: { entry: { status: string } | null; refused: string | null };
        };
        const elapsed = performance.now() - start;
        const fine = reply.ok && reply.data?.entry?.status === status;
        return { elapsed, problem: fine ? null : (reply.error ?? reply.data?.refused ?? 'status unchanged') };
      },
      { id: `import-bench-${index}`, status: to },
    );
    if (r.problem) problems.push(r.problem);
    else messageMs.push(r.elapsed);
  }
  return { uiMs, messageMs, problems };
}

// The MV3 service worker can be slow to appear on a loaded machine; one more try before giving up.
async function launch(buildDir: string): Promise<ExtensionBrowser> {
  try {
    return await launchWithExtension(buildDir);
  } catch {
    return launchWithExtension(buildDir);
  }
}

export async function benchImportAndStatus(buildDir: string, sizes: readonly number[], log: (line: string) => void): Promise<ImportFigures[]> {
  const ext = await launch(buildDir);
  const out: ImportFigures[] = [];
  try {
    const page = await ext.ctx.newPage();
    await page.evaluate('globalThis.__name ??= (f) => f');
    const logUrl = ext.extensionUrl('log.html');
    await openLog(page, logUrl);
    let have = 0;
    let files = 0;
    let previewMs = 0;
    let applyMs = 0;
    let wall = 0;
    let imported = 0;
    let invalid = 0;
    const failures: string[] = [];
    for (const size of [...sizes].sort((a, b) => a - b)) {
      while (have < size) {
        const count = Math.min(PER_FILE, size - have);
        const text = exportDocument(have, count);
        await page.evaluate('globalThis.__name ??= (f) => f');
        const start = Date.now();
        const r = await importFile(page, text);
        wall += Date.now() - start;
        files += 1;
        previewMs += r.previewMs;
        applyMs += r.applyMs;
        const summary = r.apply.data?.result;
        if (!r.apply.ok || !summary?.ok) failures.push(r.apply.error ?? summary?.reason ?? 'unknown');
        imported += (summary?.counts?.new ?? 0) + (summary?.counts?.updated ?? 0);
        invalid += summary?.counts?.invalid ?? 0;
        have += count;
        log(`  imported file ${files}: ${have} entries (preview ${r.previewMs.toFixed(0)} ms, apply ${r.applyMs.toFixed(0)} ms)`);
      }
      await openLog(page, logUrl);
      await page.evaluate('globalThis.__name ??= (f) => f');
      const { uiMs, messageMs, problems } = await statusChanges(page, size);
      failures.push(...problems.map((p) => `set-status: ${p}`));
      out.push({
        entries: size,
        files,
        previewMs,
        applyMs,
        importWallMs: wall,
        imported,
        invalid,
        failures: [...failures],
        statusChangeMs: median(uiMs),
        statusMessageMs: median(messageMs),
      });
    }
  } finally {
    await ext.close();
  }
  return out;
}
