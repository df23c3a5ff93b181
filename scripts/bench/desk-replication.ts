import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/harness/chromium';
import { startCouch } from '../../tests/couch/pouchdb-server';
import { sampleFields } from '../../tests/unit/log/sample';
import { syntheticEntry } from './log-entries';

// npm run bench:desk [-- 10000]
// The newsroom log (issue 20), figures only, in headless Debian Chromium with the built extension and
// pouchdb-server on 127.0.0.1 (in memory):
//   - first replication of an N-entry desk database into an empty browser (one "Sync now" round: _changes in
//     pages of 500, validation, one log write);
//   - one change from profile A to profile B: by "Sync now" on both (push round in A, pull round in B), and
//     with no click at all (A's debounced push, B's long poll of the changes feed, the 30 s pull alarm as the
//     fallback), which is what a journalist waits.
// Run `npm run build` first.

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const size = Number(process.argv[2] ?? 10_000);

async function ask(page: Page, type: string, payload: unknown): Promise<unknown> {
  const reply = (await page.evaluate(({ type, payload }) => chrome.runtime.sendMessage({ type, payload }), { type, payload })) as {
    ok: boolean;
    data?: unknown;
    error?: string;
  };
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.data;
}

async function extensionPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.goto(ext.extensionUrl('settings.html'));
  return page;
}

async function main() {
  const couch = await startCouch();
  const profiles: ExtensionBrowser[] = [];
  try {
    await couch.addUser('anna', 'anna-pw');
    await couch.addUser('ben', 'ben-pw');
    await couch.createDatabase('desk-bench', ['anna', 'ben']);
    const seedStart = performance.now();
    for (let start = 0; start < size; start += 1000) {
      const docs = Array.from({ length: Math.min(1000, size - start) }, (_, i) => {
        const entry = syntheticEntry(start + i);
        return { ...entry, _id: entry.id };
      });
      const { status } = await couch.admin('POST', '/desk-bench/_bulk_docs', { docs });
      if (status >= 300) throw new Error(`seeding failed: ${status}`);
    }
    const seedMs = performance.now() - seedStart;

    const connect = { serverUrl: couch.base, database: 'desk-bench' };
    const a = await launchWithExtension();
    profiles.push(a);
    const pageA = await extensionPage(a);
    await ask(pageA, 'desk:save', { ...connect, user: 'anna', password: 'anna-pw' });
    // Saving starts a round in the background; the timed round below waits behind it (rounds run one at a time),
    // so the figure is from the save to the log holding the desk.
    const firstStart = performance.now();
    const first = (await ask(pageA, 'desk:sync-now', {})) as { report: { written: number; error: string | null } };
    let firstMs = performance.now() - firstStart;
    let count = ((await ask(pageA, 'log:list', {})) as { entries: unknown[] }).entries.length;
    if (count < size) {
      const again = performance.now();
      await ask(pageA, 'desk:sync-now', {});
      firstMs += performance.now() - again;
      count = ((await ask(pageA, 'log:list', {})) as { entries: unknown[] }).entries.length;
    }

    const b = await launchWithExtension();
    profiles.push(b);
    const pageB = await extensionPage(b);
    await ask(pageB, 'desk:save', { ...connect, user: 'ben', password: 'ben-pw' });
    const bStart = performance.now();
    await ask(pageB, 'desk:sync-now', {});
    const bFirstMs = performance.now() - bStart;

    const has = async (id: string) => ((await ask(pageB, 'log:get', { id })) as { entry: unknown }).entry !== null;
    const oneChange = async (n: number, click: boolean): Promise<number> => {
      const started = performance.now();
      const saved = (await ask(pageA, 'log:save', { fields: sampleFields({ headline: `Bench change ${n}`, url: `https://wire.example/bench-${n}` }) })) as { entry: { id: string } };
      if (click) await ask(pageA, 'desk:sync-now', {});
      for (;;) {
        if (click) await ask(pageB, 'desk:sync-now', {});
        if (await has(saved.entry.id)) return performance.now() - started;
        if (performance.now() - started > 90_000) return Number.NaN;
        await new Promise((done) => setTimeout(done, click ? 0 : 200));
      }
    };
    const clicked = [await oneChange(1, true), await oneChange(2, true), await oneChange(3, true)];
    const passive = [await oneChange(4, false), await oneChange(5, false), await oneChange(6, false)];

    const s = (value: number) => `${(value / 1000).toFixed(2)} s`;
    console.log(`Newsroom log (pouchdb-server in memory on 127.0.0.1, headless Chromium, ${size.toLocaleString('en')} entries)`);
    console.log(`  seeding the desk database with _bulk_docs:           ${s(seedMs)}`);
    console.log(`  first replication into an empty browser (profile A): ${s(firstMs)} (${count.toLocaleString('en')} entries in the log${first.report.error ? `; error: ${first.report.error}` : ''})`);
    console.log(`  the same into a second empty browser (profile B):    ${s(bFirstMs)}`);
    console.log(`  one change A → B, "Sync now" in both (3 runs):        ${clicked.map(s).join(', ')}`);
    console.log(`  one change A → B, no click (debounce + long poll, 3): ${passive.map(s).join(', ')}`);
  } finally {
    for (const profile of profiles) await profile.close().catch((error: unknown) => console.error(String(error)));
    await couch.close();
  }
}

await main();
