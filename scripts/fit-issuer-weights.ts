import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textBlocks } from '../utils/extract/block-text';
import { detectWithEvidence, PAGE_SKIP } from '../utils/extract/detect';
import { extract } from '../utils/extract/extract';
import type { Source } from '../utils/extract/issuer/candidate';
import { displayName, rankIssuers } from '../utils/extract/issuer/issuer';
import { agreement } from '../utils/extract/issuer/score';
import { SOURCE_WEIGHTS, type Evidence } from '../utils/extract/issuer/weights';
import { documentFromText } from './lib/load-document';
import type { Label } from './lib/eval-score';
import { leniently } from './lib/match';

// npm run --silent fit-issuer -- DIR [--write] [--verbose] [--lambda L]
// Fits the issuer scorer's per-evidence weights on the TUNE split of DIR/labels.json, two ways:
//  - precision: a source's weight is how often the name it proposes is the labelled issuer (Laplace-smoothed); a
//    supporting evidence's (e-mail domain, host, mention in the release) the precision of the groups it supports;
//  - ranking: the weights that make the labelled issuer's group most probable among the page's groups (softmax of
//    the scorer's own agreement score, temperature TEMPERATURE), with an L2 pull of strength L (default 1) towards
//    the hand-set table, by gradient ascent. The scorer's blocks and penalties stay as they are.
// Prints the issuer score on tune and on check (check in aggregate only: it is our unseen set) for the table in
// weights.ts and both fits. --write puts the ranking fit into utils/extract/issuer/weights.ts; --verbose lists tune
// pages' candidate groups.

const EVIDENCE = Object.keys(SOURCE_WEIGHTS) as Evidence[];
const WEIGHTS_FILE = fileURLToPath(new URL('../utils/extract/issuer/weights.ts', import.meta.url));

interface Page {
  id: string;
  split: 'tune' | 'check';
  gold: string;
  rank: (weights?: Readonly<Record<Evidence, number>>) => { best: string | null; groups: ReturnType<typeof rankIssuers>['groups'] };
}

async function loadPages(dir: string): Promise<Page[]> {
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as Label[];
  const pages: Page[] = [];
  for (const [n, label] of labels.entries()) {
    if (!label.is_press_release || !label.issuer || (label.split !== 'tune' && label.split !== 'check')) continue;
    const url = `https://example.test/doc-${n}`;
    const doc = documentFromText(await readFile(join(dir, label.file), 'utf8'), label.file);
    // The same inputs extract() gives the issuer: its headline, the page's lines, dateline and JSON-LD.
    const { headline } = extract(doc, url);
    const body = doc.body ?? doc.documentElement;
    const blocks = body ? textBlocks(body, { maxChars: 300_000, skipSelector: PAGE_SKIP }) : [];
    const { dateline, jsonLd } = detectWithEvidence(doc, url, blocks);
    const lines = blocks.map((b) => b.text);
    pages.push({
      id: label.id,
      split: label.split,
      gold: label.issuer,
      rank: (weights) => {
        const { groups, defined } = rankIssuers(doc, url, lines, dateline, jsonLd, headline, weights);
        return { best: groups[0] ? displayName(groups[0], defined, doc) : null, groups };
      },
    });
  }
  return pages;
}

function fitPrecision(pages: readonly Page[]): Record<Evidence, number> {
  const hits = new Map<Evidence, number>();
  const seen = new Map<Evidence, number>();
  for (const page of pages) {
    const { groups } = page.rank();
    for (const e of EVIDENCE) {
      const carrying = groups.filter((g) => g.evidence.includes(e));
      if (!carrying.length) continue;
      // A source counts once per page: right when any name it proposed is the issuer. Supporting evidence counts
      // per group it supports.
      const isSource = carrying.some((g) => g.sources.includes(e as Source));
      const right = carrying.filter((g) => g.names.some((name) => leniently(page.gold, name)));
      seen.set(e, (seen.get(e) ?? 0) + (isSource ? 1 : carrying.length));
      hits.set(e, (hits.get(e) ?? 0) + (isSource ? (right.length ? 1 : 0) : right.length));
    }
  }
  return Object.fromEntries(
    EVIDENCE.map((e) => [e, Number((((hits.get(e) ?? 0) + 1) / ((seen.get(e) ?? 0) + 2)).toFixed(2))]),
  ) as Record<Evidence, number>;
}

const TEMPERATURE = 0.25;

// The conditional log-likelihood of the labelled issuer's group(s), minus the pull towards the prior.
function objective(data: readonly { evidence: Evidence[]; factor: number; right: boolean }[][], w: Record<Evidence, number>, prior: Readonly<Record<Evidence, number>>, lambda: number): number {
  let total = 0;
  for (const groups of data) {
    const s = groups.map((g) => (agreement(g.evidence, w) * g.factor) / TEMPERATURE);
    const max = Math.max(...s);
    const all = Math.log(s.reduce((sum, x) => sum + Math.exp(x - max), 0)) + max;
    const right = Math.log(s.reduce((sum, x, i) => sum + (groups[i]?.right ? Math.exp(x - max) : 0), 0)) + max;
    total += right - all;
  }
  return total - lambda * EVIDENCE.reduce((sum, e) => sum + (w[e] - prior[e]) ** 2, 0);
}

function fitRanking(pages: readonly Page[], prior: Readonly<Record<Evidence, number>>, lambda: number): Record<Evidence, number> {
  // Only pages with a right group among several say anything about the weights.
  const data = pages
    .map((p) => p.rank(prior).groups.map((g) => ({ evidence: g.evidence, factor: g.factor, right: g.names.some((n) => leniently(p.gold, n)) })))
    .filter((groups) => groups.length > 1 && groups.some((g) => g.right));
  const w = { ...prior };
  const eps = 1e-3;
  for (let step = 0; step < 300; step++) {
    const base = objective(data, w, prior, lambda);
    const grad = EVIDENCE.map((e) => {
      const moved = { ...w, [e]: w[e] + eps };
      return (objective(data, moved, prior, lambda) - base) / eps;
    });
    EVIDENCE.forEach((e, i) => {
      w[e] = Math.min(2, Math.max(0.05, w[e] + 0.01 * (grad[i] ?? 0)));
    });
  }
  return Object.fromEntries(EVIDENCE.map((e) => [e, Number(w[e].toFixed(2))])) as Record<Evidence, number>;
}

function accuracy(pages: readonly Page[], weights: Readonly<Record<Evidence, number>>): string {
  const ok = pages.filter((p) => {
    const best = p.rank(weights).best;
    return best !== null && leniently(p.gold, best);
  }).length;
  return `${(ok / pages.length).toFixed(3)} (${ok}/${pages.length})`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: npm run --silent fit-issuer -- DIR [--write] [--verbose]\n');
    process.exitCode = 2;
    return;
  }
  const pages = await loadPages(dir);
  const tune = pages.filter((p) => p.split === 'tune');
  const check = pages.filter((p) => p.split === 'check');
  const lambdaArg = args[args.indexOf('--lambda') + 1];
  const lambda = args.includes('--lambda') && lambdaArg ? Number(lambdaArg) : 1;
  const precision = fitPrecision(tune);
  const ranking = fitRanking(tune, SOURCE_WEIGHTS, lambda);
  const out = [`evidence            weights.ts  precision fit  ranking fit (lambda ${lambda})`];
  for (const e of EVIDENCE) out.push(`  ${e.padEnd(18)}${SOURCE_WEIGHTS[e].toFixed(2).padEnd(12)}${precision[e].toFixed(2).padEnd(15)}${ranking[e].toFixed(2)}`);
  out.push(`issuer with the weights in weights.ts: tune ${accuracy(tune, SOURCE_WEIGHTS)}  check ${accuracy(check, SOURCE_WEIGHTS)}`);
  out.push(`issuer with the precision fit:         tune ${accuracy(tune, precision)}  check ${accuracy(check, precision)}`);
  out.push(`issuer with the ranking fit:           tune ${accuracy(tune, ranking)}  check ${accuracy(check, ranking)}`);
  const weights = ranking;
  if (args.includes('--verbose')) {
    for (const p of tune) {
      const { best, groups } = p.rank();
      out.push(`${leniently(p.gold, best ?? '') ? 'ok  ' : 'MISS'} ${p.id}: gold ${JSON.stringify(p.gold)} got ${JSON.stringify(best)}`);
      for (const g of groups.slice(0, 5)) out.push(`       ${g.score.toFixed(2)} ${JSON.stringify(g.names)} [${g.evidence.join(', ')}]${g.penalty ? ` (${g.penalty})` : ''}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (args.includes('--write')) {
    const body = EVIDENCE.map((e) => `  ${e.includes('-') ? `'${e}'` : e}: ${weights[e]},`).join('\n');
    const file = await readFile(WEIGHTS_FILE, 'utf8');
    await writeFile(WEIGHTS_FILE, file.replace(/(SOURCE_WEIGHTS: Readonly<Record<Evidence, number>> = \{\n)[\s\S]*?(\n\};)/, `$1${body}$2`));
    process.stdout.write(`wrote ${WEIGHTS_FILE}\n`);
  }
}

void main();
