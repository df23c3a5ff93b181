import { launchWithExtension } from '../../tests/e2e/harness/chromium';
import { median, ms } from './stats';

// The release-text search (log:search-bodies: the background's cursor over the bodies store, one body at a time)
// at N entries whose bodies are the corpus median's size (~4,300 characters of HTML, ~3,400 of text), in the
// built Chromium extension. Run after `npm run build`: npx tsx scripts/bench/body-search.ts [N]

const N = Number(process.argv[2] ?? 10_000);
const BATCH = 2000;
const WORDS = 'port terminal operators trial driverless tractors quay section rail interchange control room crews quarter blocks pricing fleet'.split(' ');

function body(i: number): { html: string; text: string } {
  const paragraphs = Array.from({ length: 8 }, (_, p) => Array.from({ length: 60 }, (_, w) => WORDS[(i * 7 + p * 13 + w) % WORDS.length]).join(' '));
  if (i % 100 === 0) paragraphs.push(`Rare marker word zebracorn${i}.`);
  return { html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text: paragraphs.join('\n\n') };
}

function entry(i: number) {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    record: { isPressRelease: true, confidence: 0.9, signals: [], url: `https://wire.example/r/${i}`, canonicalUrl: null, language: 'en', headline: `Release ${i}`, issuer: 'Acme', releaseDate: '2026-01-01', datelinePlace: null, embargo: null, summary: 'A summary.', contacts: [] },
    status: 'new', priority: 'normal', deadline: null, followUpAt: null, tags: [], notes: '',
    schemaVersion: 1, id: `b-${i}`, createdAt: at, updatedAt: at, deletedAt: null, history: [], requests: [], revisions: [],
  };
}

const ext = await launchWithExtension();
try {
  const page = await ext.ctx.newPage();
  await page.goto(ext.extensionUrl('log.html'));
  const send = (message: unknown) => page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> } } }).chrome.runtime.sendMessage(m), message);
  for (let first = 0; first < N; first += BATCH) {
    const ids = Array.from({ length: Math.min(BATCH, N - first) }, (_, k) => first + k);
    const text = JSON.stringify({ format: 'pressclip-log', version: 2, exportedAt: new Date().toISOString(), entries: ids.map(entry), bodies: ids.map((i) => ({ id: `b-${i}`, ...body(i), truncated: false })) });
    const reply = await send({ type: 'log:import-apply', payload: { text } });
    if (!reply.ok) throw new Error(reply.error);
  }
  for (const terms of [['zebracorn500'], ['rail', 'interchange'], ['nothingmatches']]) {
    const times: number[] = [];
    let hits = 0;
    for (let run = 0; run < 5; run += 1) {
      const started = Date.now();
      const reply = await send({ type: 'log:search-bodies', payload: { terms } });
      times.push(Date.now() - started);
      hits = ((reply.data as { ids: string[] } | undefined)?.ids ?? []).length;
    }
    console.log(`${N} entries with bodies, terms ${JSON.stringify(terms)}: ${hits} hits, median ${ms(median(times))} (of 5; one message round trip each)`);
  }
} finally {
  await ext.close();
}
