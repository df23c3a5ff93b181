import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusPages, CORPUS_DIR } from './pages';
import { bundle } from './bundle';
import { onCorpusPages } from './corpus-in-chromium';
import { median, ms, p95, table } from './stats';

// Which content extractor should keep the release text (issue 21): @mozilla/readability, which the clip uses, or
// Defuddle (the Obsidian Web Clipper's extractor), on the corpus's HTML pages in headless Chromium with the pages'
// scripts off. Per page, the median of RUNS runs of extract() (the record), clipBody() (what a clip adds for the
// text: clone + Readability + DOMPurify + cap + text), Readability alone (on a clone, as the clip runs it) and
// Defuddle (it clones the page itself). Then, on the pages labelled as releases, how much of
// the release each kept, against the gold labels: the headline (in the text, or in the text or the title it
// returns), the media contacts' e-mails, phones (as digits) and names, since a contact block is what a journalist
// comes back for and both extractors may cut it as page furniture; and each text's length, the two side by side
// (the corpus has no gold body, so a longer text is more kept, release or furniture: read it with the contacts).
// Run: npx tsx scripts/bench/body-extractors.ts [corpus-dir]   (the directory holding pages/ and labels.json);
// `npm run bench` prints it as section 2d.

const RUNS = 3;

interface Label {
  file: string;
  format: string;
  is_press_release: boolean;
  headline: string | null;
  contacts: Array<{ name: string | null; emails: string[]; phones: string[] }>;
}

interface Kept {
  ms: number;
  text: string;
  title: string;
  error: string | null;
}

interface Row {
  name: string;
  extractMs: number;
  clipMs: number;
  readability: Kept;
  defuddle: Kept;
}

// Case, accents' composed forms, quotes and dashes and whitespace folded, so a headline printed with curly quotes
// or a line break matches the label.
function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
const digits = (s: string) => s.replace(/\D/g, '');

interface Score {
  headlineInText: boolean;
  headlineInTextOrTitle: boolean;
  emails: [found: number, of: number];
  phones: [found: number, of: number];
  names: [found: number, of: number];
  chars: number;
}

function score(kept: Kept, label: Label): Score {
  const text = fold(kept.text);
  const title = fold(kept.title);
  const headline = label.headline ? fold(label.headline) : null;
  const count = (xs: string[], has: (x: string) => boolean): [number, number] => [xs.filter(has).length, xs.length];
  const textDigits = digits(kept.text);
  return {
    headlineInText: headline !== null && text.includes(headline),
    headlineInTextOrTitle: headline !== null && (text.includes(headline) || title.includes(headline)),
    emails: count(label.contacts.flatMap((c) => c.emails), (e) => text.includes(e.toLowerCase())),
    phones: count(label.contacts.flatMap((c) => c.phones).map(digits).filter((d) => d.length >= 6), (d) => textDigits.includes(d)),
    names: count(label.contacts.flatMap((c) => (c.name ? [c.name] : [])), (n) => text.includes(fold(n))),
    chars: kept.text.length,
  };
}

export async function bodyExtractorsReport(dir = join(CORPUS_DIR, '..')): Promise<string> {
  const files = await corpusPages(join(dir, 'pages'));
  if (!files) throw new Error(`No corpus pages in ${dir}/pages.`);
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as Label[];
  const byFile = new Map(labels.map((l) => [l.file.replace(/^pages\//, ''), l]));
  const source = await bundle(`import { extract } from './utils/extract/extract';
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import createPurify from 'dompurify';
import { clipBody } from './utils/body/clip-body';
// With the page's scripts off a Trusted Types policy's callback cannot run (as in release-text.ts).
Object.defineProperty(window, 'trustedTypes', { value: undefined, configurable: true });
globalThis.__pcBench = { ...globalThis.__pcBench, extract, Readability, Defuddle, clipBody, DOMPurify: createPurify(window) };`);
  const { rows, version } = await onCorpusPages(join(dir, 'pages'), files, source, async (page, name): Promise<Row> => {
    const row = await page.evaluate((n) => {
      interface Bench {
        extract(doc: Document, url: string): unknown;
        Readability: new (doc: Document) => { parse(): { textContent?: string | null; title?: string | null } | null };
        Defuddle: new (doc: Document, options?: object) => { parse(): { content: string; title: string } };
        clipBody(doc: Document, purify: unknown): unknown;
        DOMPurify: unknown;
      }
      const bench = (globalThis as unknown as { __pcBench: Bench }).__pcBench;
      const mid = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
      const describe = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message.slice(0, 80)}` : 'error');
      // Each run on its own: one extractor throwing leaves the other's figures.
      const timed = (run: () => { text: string; title: string }) => {
        const times: number[] = [];
        let kept = { text: '', title: '' };
        let error: string | null = null;
        for (let i = 0; i < n; i += 1) {
          try {
            const start = performance.now();
            kept = run();
            times.push(performance.now() - start);
          } catch (err) {
            error = describe(err);
          }
        }
        return { ms: mid(times), ...kept, error };
      };
      const e: number[] = [];
      for (let i = 0; i < n; i += 1) {
        const start = performance.now();
        try {
          bench.extract(document, location.href);
          e.push(performance.now() - start);
        } catch {
          // extract()'s own failures are the main bench's concern; here it is only the scale.
        }
      }
      const clip = timed(() => {
        bench.clipBody(document, bench.DOMPurify);
        return { text: '', title: '' };
      });
      const readability = timed(() => {
        const article = new bench.Readability(document.cloneNode(true) as Document).parse();
        return { text: article?.textContent ?? '', title: article?.title ?? '' };
      });
      // Defuddle returns HTML; its text is read from an inert template, as the timing stops before it.
      let html = '';
      const defuddle = timed(() => {
        const result = new bench.Defuddle(document, { url: location.href }).parse();
        html = result.content;
        return { text: '', title: result.title };
      });
      const template = document.createElement('template');
      template.innerHTML = html;
      defuddle.text = template.content.textContent ?? '';
      return { extractMs: mid(e), clipMs: clip.ms, readability, defuddle };
    }, RUNS);
    return { name, ...row };
  });

  const lines: string[] = [];
  const times = (pick: (r: Row) => number) => {
    const xs = rows.map(pick).filter(Number.isFinite);
    return [ms(median(xs)), ms(p95(xs)), ms(Math.max(...xs)), String(xs.length)];
  };
  lines.push(
    table(`2d. The release text's extractor on ${rows.length} corpus HTML pages — median of ${RUNS} runs per page, Chromium ${version}, page scripts off`, ['time per page', 'median', 'p95', 'max', 'pages'], [
      ['extract() (the record)', ...times((r) => r.extractMs)],
      ['clipBody() (the clip\'s text: Readability + DOMPurify + cap)', ...times((r) => r.clipMs)],
      ['Readability (clone + parse)', ...times((r) => r.readability.ms)],
      ['Defuddle (parse, clones itself)', ...times((r) => r.defuddle.ms)],
    ]),
  );
  const errors = rows.flatMap((r) => [r.readability.error && `${r.name} Readability: ${r.readability.error}`, r.defuddle.error && `${r.name} Defuddle: ${r.defuddle.error}`].filter(Boolean));
  if (errors.length) lines.push(`   errors: ${errors.join('; ')}`);

  const releases = rows.flatMap((r) => {
    const label = byFile.get(r.name);
    return label?.is_press_release && label.format === 'html' ? [{ r, label }] : [];
  });
  const scored = releases.map(({ r, label }) => ({ name: r.name, readability: score(r.readability, label), defuddle: score(r.defuddle, label) }));
  const pages = (pick: (s: Score) => boolean, side: 'readability' | 'defuddle') => String(scored.filter((s) => pick(s[side])).length);
  const sum = (pick: (s: Score) => [number, number], side: 'readability' | 'defuddle') => {
    const [found, of] = scored.reduce(([f, o], s) => { const [a, b] = pick(s[side]); return [f + a, o + b]; }, [0, 0]);
    return `${found} of ${of}`;
  };
  const chars = (side: 'readability' | 'defuddle') => {
    const xs = scored.map((s) => s[side].chars);
    return `${median(xs).toFixed(0)} / ${p95(xs).toFixed(0)}`;
  };
  const ratios = scored.filter((s) => s.readability.chars > 0).map((s) => s.defuddle.chars / s.readability.chars);
  lines.push('');
  lines.push(
    table(`What each kept of the ${scored.length} releases among the HTML pages (gold labels)`, ['figure', 'Readability', 'Defuddle'], [
      ['pages with a text', pages((s) => s.chars > 0, 'readability'), pages((s) => s.chars > 0, 'defuddle')],
      ['headline in the text', pages((s) => s.headlineInText, 'readability'), pages((s) => s.headlineInText, 'defuddle')],
      ['headline in the text or its title', pages((s) => s.headlineInTextOrTitle, 'readability'), pages((s) => s.headlineInTextOrTitle, 'defuddle')],
      ['contact e-mails in the text', sum((s) => s.emails, 'readability'), sum((s) => s.emails, 'defuddle')],
      ['contact phones in the text (digits)', sum((s) => s.phones, 'readability'), sum((s) => s.phones, 'defuddle')],
      ['contact names in the text', sum((s) => s.names, 'readability'), sum((s) => s.names, 'defuddle')],
      ['text characters, median / p95', chars('readability'), chars('defuddle')],
    ]),
  );
  lines.push(`   Defuddle's text length / Readability's, per release: median ${median(ratios).toFixed(2)}, p95 ${p95(ratios).toFixed(2)}, min ${Math.min(...ratios).toFixed(2)}`);
  const lost = (a: 'readability' | 'defuddle', b: 'readability' | 'defuddle') =>
    scored.filter((s) => s[a].emails[0] > s[b].emails[0]).map((s) => s.name);
  lines.push(`   releases where Readability kept more contact e-mails: ${lost('readability', 'defuddle').join(', ') || 'none'}`);
  lines.push(`   releases where Defuddle kept more contact e-mails: ${lost('defuddle', 'readability').join(', ') || 'none'}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await bodyExtractorsReport(process.argv[2]));
