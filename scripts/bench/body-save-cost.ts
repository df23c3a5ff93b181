import { build } from 'esbuild';
import { resolve } from 'node:path';
import { launchWithExtension } from '../../tests/e2e/harness/chromium';

// Saves with a release text, one by one, through the log store's own code (utils/log/store.ts) bundled into a page of
// the built extension, each checkout in a database of its own: this checkout against another one (an earlier
// version of the word index), rounds taking turns. Then one release-text search of a word of middling spread in each.
//   npx tsx scripts/bench/body-save-cost.ts <other-checkout> [saves] [rounds]

const OTHER = resolve(process.argv[2] ?? '.');
const SAVES = Number(process.argv[3] ?? 300);
const ROUNDS = Number(process.argv[4] ?? 2);
const HERE = resolve(import.meta.dirname, '../..');

async function storeBundle(root: string, name: string): Promise<string> {
  const out = await build({
    stdin: { contents: `import { openLogStore } from './utils/log/store';\nimport { benchBody } from './scripts/bench/body-text';\nglobalThis.${name} = { openLogStore, benchBody };`, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return out.outputFiles[0]!.text;
}

const ext = await launchWithExtension();
try {
  const page = await ext.ctx.newPage();
  await page.goto(ext.extensionUrl('log.html'));
  await page.evaluate(`globalThis.__name ??= (f) => f;\n${await storeBundle(OTHER, '__other')}\n${await storeBundle(HERE, '__here')}`);
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const [label, name] of [[OTHER, '__other'], [HERE, '__here']] as const) {
      const r = await page.evaluate(
        async ({ name, round, saves }) => {
          interface Store {
            save(fields: unknown, source: string, body: unknown): Promise<unknown>;
            searchBodies(terms: string[]): Promise<{ ids: string[] }>;
            close(): void;
          }
          const m = (globalThis as unknown as Record<string, { openLogStore(f: IDBFactory, o: { name: string }): Promise<Store>; benchBody(i: number): object }>)[name]!;
          const store = await m.openLogStore(indexedDB, { name: `bench-saves-${name}-${round}` });
          const times: number[] = [];
          for (let i = 0; i < saves; i += 1) {
            const record = { isPressRelease: true, confidence: 0.9, signals: [], url: `https://x.example/${i}`, canonicalUrl: null, language: 'en', headline: `Release ${i}`, issuer: 'Acme', releaseDate: '2026-01-01', datelinePlace: null, embargo: null, summary: 'A summary.', contacts: [] };
            const started = performance.now();
            await store.save({ record, status: 'new', priority: 'normal', deadline: null, followUpAt: null, tags: [], notes: '' }, 'page', { ...m.benchBody(i), truncated: false });
            times.push(performance.now() - started);
          }
          const started = performance.now();
          const { ids } = await store.searchBodies(['kalo']);
          const searchMs = performance.now() - started;
          store.close();
          times.sort((a, b) => a - b);
          return { median: times[Math.floor(saves / 2)]!, p95: times[Math.ceil(saves * 0.95) - 1]!, searchMs, hits: ids.length };
        },
        { name, round, saves: SAVES },
      );
      console.log(`round ${round}, ${label}: ${SAVES} saves, median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms; search "kalo" ${r.searchMs.toFixed(1)} ms (${r.hits} ids)`);
    }
  }
} finally {
  await ext.close();
}
