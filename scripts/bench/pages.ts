import { readdir } from 'node:fs/promises';

// The bench's pages: the corpus (listed at run time, served from its own folder) and generated pages.
// Generated pages are deterministic so two runs measure the same bytes.

export const CORPUS_DIR = '/work/shared/corpus/pages';

export async function corpusPages(dir = CORPUS_DIR): Promise<string[] | null> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.html')).sort();
  } catch {
    return null;
  }
}

// Words of a sports/listings portal, so the page is long prose-like text that is NOT a press release.
const WORDS =
  'the home side scored twice after the break while visitors kept pressing for a late equaliser and the crowd stayed long after the final whistle coach said his players showed character ticket prices rise again next season weather forecast rain later league table update'.split(
    ' ',
  );

function sentence(seed: number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i += 1) words.push(WORDS[(seed * 7 + i * 13 + ((seed >> 3) % 11)) % WORDS.length]!);
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

// A large non-release page of about `bytes` of HTML: a portal with nav, many teasers with bylines, small tables,
// comment threads and a footer — the shape of the long pages the every-page detector must stay cheap on.
export function largeNonReleasePage(bytes: number): string {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Matchday live — Sports portal</title>' +
    '<meta property="og:type" content="website"></head><body><header><nav><a href="/">Home</a> <a href="/football">Football</a> ' +
    '<a href="/tennis">Tennis</a> <a href="/tickets">Tickets</a></nav></header><main>';
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i += 1) {
    const block =
      `<article class="teaser"><h3><a href="/story/${i}">${sentence(i, 7)}</a></h3><p class="byline">By Desk ${i % 40} · ${1 + (i % 28)} March 2025</p>` +
      `<p>${sentence(i + 1, 30)} ${sentence(i + 2, 24)}</p><table><tr><th>Shots</th><td>${i % 17}</td></tr><tr><th>Corners</th><td>${i % 9}</td></tr></table>` +
      `<ul class="comments"><li>${sentence(i + 3, 12)}</li><li>${sentence(i + 4, 9)}</li></ul></article>\n`;
    parts.push(block);
    size += block.length;
  }
  parts.push('</main><footer><p>© Sports portal · Imprint · Privacy</p></footer></body></html>');
  return parts.join('');
}

// The pathological page's served part: 100,000 links and about 5 MB of text. Its 50,000 nested elements are
// added in the page with DOM calls (NESTED_DEPTH), because the HTML parser flattens nesting beyond 512 levels. They
// are display:none: laid out, a chain that deep crashes Chromium's renderer by itself (as in the e2e's deep page),
// and the every-page snapshot reads rendered text, which lays the page out.
export const PATHOLOGICAL_LINKS = 100_000;
export const PATHOLOGICAL_TEXT_BYTES = 5 * 1024 * 1024;
export const NESTED_DEPTH = 50_000;

export function pathologicalPage(): string {
  const parts = ['<!doctype html><html lang="en"><head><title>Everything page</title></head><body><div id="links">'];
  let text = 0;
  for (let i = 0; i < PATHOLOGICAL_LINKS; i += 1) {
    const label = `Item ${i}`;
    parts.push(`<a href="/i/${i}">${label}</a> `);
    text += label.length + 1;
  }
  parts.push('</div><div id="text">');
  for (let i = 0; text < PATHOLOGICAL_TEXT_BYTES; i += 1) {
    const p = `${sentence(i, 40)} ${sentence(i + 5, 40)}`;
    parts.push(`<p>${p}</p>`);
    text += p.length;
  }
  parts.push('</div><div id="deep" style="display:none"></div></body></html>');
  return parts.join('');
}
