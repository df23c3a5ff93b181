import { describe, expect, it } from 'vitest';
import { capBodyHtml } from '../../../utils/body/cap';
import { bodyFromSanitizedHtml, bodyFromText } from '../../../utils/body/from-text';
import { tokensToMarkdown } from '../../../utils/body/markdown';
import { tokensToText } from '../../../utils/body/plain-text';
import { readBodyTokens, storedHtmlProblem, type BodyToken } from '../../../utils/body/stored-html';
import { ReleaseBodySchema } from '../../../utils/body/schema';

function tokens(html: string): BodyToken[] {
  const read = readBodyTokens(html);
  if (!read.ok) throw new Error(read.reason);
  return read.tokens;
}

describe('cap', () => {
  const para = (i: number) => `<p>Paragraph ${i} ${'x'.repeat(80)}</p>`;
  const html = Array.from({ length: 100 }, (_, i) => para(i)).join('');

  it('keeps a body under the cap whole and unmarked', () => {
    expect(capBodyHtml(html, html.length)).toEqual({ html, truncated: false });
  });

  it('cuts at the end of a paragraph, marks the cut and stays in the stored grammar', () => {
    const capped = capBodyHtml(html, 1000);
    expect(capped.truncated).toBe(true);
    expect(capped.html.length).toBeLessThanOrEqual(1000);
    expect(capped.html.endsWith('</p>')).toBe(true);
    expect(capped.html).toBe(Array.from({ length: capped.html.split('<p>').length - 1 }, (_, i) => para(i)).join(''));
    expect(storedHtmlProblem(capped.html)).toBeNull();
  });

  it('cuts one paragraph longer than the cap at a tag boundary, never inside an entity or tag', () => {
    const long = `<p>${'a &amp; b <strong>c</strong> '.repeat(100)}</p>`;
    const capped = capBodyHtml(long, 500);
    expect(capped.truncated).toBe(true);
    expect(capped.html.length).toBeLessThanOrEqual(500);
    expect(storedHtmlProblem(capped.html)).toBeNull();
  });

  it('bodyFromSanitizedHtml carries the mark and text of the kept part only', () => {
    const body = bodyFromSanitizedHtml(html, 1000)!;
    expect(body.truncated).toBe(true);
    expect(body.text).toContain('Paragraph 0');
    expect(body.text).not.toContain('Paragraph 99');
  });
});

describe('plain text', () => {
  it('separates blocks, lines list items and cells, folds spaces and decodes entities', () => {
    const html = '<h2>Head</h2><p>One   &amp;\n two&nbsp;x</p><ul><li>a</li><li>b</li></ul><table><tr><td>1</td><td>2</td></tr></table>';
    expect(tokensToText(tokens(html))).toBe('Head\n\nOne & two x\n\na\nb\n\n1\t2');
  });
});

describe('markdown', () => {
  it('writes headings, emphasis, lists, quotes, links and tables', () => {
    const html =
      '<h2>Acme opens a plant</h2><p>It is <strong>big</strong> and <em>new</em>. See <a href="https://acme.example/p?a=1&amp;b=2">the plan</a>.</p>' +
      '<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>' +
      '<blockquote><p>"We are glad," said Ann.</p></blockquote>' +
      '<table><tr><th>Year</th><th>Jobs</th></tr><tr><td>2026</td><td>300</td></tr></table>';
    expect(tokensToMarkdown(tokens(html))).toBe(
      [
        '## Acme opens a plant',
        'It is **big** and _new_. See [the plan](<https://acme.example/p?a=1&b=2>).',
        '- one',
        '- two',
        '1. first',
        '2. second',
        '> "We are glad," said Ann.',
        '| Year | Jobs |\n| --- | --- |\n| 2026 | 300 |',
      ].join('\n\n'),
    );
  });

  it('escapes Markdown characters in the release text', () => {
    expect(tokensToMarkdown(tokens('<p>*Not* a [link] #1 &lt;b&gt;</p>'))).toBe('\\*Not\\* a \\[link\\] \\#1 \\<b\\>');
  });
});

describe('text inputs', () => {
  it('keep their text as paragraphs, escaped, with line breaks', () => {
    const body = bodyFromText('First line\nsecond <b>line</b> & more\n\n\nNext paragraph')!;
    expect(body.html).toBe('<p>First line<br>second &lt;b&gt;line&lt;/b&gt; &amp; more</p><p>Next paragraph</p>');
    expect(body.text).toBe('First line\nsecond <b>line</b> & more\n\nNext paragraph');
    expect(body.truncated).toBe(false);
    expect(ReleaseBodySchema.safeParse(body).success).toBe(true);
  });

  it('an empty text has no body', () => {
    expect(bodyFromText(' \n\n ')).toBeNull();
  });
});

describe('the body schema', () => {
  it('refuses a hostile body with a reason a journalist can read', () => {
    const parsed = ReleaseBodySchema.safeParse({ html: '<p>a</p><img src=x onerror=alert(1)>', text: 'a', truncated: false });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toMatch(/^The release text was refused: /);
  });

  it('refuses an oversize body', () => {
    expect(ReleaseBodySchema.safeParse({ html: `<p>${'a'.repeat(200_001)}</p>`, text: 'a', truncated: false }).success).toBe(false);
  });
});
