import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { breakFieldRows } from '../../../utils/extract/contacts/field-rows';

const apply = (html: string): string => {
  const doc = parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`);
  breakFieldRows(doc.body, () => false, () => true);
  return doc.body.innerHTML;
};

describe('breakFieldRows', () => {
  it('puts a line break between inline fields of a card with a mailto link', () => {
    const out = apply('<p><span>Anna Berger</span> <span>Pressesprecherin</span> <a href="mailto:a@b.example">a@b.example</a></p>');
    expect(out).toBe('<p><span>Anna Berger</span> <br><span>Pressesprecherin</span> <br><a href="mailto:a@b.example">a@b.example</a></p>');
  });

  it('climbs wrappers that hold only the link', () => {
    const out = apply('<p><b>Anna Berger</b><i>Pressesprecherin</i><span class="mail"><a href="MAILTO:a@b.example">E-Mail</a></span></p>');
    expect(out.match(/<br>/g)).toHaveLength(2);
  });

  it('leaves prose alone: text between the elements', () => {
    const html = '<p>Write to <a href="mailto:a@b.example">Anna</a>, <a href="mailto:c@b.example">Carl</a> or call <a href="tel:+4930123">us</a>.</p>';
    expect(apply(html)).toBe(html);
  });

  it('leaves rows of blocks and short rows alone', () => {
    const blocks = '<div><div>Anna Berger</div><div>Pressesprecherin</div><a href="mailto:a@b.example">a@b.example</a></div>';
    const short = '<p><span>Anna Berger</span><a href="mailto:a@b.example">a@b.example</a></p>';
    expect(apply(blocks)).toBe(blocks);
    expect(apply(short)).toBe(short);
  });

  it('only notes the change when it may not make it', () => {
    const doc = parseHtml('<!DOCTYPE html><html><body><p><span>A B</span><span>C</span><a href="tel:+4930123">+49 30 123</a></p></body></html>');
    let asked = 0;
    breakFieldRows(doc.body, () => false, () => (asked++, false));
    expect(asked).toBe(1);
    expect(doc.body.innerHTML).not.toContain('<br>');
  });
});
