import { checkExportHeader } from '../../utils/sync/export-header';
import { mergeLogs } from '../../utils/sync/merge-log';
import { readEntries } from '../../utils/sync/read-entries';
import { scanJson } from '../../utils/sync/read-json';
import { exportDocument } from './log-entries';

// Where the background's reading of an import goes, in Node without a browser, stage by stage as
// readExportEntries runs them on the file's bytes (what the background fetches from the page's blob: URL):
// UTF-8 decoding, the depth/count scan, JSON.parse, migration + zod, then the merge against an empty log and
// against the same log (a re-import). IndexedDB is not here: `npm run bench` times the whole import in Chromium.
// `npx tsx scripts/bench/log-import-stages.ts [entries]`

const n = Number(process.argv[2] ?? 100_000);
const bytes = new TextEncoder().encode(exportDocument(0, n));
console.log(`${n} entries, ${(bytes.byteLength / 1e6).toFixed(0)} MB, ${Math.round(bytes.byteLength / n)} bytes per entry`);
let t = performance.now();
const lap = (label: string) => {
  console.log(`${label}: ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
};
const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
lap('UTF-8 decode');
const shape = scanJson(text, 32);
lap(`depth/count scan (depth ${shape.depth}, ${shape.topArrayItems} entries)`);
const doc: unknown = JSON.parse(text);
lap('JSON.parse');
const header = checkExportHeader(doc);
if (!header.ok) throw new Error(header.reason);
const read = readEntries(header.document, header.version, header.document.entries as unknown[], 0, new Map());
lap('migrate + validate (zod)');
if (!read) throw new Error('no migration');
const fresh = mergeLogs([], read.entries);
lap(`merge into an empty log (${fresh.changed.length} to write)`);
const again = mergeLogs(read.entries, read.entries);
lap(`merge into the same log (${again.changed.length} to write)`);
