import { describe, expect, it } from 'vitest';
import { findEmbargo, parseEmbargo, zoneOffset } from '../../../utils/extract/embargo';
import { decodeEntities, stripTrailingFurniture, textToDocument } from '../../../utils/extract/text-to-document';
import { blockLines, textBlocks } from '../../../utils/extract/block-text';

describe('embargo', () => {
  it.each([
    ['EMBARGOED UNTIL 00:01 ET Tuesday, March 3, 2026', 'en', '2026-03-03T00:01:00-05:00'],
    ['Embargoed until 8:00 a.m. CT/9:00 a.m. ET Thursday, Sept. 5, 2024', 'en', '2024-09-05T08:00:00-05:00'],
    ['Embargoed until 7 a.m. CT/8 a.m. ET, Wednesday, Nov. 6, 2024', 'en', '2024-11-06T07:00:00-06:00'],
    ['Embargo: 12 March 2026, 10:00 CET', 'en', '2026-03-12T10:00:00+01:00'],
    ['Sperrfrist: 12.03.2026, 10:00 Uhr', 'de', '2026-03-12T10:00:00+01:00'],
    ['Sperrfrist: 02.07.2026, 10:00 Uhr', 'de', '2026-07-02T10:00:00+02:00'],
    ['Embargoed until 00:01 BST, 4 June 2026', 'en', '2026-06-04T00:01:00+01:00'],
    ['EMBARGOED UNTIL 9 p.m. EDT July 1, 2026', 'en', '2026-07-01T21:00:00-04:00'],
    ['Embargo: 12 March 2026, 10:00 UTC+2', 'en', '2026-03-12T10:00:00+02:00'],
    ['Embargo until 12 March 2026 at 10:00 (GMT+05:30)', 'en', '2026-03-12T10:00:00+05:30'],
    ['Embargoed until 12 March 2026, 10:00 GMT', 'en', '2026-03-12T10:00:00+00:00'],
  ])('%s', (text, lang, until) => {
    expect(parseEmbargo(text, lang)).toEqual({ until, text });
  });

  it('keeps the text but no instant when the notice names no time zone we can read', () => {
    expect(parseEmbargo('Embargoed until March 3, 2026', 'en')).toEqual({ until: null, text: 'Embargoed until March 3, 2026' });
  });

  it('US and EU daylight-saving switch days', () => {
    expect(zoneOffset('us-eastern', '2026-03-07')).toBe('-05:00');
    expect(zoneOffset('us-eastern', '2026-03-08')).toBe('-04:00');
    expect(zoneOffset('us-eastern', '2026-11-01')).toBe('-05:00');
    expect(zoneOffset('eu-central', '2026-03-28')).toBe('+01:00');
    expect(zoneOffset('eu-central', '2026-03-29')).toBe('+02:00');
    expect(zoneOffset('eu-london', '2026-10-25')).toBe('+00:00');
  });

  it('finds a notice only when it carries a date', () => {
    expect(findEmbargo(['The embargoed documents were leaked last year.'], 'en')).toBeNull();
    expect(findEmbargo(['Headline', 'EMBARGOED UNTIL 00:01 ET Tuesday, March 3, 2026'], 'en')?.until).toBe('2026-03-03T00:01:00-05:00');
  });
});

describe('text-to-document', () => {
  const make = () => document.implementation.createHTMLDocument('');

  it('builds headings, paragraphs, lists and safe links; drops images and trailing archive furniture', () => {
    const md = [
      '# Acme &amp; Sons Open a Shop',
      '',
      'ACME CITY, May 4, 2026 — Acme &amp; Sons opened a shop.',
      'Second line of the same paragraph.',
      '',
      '* one',
      '* two',
      '',
      'Contact [Jo](mailto:jo@acme.example) or [bad](javascript:alert(1)) ![logo](https://x/logo.png)',
      '',
      '---',
      '',
      'Pickup - [news.example](https://news.example/acme)',
    ].join('\n');
    const doc = textToDocument(md, make);
    expect(doc.title).toBe('Acme & Sons Open a Shop');
    expect(doc.querySelector('h1')?.textContent).toBe('Acme & Sons Open a Shop');
    expect(doc.querySelectorAll('li')).toHaveLength(2);
    expect(doc.querySelector('p br')).not.toBeNull();
    expect(doc.querySelector('a[href^="mailto:"]')?.textContent).toBe('Jo');
    expect(doc.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.body.textContent).not.toContain('Pickup');
  });

  it('never turns text into markup', () => {
    const doc = textToDocument('<img src=x onerror="alert(1)"> <script>alert(1)</script>', make);
    expect(doc.querySelector('img, script')).toBeNull();
    expect(doc.body.textContent).toContain('<img src=x');
  });

  it('a separator early in the text is not a signature', () => {
    const text = 'Intro\n---\n' + 'Body line\n'.repeat(20);
    expect(stripTrailingFurniture(text)).toBe(text);
  });

  it('decodes entities', () => {
    expect(decodeEntities('Mobility &amp; Care &#8211; &#x2014; &nbsp;x')).toBe('Mobility & Care – — \u00A0x');
  });
});

describe('block-text', () => {
  it('breaks lines at blocks and <br>, skips scripts, hidden and nav, and keeps each line\'s block element', () => {
    document.body.innerHTML =
      '<nav>Home News</nav><div>First <b>bold</b> words<br>second line<p>Para <span>inline</span></p>' +
      '<script>var x = 1;</script><div hidden>secret</div><div aria-hidden="true">icon</div>tail</div>';
    expect(blockLines(document.body, { skipSelector: 'nav' })).toEqual(['First bold words', 'second line', 'Para inline', 'tail']);
    const blocks = textBlocks(document.body, { skipSelector: 'nav' });
    expect(blocks[2]?.element.tagName).toBe('P');
    expect(blocks[3]?.element.tagName).toBe('DIV');
  });

  it('stops after maxChars', () => {
    document.body.innerHTML = '<p>aaaaaaaaaa</p>'.repeat(100);
    expect(blockLines(document.body, { maxChars: 35 }).length).toBeLessThanOrEqual(4);
  });
});
