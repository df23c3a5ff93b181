import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { deeperThan } from '../../../utils/page/safe-extract';

// The CLI and the eval must read a page as a browser builds it: these are markups a browser reads fine and
// happy-dom's own parser did not.
describe('parseHtml builds the tree a browser builds', () => {
  it('keeps the text after an inline SVG that holds a <style>', () => {
    const doc = parseHtml('<body><header><svg viewBox="0 0 1 1"><style>.a{fill:red}</style><path d="M0 0"/></svg></header><p>Media contact: Jane Doe</p></body>');
    expect(doc.body.textContent).toContain('Media contact: Jane Doe');
    expect(doc.querySelector('svg path')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('moves a paragraph misplaced in a table before the table, in order', () => {
    const doc = parseHtml('<body><table><tr><td>cell</td></tr><p>Media contact: Jane Doe</p></table></body>');
    expect(doc.body.textContent).toBe('Media contact: Jane Doecell');
  });

  it('reads noscript in the head as a browser with scripts on does, leaving the title in the head', () => {
    const doc = parseHtml('<html><head><noscript><img src="x"></noscript><title>Acme news</title></head><body><p>Body</p></body></html>');
    expect(doc.title).toBe('Acme news');
    expect(doc.body.textContent).toBe('Body');
  });

  it('keeps attributes, xlink attributes and template content', () => {
    const doc = parseHtml('<body><a href="mailto:a@b.org" data-x="1">mail</a><svg><use xlink:href="#i"/></svg><template><p>inside</p></template></body>');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('mailto:a@b.org');
    expect(doc.querySelector('use')?.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#i');
    expect((doc.querySelector('template') as HTMLTemplateElement).content.textContent).toBe('inside');
  });

  it('builds a 100,000-deep chain without overflowing the stack, for the depth guard to refuse', () => {
    const doc = parseHtml(`<body>${'<div>'.repeat(100_000)}x</body>`);
    expect(deeperThan(doc.documentElement, 1000)).toBe(true);
  });
});
