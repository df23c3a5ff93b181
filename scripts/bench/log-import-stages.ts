import { readExportEntries } from '../../utils/sync/import-preview';
import { mergeLogs } from '../../utils/sync/merge-log';
import { exportDocument } from './log-entries';

// Where an import's time goes, in Node without a browser: parsing, zod validation, and the merge against an
// empty log and against the same log (a re-import). `npx tsx scripts/bench/log-import-stages.ts [entries]`

const n = Number(process.argv[2] ?? 100_000);
const text = exportDocument(0, n);
console.log(`${n} entries, ${(text.length / 1e6).toFixed(0)} MB, ${Math.round(text.length / n)} bytes per entry`);
let t = performance.now();
const lap = (label: string) => {
  console.log(`${label}: ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
};
JSON.parse(text);
lap('JSON.parse alone');
const read = readExportEntries(text);
lap('read + validate (limits, parse, migrate, zod)');
if (!read.ok) throw new Error(read.reason);
const fresh = mergeLogs([], read.entries);
lap(`merge into an empty log (${fresh.changed.length} to write)`);
const again = mergeLogs(read.entries, read.entries);
lap(`merge into the same log (${again.changed.length} to write)`);
