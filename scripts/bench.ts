import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { detect } from '../utils/extract/detect';
import { extract } from '../utils/extract/extract';
import { documentFromText } from './lib/load-document';
import { parseHtml } from './lib/parse-html';

// npm run bench [-- DIR]  (default /work/shared/corpus)
// Prints figures, no pass/fail (issue 3 "Cost"). Node-side numbers with happy-dom as the DOM: a browser's DOM is
// faster (native selectors), so treat these as relative costs. Parsing is excluded from every timing; extract() and
// detect() never mutate, so they reuse one parse per page (best of RUNS, so happy-dom's warm-up is not counted).

const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? 0;
}

function time(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

// A non-release page of roughly `bytes`: nav, many article teasers, tables, a footer.
function generatedPage(bytes: number): string {
  const teaser =
    '<div class="teaser"><h3><a href="/a">Local team wins the cup again</a></h3><p>By Staff · 12 March 2025</p>' +
    '<p>The home side scored twice in the second half and the crowd stayed long after the final whistle to celebrate with the players on the pitch.</p>' +
    '<table><tr><td>Goals</td><td>2</td></tr><tr><td>Shots</td><td>14</td></tr></table></div>\n';
  const parts = ['<!doctype html><html lang="en"><head><title>Sports portal</title></head><body><nav>Home News Sports</nav><main>'];
  let size = parts[0]?.length ?? 0;
  while (size < bytes) {
    parts.push(teaser);
    size += teaser.length;
  }
  parts.push('</main><footer>© Sports portal</footer></body></html>');
  return parts.join('');
}

// The pathological release: 100,000 links in a (non-<nav>) menu, `depth` nested elements (built with DOM calls:
// parsers cap nesting), ~5 MB of text, the contact block at the very end. happy-dom's querySelector recurses per
// level and overflows the stack below 5,000 levels, so Node uses 1,000; the Chromium bench
// (scripts/bench/run.ts) builds the 50,000-deep chain.
const NODE_DEPTH = 1_000;

function pathologicalPage(depth: number): Document {
  const links = Array.from({ length: 100_000 }, (_, i) => `<a href="/item/${i}">Item ${i}</a>`).join(' ');
  const paragraph = `<p>${'The facility processes recycled aluminium for the regional building industry. '.repeat(12)}</p>`;
  const doc = parseHtml(
    '<!doctype html><html lang="en"><head><title>Pathological release</title></head><body>' +
      '<h1>Pathological release</h1><p>OSLO, Norway, March 5, 2026 /PRNewswire/ -- Fjordlight AS today announced a page.</p>' +
      `<div class="menu">${links}</div><div id="deep"></div>${paragraph.repeat(4500)}` +
      '<h2>Media Contact</h2><p>Kari Nordmann<br>press@fjordlight.example<br>+47 22 00 00 00</p></body></html>',
  );
  let node = doc.getElementById('deep') as Element;
  for (let i = 0; i < depth; i++) {
    const child = doc.createElement(i % 2 ? 'span' : 'div');
    if (i % 1000 === 0) child.textContent = `level ${i} `;
    node.appendChild(child);
    node = child;
  }
  return doc;
}

async function main(): Promise<void> {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/work/shared/corpus';
  const pagesDir = join(dir, 'pages');
  const files = (await readdir(pagesDir)).filter((f) => f.endsWith('.html')).sort();
  const extractMs: number[] = [];
  const readabilityMs: number[] = [];
  const ratios: number[] = [];
  const detectMs: number[] = [];
  for (const f of files) {
    const html = await readFile(join(pagesDir, f), 'utf8');
    const doc = documentFromText(html, f);
    const e = time(() => void extract(doc, `https://example.test/${f}`));
    // Readability changes the document it parses: each run gets its own copy, parsed before the clock starts.
    const copies = Array.from({ length: RUNS }, () => parseHtml(html));
    const rNet = time(() => void new Readability(copies.pop() ?? parseHtml(html)).parse());
    const d = time(() => void detect(doc, `https://example.test/${f}`));
    extractMs.push(e);
    readabilityMs.push(rNet);
    ratios.push(e / rNet);
    detectMs.push(d);
  }
  const big: string[] = [];
  for (const mb of [1, 5]) {
    const html = generatedPage(mb * 1024 * 1024);
    const doc = parseHtml(html);
    const d = time(() => void detect(doc, 'https://example.test/big'));
    const e = time(() => void extract(doc, 'https://example.test/big'));
    detectMs.push(d);
    big.push(`generated ${mb} MB non-release page: detect ${d.toFixed(1)} ms, extract ${e.toFixed(1)} ms (budget 1500 ms)`);
  }
  const patho = pathologicalPage(NODE_DEPTH);
  const label = `pathological page (100,000 links, ${NODE_DEPTH.toLocaleString('en')} nested, ~5 MB), first call`;
  try {
    let t = performance.now();
    detect(patho, 'https://example.test/pathological');
    const pathoDetect = performance.now() - t;
    t = performance.now();
    const pathoRecord = extract(patho, 'https://example.test/pathological', { budgetMs: 1500 });
    const pathoExtract = performance.now() - t;
    const stopped = pathoRecord.signals.some((sig) => /partial record/.test(sig));
    big.push(
      `${label}: detect ${pathoDetect.toFixed(1)} ms, extract ${pathoExtract.toFixed(1)} ms ` +
        `(budget 1500 ms${stopped ? ', stopped early: partial record' : ''}, ${pathoRecord.contacts.length} contacts)`,
    );
  } catch (err) {
    big.push(`${label}: failed in this DOM: ${err instanceof Error ? err.message : String(err)}`);
  }
  const fmt = (xs: number[]) => `median ${median(xs).toFixed(2)} ms, p95 ${p95(xs).toFixed(2)} ms`;
  const out = [
    `PressClip bench — ${files.length} corpus pages from ${pagesDir}, best of ${RUNS} runs, Node ${process.version}, happy-dom DOM, parse time excluded`,
    `extract() per page:             ${fmt(extractMs)}`,
    `Readability.parse() per page:   ${fmt(readabilityMs)}`,
    `extract / Readability ratio:    median ${median(ratios).toFixed(2)} (p95 ${p95(ratios).toFixed(2)})`,
    `detect() per page (incl. generated): ${fmt(detectMs)}`,
    ...big,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

void main();
