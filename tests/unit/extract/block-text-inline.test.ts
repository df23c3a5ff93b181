import { describe, expect, it } from 'vitest';
import { blockLines } from '../../../utils/extract/block-text';
import { parseHtml } from '../../../scripts/lib/parse-html';

// Inline leaves set flush against each other are fields a style sheet lays out apart (contact cards); the text walk
// sets a space between them where words would glue, and nowhere else.
describe('blockLines between inline leaves', () => {
  const lines = (html: string) => blockLines(parseHtml(`<html><body>${html}</body></html>`).body);

  it.each([
    ['<p><strong>Jordan Blake</strong><span>Senior Manager</span></p>', 'Jordan Blake Senior Manager'],
    ['<p><span>Specialist</span><a href="#">Email</a></p>', 'Specialist Email'],
    ['<p><span>Manager</span><span>707-555-0131</span></p>', 'Manager 707-555-0131'],
    ['<p><span>Attachée de presse</span><span>+33 1 44 16 71 36</span></p>', 'Attachée de presse +33 1 44 16 71 36'],
    // A mailto or tel link is a field whatever touches it: no "36jonas.perez@…".
    ['<p><span>+33 1 44 16 71 36</span><a href="mailto:jonas.perez@x.example">jonas.perez@x.example</a></p>', '+33 1 44 16 71 36 jonas.perez@x.example'],
    ['<p><a href="mailto:a@x.example">a@x.example</a><span>presse</span></p>', 'a@x.example presse'],
  ])('separates %s', (html, expected) => {
    expect(lines(html)).toEqual([expected]);
  });

  it.each([
    ['<p><span>P</span>ress release</p>', 'Press release'],
    ['<p>CO<sub>2</sub> emissions</p>', 'CO2 emissions'],
    ['<p><b>Acme</b>, <i>Inc.</i></p>', 'Acme, Inc.'],
    ['<p><span>pre</span><span>fix</span></p>', 'prefix'],
    ['<p>Text<span>More</span></p>', 'TextMore'],
  ])('leaves %s as written', (html, expected) => {
    expect(lines(html)).toEqual([expected]);
  });
});
