import type { BodyToken } from './stored-html';

// A body (or a selected passage of it) as Markdown, for "Copy as Markdown": headings as #, lists as - and 1.,
// quotes as >, **strong**, _em_, [links](href), tables as pipe rows (the first row as the header). Characters
// that Markdown would read as markup are escaped in the text, so a release's "*" or "[1]" stays literal.

const ESCAPE = /([\\`*_[\]#|<>])/g;

interface ListState {
  ordered: boolean;
  next: number;
}

export function tokensToMarkdown(tokens: readonly BodyToken[]): string {
  const blocks: string[] = [];
  let line = '';
  let quote = 0;
  const lists: ListState[] = [];
  let row: string[] | null = null;
  let cell: string | null = null;
  let table: string[] | null = null;
  let href: string | null = null;
  let linkText = '';

  const write = (text: string) => {
    if (href !== null) linkText += text;
    else if (cell !== null) cell += text;
    else line += text;
  };
  const flush = () => {
    const text = line.replace(/[ \t]+/g, ' ').trim();
    line = '';
    if (text === '') return;
    blocks.push(`${'> '.repeat(quote)}${text}`);
  };

  for (const token of tokens) {
    if (token.kind === 'text') {
      write(token.text.replace(/[\s\u00a0]+/g, ' ').replace(ESCAPE, '\\$1'));
      continue;
    }
    const open = token.kind === 'open';
    switch (token.tag) {
      case 'p':
      case 'caption':
        flush();
        break;
      case 'h2':
      case 'h3':
      case 'h4':
        flush();
        if (open) line = `${'#'.repeat(Number(token.tag[1]))} `;
        break;
      case 'br':
        write(cell !== null ? ' ' : '  \n');
        break;
      case 'blockquote':
        flush();
        quote += open ? 1 : quote > 0 ? -1 : 0;
        break;
      case 'ul':
      case 'ol':
        flush();
        if (open) lists.push({ ordered: token.tag === 'ol', next: 1 });
        else lists.pop();
        break;
      case 'li': {
        flush();
        const list = lists.at(-1);
        if (open) line = `${'  '.repeat(Math.max(0, lists.length - 1))}${list?.ordered ? `${list.next++}.` : '-'} `;
        break;
      }
      case 'strong':
        write('**');
        break;
      case 'em':
        write('_');
        break;
      case 'a':
        if (open) {
          href = token.href;
          linkText = '';
        } else if (href !== null) {
          const target = href;
          href = null;
          write(`[${linkText.trim() || target}](<${target.replace(/[<>]/g, encodeURIComponent)}>)`);
        }
        break;
      case 'table':
        flush();
        // A table's rows are one block: no blank line between them.
        if (open) table = [];
        else if (table) {
          if (table.length > 0) blocks.push(table.map((r) => `${'> '.repeat(quote)}${r}`).join('\n'));
          table = null;
        }
        break;
      case 'tr':
        if (open) row = [];
        else if (row) {
          const rows: string[] = table ?? [];
          rows.push(`| ${row.join(' | ')} |`);
          if (rows.length === 1) rows.push(`|${row.map(() => ' --- |').join('')}`);
          table = rows;
          row = null;
        }
        break;
      case 'td':
      case 'th':
        if (open) cell = '';
        else if (cell !== null) {
          row?.push(cell.trim());
          cell = null;
        }
        break;
      default:
        break;
    }
  }
  flush();
  return blocks.join('\n\n');
}
