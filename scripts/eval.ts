import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExtractPool } from './lib/extract-pool';
import { calibration, formatCalibration } from './lib/calibration';
import { emptyScore, f1, FIELDS, scoreItem, type Counts, type Label, type SplitScore } from './lib/eval-score';

// npm run --silent eval -- DIR [--verbose] [--show-check]
// Reads DIR/labels.json (format: the corpus README), extracts every file with a NEUTRAL url
// (https://example.test/doc-<n>, never the page's real URL) and prints the scores of the tune split, the check
// split and all items side by side. Per-page misses are printed for tune only: check is our own unseen set, to be
// read in aggregate (--show-check lists its misses too, for a last look, never to tune on).

const SPLITS = ['tune', 'check', 'all'] as const;
type Split = (typeof SPLITS)[number];

function fmtF1(c: Counts, withPr = true): string {
  const { p, r, f } = f1(c);
  return withPr ? `${f.toFixed(3)} (${p.toFixed(2)}/${r.toFixed(2)})` : f.toFixed(3);
}

function fmtAcc(slot: { ok: number; total: number }): string {
  return slot.total ? `${(slot.ok / slot.total).toFixed(3)} (${slot.ok}/${slot.total})` : '–';
}

function table(scores: Record<Split, SplitScore>, clipped: Record<Split, SplitScore>): string[] {
  const rows: [string, (s: SplitScore) => string][] = [
    ['detection F1 (P/R)', (s) => fmtF1(s.detection)],
    ['  naive baseline', (s) => fmtF1(s.baseline)],
    ['contacts.emails F1 (P/R)', (s) => fmtF1(s.emails)],
    ['contacts.phones F1 (P/R)', (s) => fmtF1(s.phones)],
    ['contacts.names F1 (P/R)', (s) => fmtF1(s.names)],
    ['contacts.roles (of found)', (s) => fmtAcc(s.roles)],
    // Of the misses, how many gave no role at all (a title not recognised) rather than a different one.
    ['  of which no role', (s) => (s.roles.total ? String(s.roles.none) : '–')],
    ...(['emails', 'phones', 'names'] as const).map((k): [string, (s: SplitScore) => string] => [
      `  ${k} F1 when clipped`,
      (s) => fmtF1(clipped[SPLITS.find((x) => scores[x] === s) ?? 'all'][k]),
    ]),
    ...FIELDS.map((k): [string, (s: SplitScore) => string] => [k, (s) => fmtAcc(s.fields[k])]),
    ['Brier score', (s) => calibration(s.scored).brier.toFixed(3)],
  ];
  const head = `${'field'.padEnd(27)}${SPLITS.map((k) => `${k} (${scores[k].items})`.padEnd(24)).join('')}`;
  return [head, ...rows.map(([name, cell]) => `${name.padEnd(27)}${SPLITS.map((k) => cell(scores[k]).padEnd(24)).join('')}`)];
}

function details(name: Split, s: SplitScore, verbose: boolean): string[] {
  const out = [
    `${name}: false positives: ${s.falsePositives.join(', ') || 'none'}`,
    `${name}: false negatives: ${s.falseNegatives.join(', ') || 'none'}`,
    `${name}: detection score by band (a higher score should mean a release more often):`,
    ...formatCalibration(calibration(s.scored)),
  ];
  if (verbose && s.mismatches.length) out.push(`${name}: mismatches:`, ...s.mismatches.map((m) => `  ${m}`));
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const verbose = args.includes('--verbose');
  const showCheck = args.includes('--show-check');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: npm run --silent eval -- DIR [--verbose] [--show-check]\n');
    process.exitCode = 2;
    return;
  }
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as Label[];
  const scores: Record<Split, SplitScore> = { tune: emptyScore(), check: emptyScore(), all: emptyScore() };
  // The same pages read as a journalist's clip (contacts whatever the verdict): the contact reader on its own.
  const clipped: Record<Split, SplitScore> = { tune: emptyScore(), check: emptyScore(), all: emptyScore() };
  const errors: string[] = [];

  // The CLI's isolation (size cap, worker with a capped heap, timeout): a bad page is one error, not the end of the run.
  const pool = new ExtractPool();
  for (const [n, label] of labels.entries()) {
    const reply = await pool.extractFile(join(dir, label.file), `https://example.test/doc-${n}`, { alsoClipped: true });
    if (!reply.ok || !reply.clipped) {
      errors.push(`${label.id}: ${reply.ok ? 'no clipped record' : reply.error}`);
      continue;
    }
    const { record: rec, clipped: clip, text = '' } = reply;
    // An item without a split (an older corpus) counts in "all" only.
    if (label.split === 'tune' || label.split === 'check') {
      scoreItem(scores[label.split], label, rec, text);
      scoreItem(clipped[label.split], label, clip, text);
    }
    scoreItem(scores.all, label, rec, text);
    scoreItem(clipped.all, label, clip, text);
  }

  await pool.close();
  const out: string[] = [];
  out.push(`PressClip eval — ${labels.length} files in ${dir} (neutral URLs; ${errors.length} errors)`);
  out.push(...table(scores, clipped));
  out.push('field match: releaseDate exact; headline/issuer/datelinePlace/embargo/role text lenient = after normalising case,');
  out.push('  whitespace, quotes, dashes and trailing punctuation: equal, or one contains the other with length ratio >= 0.6,');
  out.push('  or token-set overlap (Jaccard) >= 0.8. Fields are scored over labelled positives with a non-null gold value;');
  out.push('  embargo over all labelled positives (gold null must be predicted null). Contacts: micro over sets; phones');
  out.push("  as E.164 via libphonenumber-js with the page language's region; names case/space/diacritics-insensitive.");
  out.push('  Naive baseline: a page is a release when its text says "press release" in one of the cue languages.');
  out.push('  "When clipped": every page read as the journalist\'s clip (contacts read whatever the verdict), non-releases included.');
  out.push('', ...details('tune', scores.tune, verbose));
  if (showCheck) out.push('', ...details('check', scores.check, verbose));
  if (errors.length) out.push(`errors: ${errors.join(' | ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

void main();
