// A plain-text or markdown release (pasted email text, wire archives) → a Document, so the same extract()
// runs on it. The caller supplies the document factory (happy-dom/linkedom in Node, `document.implementation`
// in the extension). Everything is built with createElement/textContent: the text is hostile.
//
// Markdown handled: "# " headings, blank-line paragraphs (single newlines become <br>), "* "/"- " lists, | tables |,
// [text](url) links (http, https and mailto only), images dropped, **bold**/_emphasis_ markers removed.
// A separator line "---" (or an e-mail signature "-- ") in the last part of the text ends the release:
// what follows is archive furniture or a signature, not the release.

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

// Text before a trailing separator ("---" line, or "-- " signature) in the last 60 % of the text.
export function stripTrailingFurniture(text: string): string {
  const lines = text.split(/\r?\n/);
  for (let i = lines.length - 1; i >= Math.floor(lines.length * 0.4); i--) {
    const l = lines[i] ?? '';
    if (/^\s*-{3,}\s*$/.test(l) || l === '-- ') {
      return lines.slice(0, i).join('\n');
    }
  }
  return text;
}

function appendInline(doc: Document, parent: Element, text: string): void {
  const cleaned = text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_]([^*_\n]+)[*_](?=\s|[.,;:!?]|$)/g, '$1$2');
  const link = /\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
  let last = 0;
  for (let m = link.exec(cleaned); m; m = link.exec(cleaned)) {
    if (m.index > last) parent.appendChild(doc.createTextNode(cleaned.slice(last, m.index)));
    const href = m[2] ?? '';
    if (/^(?:https?:|mailto:)/i.test(href)) {
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      a.textContent = m[1] ?? '';
      parent.appendChild(a);
    } else {
      parent.appendChild(doc.createTextNode(m[1] ?? ''));
    }
    last = m.index + m[0].length;
  }
  if (last < cleaned.length) parent.appendChild(doc.createTextNode(cleaned.slice(last)));
}

const LIST_ITEM = /^(?:[*+-]|\d+[.)])\s+/;
const TABLE_ROW = /^\|.*\|$/;
const TABLE_RULE = /^\|[\s:|-]+\|$/;

type Run = { kind: 'list' | 'table' | 'text'; lines: string[] };

// A block's lines in runs of one kind: "Media contacts:" above a bulleted list is a paragraph and a list, and a
// markdown table is a table, so the contact reader sees the rows and items a page would show.
function runsOf(lines: readonly string[]): Run[] {
  const runs: Run[] = [];
  for (const line of lines) {
    const kind: Run['kind'] = LIST_ITEM.test(line) ? 'list' : TABLE_ROW.test(line) ? 'table' : 'text';
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.lines.push(line);
    else runs.push({ kind, lines: [line] });
  }
  // One table-looking line is text ("| Media | Investors |" alone is no table).
  return runs.map((r) => (r.kind === 'table' && r.lines.length < 2 ? { ...r, kind: 'text' } : r));
}

function blockElement(doc: Document, run: Run): Element {
  if (run.kind === 'list') {
    const ul = doc.createElement('ul');
    for (const l of run.lines) {
      const li = doc.createElement('li');
      appendInline(doc, li, l.replace(LIST_ITEM, ''));
      ul.appendChild(li);
    }
    return ul;
  }
  if (run.kind === 'table') {
    const table = doc.createElement('table');
    for (const l of run.lines.filter((row) => !TABLE_RULE.test(row))) {
      const tr = doc.createElement('tr');
      for (const cell of l.slice(1, -1).split('|')) {
        const td = doc.createElement('td');
        appendInline(doc, td, cell.trim());
        tr.appendChild(td);
      }
      table.appendChild(tr);
    }
    return table;
  }
  const p = doc.createElement('p');
  run.lines.forEach((l, i) => {
    if (i > 0) p.appendChild(doc.createElement('br'));
    const h = /^#{1,6}\s+(.*)$/.exec(l);
    appendInline(doc, p, (h ? h[1] ?? '' : l).replace(/^>\s?/, ''));
  });
  return p;
}

// Plain text with no markdown heading (a pasted release, an e-mail body): its first one-line paragraph is the
// headline when it reads like one, not a label ("FOR IMMEDIATE RELEASE"), a salutation ("Dear colleagues,") or a
// sentence. The first two paragraphs are tried.
const LABEL_LINE = /^(?:for immediate release|press release|news release|media release|pressemitteilung|communiqué de presse|comunicado de prensa|comunicato stampa|persbericht|プレスリリース|新闻稿)\b/iu;
function plainHeadline(blocks: readonly string[]): string | null {
  if (blocks.some((b) => /^#{1,6}\s/m.test(b))) return null;
  const paragraphs = blocks.map((b) => b.trim()).filter(Boolean);
  for (const para of paragraphs.slice(0, 2)) {
    if (para.includes('\n') || paragraphs.length < 3) return null;
    if (LABEL_LINE.test(para) || /^[\d\s./,-]+$/.test(para)) continue;
    return para.length >= 10 && para.length <= 200 && !/[,.;:!?。、]$/u.test(para) ? para : null;
  }
  return null;
}

export function textToDocument(text: string, createDocument: () => Document): Document {
  const doc = createDocument();
  const body = doc.body ?? doc.documentElement.appendChild(doc.createElement('body'));
  const main = doc.createElement('article');
  body.appendChild(main);
  const source = decodeEntities(stripTrailingFurniture(text.replace(/\r\n?/g, '\n')));
  const blocks = source.split(/\n\s*\n/);
  let title: string | null = null;
  const plain = plainHeadline(blocks);
  for (const raw of blocks) {
    const lines = raw.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    const first = lines[0] ?? '';
    // An H1 but no <title>: a title's parts would be read as the site's name ("… – Polizei bittet um Hinweise").
    if (plain && lines.length === 1 && first === plain && !main.querySelector('h1')) {
      const h = doc.createElement('h1');
      appendInline(doc, h, first);
      main.appendChild(h);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(first);
    if (heading && lines.length === 1) {
      const h = doc.createElement(`h${(heading[1] ?? '#').length}`);
      appendInline(doc, h, (heading[2] ?? '').replace(/\s+#+\s*$/, ''));
      main.appendChild(h);
      if (!title && heading[1] === '#') title = h.textContent;
      continue;
    }
    for (const run of runsOf(lines)) main.appendChild(blockElement(doc, run));
  }
  if (title) doc.title = title;
  return doc;
}
