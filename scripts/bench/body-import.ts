import type { Page } from 'playwright-core';
import { benchBody } from './body-text';

// The JSON import of a log with release texts, as the background runs it (log:import-apply with the file's text,
// in batches): N entries with bodies of the corpus median's size (scripts/bench/body-text.ts), into the log of the
// page's extension. Shared by scripts/bench/body-search.ts and scripts/bench/body-import-builds.ts.

export const IMPORT_BATCH = 2000;

export function benchEntry(i: number) {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    record: { isPressRelease: true, confidence: 0.9, signals: [], url: `https://wire.example/r/${i}`, canonicalUrl: null, language: 'en', headline: `Release ${i}`, issuer: 'Acme', releaseDate: '2026-01-01', datelinePlace: null, embargo: null, summary: 'A summary.', contacts: [] },
    status: 'new', priority: 'normal', deadline: null, followUpAt: null, tags: [], notes: '',
    schemaVersion: 1, id: `b-${i}`, createdAt: at, updatedAt: at, deletedAt: null, history: [], requests: [], revisions: [],
  };
}

// Imports entries [0, n) with their bodies; answers the wall time of the import messages alone (building the
// files is not timed) and the texts' mean length.
export async function importWithBodies(page: Page, n: number, batch = IMPORT_BATCH): Promise<{ importMs: number; meanTextChars: number }> {
  let importMs = 0;
  let textChars = 0;
  for (let first = 0; first < n; first += batch) {
    const ids = Array.from({ length: Math.min(batch, n - first) }, (_, k) => first + k);
    const bodies = ids.map((i) => ({ id: `b-${i}`, ...benchBody(i), truncated: false }));
    for (const b of bodies) textChars += b.text.length;
    const text = JSON.stringify({ format: 'pressclip-log', version: 2, exportedAt: new Date().toISOString(), entries: ids.map(benchEntry), bodies });
    const started = Date.now();
    const reply = await page.evaluate(
      (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage(m),
      { type: 'log:import-apply', payload: { text } },
    );
    importMs += Date.now() - started;
    if (!reply.ok) throw new Error(reply.error);
  }
  return { importMs, meanTextChars: Math.round(textChars / n) };
}
