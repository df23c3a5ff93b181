import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extract } from '../utils/extract/extract';
import { PressReleaseSchema, type PressRelease } from '../utils/schema/record';
import { documentFromText } from './lib/load-document';
import { extractPath, isBinaryInput } from './lib/load-input';
import { leniently, nameKey, phoneKey } from './lib/match';
import { calibration, formatCalibration, type Scored } from './lib/calibration';

// npm run --silent eval -- DIR [--verbose]
// Reads DIR/labels.json (format: the corpus README), extracts every file with a NEUTRAL url
// (https://example.test/doc-<n>, never the page's real URL) and prints detection, contact and field scores.

interface GoldContact {
  name: string | null;
  emails: string[];
  phones: string[];
}
interface Label {
  id: string;
  file: string;
  language: string | null;
  is_press_release: boolean;
  headline: string | null;
  issuer: string | null;
  release_date: string | null;
  dateline_place: string | null;
  embargo: string | null;
  contacts: GoldContact[];
  page_kind?: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const prf = (c: Counts) => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

function countSets(gold: string[], pred: string[], into: Counts): { missing: string[]; extra: string[] } {
  const g = new Set(gold.filter(Boolean));
  const p = new Set(pred.filter(Boolean));
  const missing: string[] = [];
  const extra: string[] = [];
  for (const x of p) {
    if (g.has(x)) into.tp += 1;
    else {
      into.fp += 1;
      extra.push(x);
    }
  }
  for (const x of g) {
    if (p.has(x)) continue;
    into.fn += 1;
    missing.push(x);
  }
  return { missing, extra };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const verbose = args.includes('--verbose');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: npm run --silent eval -- DIR [--verbose]\n');
    return;
  }
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as Label[];
  const det: Counts = { tp: 0, fp: 0, fn: 0 };
  const fps: string[] = [];
  const fns: string[] = [];
  const emails: Counts = { tp: 0, fp: 0, fn: 0 };
  const phones: Counts = { tp: 0, fp: 0, fn: 0 };
  const names: Counts = { tp: 0, fp: 0, fn: 0 };
  const fields = { headline: [0, 0], issuer: [0, 0], releaseDate: [0, 0], datelinePlace: [0, 0], embargo: [0, 0] };
  const mismatches: string[] = [];
  const scored: Scored[] = [];
  const errors: string[] = [];

  for (const [n, label] of labels.entries()) {
    let rec: PressRelease;
    try {
      const url = `https://example.test/doc-${n}`;
      rec = isBinaryInput(label.file)
        ? PressReleaseSchema.parse(await extractPath(join(dir, label.file), url))
        : PressReleaseSchema.parse(extract(documentFromText(await readFile(join(dir, label.file), 'utf8'), label.file), url));
    } catch (err) {
      errors.push(`${label.id}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const gold = label.is_press_release;
    scored.push({ score: rec.confidence, isRelease: gold });
    if (gold && rec.isPressRelease) det.tp++;
    else if (!gold && rec.isPressRelease) {
      det.fp++;
      fps.push(`${label.id} (${label.page_kind ?? '?'}, ${rec.confidence})`);
    } else if (gold && !rec.isPressRelease) {
      det.fn++;
      fns.push(`${label.id} (${rec.confidence})`);
    }

    const region = label.language;
    const e = countSets(
      label.contacts.flatMap((c) => c.emails.map((x) => x.toLowerCase())),
      rec.contacts.flatMap((c) => c.emails.map((x) => x.toLowerCase())),
      emails,
    );
    const ph = countSets(
      label.contacts.flatMap((c) => c.phones.map((x) => phoneKey(x, region))),
      rec.contacts.flatMap((c) => c.phones.map((x) => phoneKey(x, region))),
      phones,
    );
    const nm = countSets(
      label.contacts.map((c) => (c.name ? nameKey(c.name) : '')),
      rec.contacts.map((c) => (c.name ? nameKey(c.name) : '')),
      names,
    );
    if (verbose) {
      for (const [kind, d] of [['email', e], ['phone', ph], ['name', nm]] as const) {
        if (d.missing.length || d.extra.length) mismatches.push(`${label.id} contacts.${kind}: missing ${JSON.stringify(d.missing)} extra ${JSON.stringify(d.extra)}`);
      }
    }

    if (!gold) continue;
    const check = (key: keyof typeof fields, g: string | null, p: string | null, exact: boolean) => {
      if (g === null && key !== 'embargo') return;
      const slot = fields[key];
      slot[1] = (slot[1] ?? 0) + 1;
      const ok = g === null ? p === null : p !== null && (exact ? g === p : leniently(g, p));
      if (ok) slot[0] = (slot[0] ?? 0) + 1;
      else if (verbose) mismatches.push(`${label.id} ${key}: gold ${JSON.stringify(g)} got ${JSON.stringify(p)}`);
    };
    check('headline', label.headline, rec.headline, false);
    check('issuer', label.issuer, rec.issuer, false);
    check('releaseDate', label.release_date, rec.releaseDate, true);
    check('datelinePlace', label.dateline_place, rec.datelinePlace, false);
    check('embargo', label.embargo, rec.embargo?.text ?? null, false);
  }

  const out: string[] = [];
  out.push(`PressClip eval — ${labels.length} files in ${dir} (neutral URLs; ${errors.length} errors)`);
  out.push(`detection          ${prf(det)}`);
  out.push(`  false positives: ${fps.join(', ') || 'none'}`);
  out.push(`  false negatives: ${fns.join(', ') || 'none'}`);
  out.push('detection score by band (a higher score should mean a release more often):', ...formatCalibration(calibration(scored)));
  out.push(`contacts.emails    ${prf(emails)}   (micro, case-insensitive)`);
  out.push(`contacts.phones    ${prf(phones)}   (micro, E.164 via libphonenumber-js with the page language's region, else digits)`);
  out.push(`contacts.names     ${prf(names)}   (micro, case/whitespace/diacritics-insensitive)`);
  for (const [k, [ok, total]] of Object.entries(fields)) {
    const acc = total ? (ok ?? 0) / total : 1;
    out.push(`${k.padEnd(18)} accuracy ${acc.toFixed(3)}  (${ok}/${total})`);
  }
  out.push('field match: releaseDate exact; headline/issuer/datelinePlace/embargo text lenient = after normalising case,');
  out.push('  whitespace, quotes, dashes and trailing punctuation: equal, or one contains the other with length ratio >= 0.6,');
  out.push('  or token-set overlap (Jaccard) >= 0.8. Fields are scored over labelled positives with a non-null gold value;');
  out.push('  embargo over all labelled positives (gold null must be predicted null).');
  if (errors.length) out.push(`errors: ${errors.join(' | ')}`);
  if (verbose && mismatches.length) out.push('', 'mismatches:', ...mismatches.map((m) => `  ${m}`));
  process.stdout.write(`${out.join('\n')}\n`);
}

void main();
