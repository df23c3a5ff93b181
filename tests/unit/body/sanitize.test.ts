import { jsdomPurify } from './jsdom-purify';
import { describe, expect, it } from 'vitest';
import { sanitizeBodyFragment, sanitizeBodyHtml } from '../../../utils/body/sanitize';
import { storedHtmlProblem } from '../../../utils/body/stored-html';
import { BODY_TAGS } from '../../../utils/body/allowlist';

const { purify } = jsdomPurify();

const HOSTILE: Array<[string, string]> = [
  ['script', '<p>a</p><script>window.__x=1</script>'],
  ['img onerror', '<p>a<img src=x onerror="window.__x=1"></p>'],
  ['javascript: href', '<p><a href="javascript:window.__x=1">click</a></p>'],
  ['entity-encoded javascript: href', '<p><a href="java&#115;cript:alert(1)">click</a></p>'],
  ['svg onload', '<p>a</p><svg onload="window.__x=1"><circle r="1"/></svg>'],
  ['style element', '<style>body{background:url(https://evil.example/beacon)}</style><p>a</p>'],
  ['style attribute', '<p style="background:url(https://evil.example/beacon)">a</p>'],
  ['iframe', '<p>a</p><iframe src="https://evil.example/"></iframe>'],
  ['form', '<form action="https://evil.example/"><input name="q"><button>go</button></form><p>a</p>'],
  ['data: URL link', '<p><a href="data:text/html,<script>alert(1)</script>">x</a></p>'],
  ['data: URL image', '<p><img src="data:image/svg+xml,<svg onload=alert(1)>">a</p>'],
  ['object/embed', '<object data="x.swf"></object><embed src="x.swf"><p>a</p>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>a</p>'],
  ['event handler on allowed tag', '<p onclick="window.__x=1" onmouseover="x()">a</p>'],
  ['mXSS noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><p>a</p>'],
  ['math', '<math><mi xlink:href="javascript:alert(1)">x</mi></math><p>a</p>'],
  ['template', '<template><img src=x onerror=alert(1)></template><p>a</p>'],
  ['base', '<base href="https://evil.example/"><p><a href="/x">a</a></p>'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css"><p>a</p>'],
  ['vbscript href', '<p><a href="vbscript:msgbox(1)">a</a></p>'],
  ['href on a non-link', '<p href="https://example.com/">a</p>'],
  ['id/class', '<p id="x" class="y" data-x="1" aria-label="z">a</p>'],
];

describe('the body sanitizer (DOMPurify under the allowlist)', () => {
  it.each(HOSTILE)('%s: leaves nothing outside the allowlist, and the result passes the stored-HTML check', (_name, dirty) => {
    const clean = sanitizeBodyHtml(purify, dirty);
    expect(clean).not.toMatch(/<(?:script|img|svg|style|iframe|form|input|button|object|embed|meta|math|template|base|link|noscript)\b/i);
    expect(clean).not.toMatch(/\son[a-z]+=|javascript:|vbscript:|data:|style=|\sid=|class=|data-|aria-|src=/i);
    expect(storedHtmlProblem(clean)).toBeNull();
  });

  it('keeps every allowed element, links to web, mail and phone addresses, and the text of dropped ones', () => {
    const html =
      '<h1>Title</h1><h2>Sub</h2><h3>Part</h3><h4>Minor</h4><p>Text <strong>bold</strong> <em>it</em><br>line</p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>"Quote"</p></blockquote>' +
      '<table><caption>Figures</caption><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>' +
      '<p><a href="https://example.com/a?b=1&amp;c=2">web</a> <a href="mailto:press@example.com">mail</a> <a href="tel:+4930123">tel</a></p>' +
      '<div><span>kept text</span></div>';
    const clean = sanitizeBodyHtml(purify, html);
    for (const tag of BODY_TAGS) expect(clean, tag).toContain(`<${tag}`);
    expect(clean).toContain('href="https://example.com/a?b=1&amp;c=2"');
    expect(clean).toContain('href="mailto:press@example.com"');
    expect(clean).toContain('href="tel:+4930123"');
    expect(clean).toContain('Title');
    expect(clean).toContain('kept text');
    expect(clean).not.toMatch(/<(h1|div|span)\b/);
    expect(storedHtmlProblem(clean)).toBeNull();
  });

  it('drops images (their alt text is not invented) and keeps the surrounding text', () => {
    expect(sanitizeBodyHtml(purify, '<p>before<img src="https://example.com/a.png" alt="x">after</p>')).toBe('<p>beforeafter</p>');
  });

  it('shows a body as a fragment whose links open in a new tab without an opener or referrer', () => {
    const fragment = sanitizeBodyFragment(purify, '<p><a href="https://example.com/">x</a><a href="javascript:alert(1)">y</a></p><img src=x onerror=alert(1)>');
    const links = [...fragment.querySelectorAll('a')];
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[1]!.hasAttribute('href')).toBe(false);
    expect(links[1]!.hasAttribute('target')).toBe(false);
    expect(fragment.querySelector('img')).toBeNull();
  });
});

describe('the stored-HTML check (the background, without a DOM)', () => {
  it.each([
    ['<script>x</script>', 'script'],
    ['<p onclick="x">a</p>', 'onclick'],
    ['<a href="javascript:x">a</a>', 'javascript'],
    ['<a href="java&#115;cript:x">a</a>', 'javascript'],
    ['<a href=" javascript:x">a</a>', 'link'],
    ['<a href="https://x" target="_blank">a</a>', 'target'],
    ['<p>a<!-- c --></p>', 'markup'],
    ['<p>a &copy b</p>', 'entity'],
    ['<P>a</P>', '<p> element'],
    ['<p >a</p>', 'markup'],
    ["<a href='https://x'>a</a>", 'markup'],
    ['<svg><script>x</script></svg>', 'svg'],
    ['<img src=x onerror=y>', '<img> element'],
    ['<p>a</p><', 'markup'],
  ])('refuses %s', (html, word) => {
    expect(storedHtmlProblem(html)?.toLowerCase()).toContain(word);
  });

  it('accepts what DOMPurify writes, entities and raw ">" included', () => {
    expect(storedHtmlProblem('<p>a &amp; b &lt;c&gt; &nbsp; &#169; &#xA9; "q" 1 > 0</p><a href="https://x/?a=1&amp;b=&quot;2&quot;">l</a>')).toBeNull();
  });
});
