import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textBlocks } from '../utils/extract/block-text';
import { detectWithEvidence, PAGE_SKIP } from '../utils/extract/detect';
import { extract } from '../utils/extract/extract';
import type { Source } from '../utils/extract/issuer/candidates';
import { displayName, rankIssuers } from '../utils/extract/issuer/issuer';
import { SOURCE_WEIGHTS, type Evidence } from '../utils/extract/issuer/weights';
import { documentFromText } from './lib/load-document';
import type { Label } from './lib/eval-score';
import { leniently } from './lib/match';

// npm run --silent fit-issuer -- DIR [--write] [--verbose]
// Fits the issuer scorer's per-evidence weights on the TUNE split of DIR/labels.json: a source's weight is its
// precision there (how often the name it proposes is the labelled issuer, Laplace-smoothed), a supporting
// evidence's (e-mail domain, host, mention in the release) the precision of the groups it supports. Then scores the
// issuer with the fitted weights on tune and on check (check in aggregate only: it is our unseen set).
// --write rewrites utils/extract/issuer/weights.ts; --verbose lists tune pages' candidate groups.

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

function fit(pages: readonly Page[]): Record<Evidence, number> {
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
  const weights = fit(tune);
  const out = ['evidence            weight (precision on tune, smoothed)'];
  for (const e of EVIDENCE) out.push(`  ${e.padEnd(18)}${weights[e].toFixed(2)}`);
  out.push(`issuer with the weights in weights.ts: tune ${accuracy(tune, SOURCE_WEIGHTS)}  check ${accuracy(check, SOURCE_WEIGHTS)}`);
  out.push(`issuer with the fitted weights:        tune ${accuracy(tune, weights)}  check ${accuracy(check, weights)}`);
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
