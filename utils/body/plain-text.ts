import type { BodyToken } from './stored-html';

// A body's plain text, from its tokens: what search indexes and "Copy quote" falls back to. Blocks end a line
// and paragraphs are separated by a blank line, as a reader would copy them; runs of spaces fold to one.

const BLOCK_BREAK = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'blockquote', 'table', 'caption']);
const LINE_BREAK = new Set(['li', 'tr', 'br']);

export function tokensToText(tokens: readonly BodyToken[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'text') out += token.text.replace(/[ \t\r\n\u00a0]+/g, ' ');
    else if (BLOCK_BREAK.has(token.tag)) out += '\n\n';
    else if (LINE_BREAK.has(token.tag) && (token.kind === 'close' || token.tag === 'br')) out += '\n';
    else if ((token.tag === 'td' || token.tag === 'th') && token.kind === 'close') out += '\t';
  }
  return out
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
