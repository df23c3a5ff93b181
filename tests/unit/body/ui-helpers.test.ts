import { describe, expect, it } from 'vitest';
import { bodySearchTerms } from '../../../components/log-page/body-search';
import { quoteOf } from '../../../components/release-text/release-text-section';
import { domToTokens } from '../../../utils/body/dom-tokens';
import { tokensToMarkdown } from '../../../utils/body/markdown';

describe('release text helpers of the log page', () => {
  it('asks the background only for a query with a word of 3 characters or more, words deduplicated', () => {
    expect(bodySearchTerms('ab c')).toEqual([]);
    expect(bodySearchTerms('  Acme acme  Hamburg ')).toEqual(['acme', 'hamburg']);
  });

  it('a quote carries the passage in quotation marks, then its source', () => {
    expect(quoteOf('  We are\n glad ', { issuer: 'Acme', headline: 'Acme opens a plant', url: 'https://acme.example/p' })).toBe(
      '“We are glad”\n— Acme, "Acme opens a plant", https://acme.example/p',
    );
  });

  it('a selected passage becomes Markdown from the shown elements only; a foreign element gives its text, a foreign link none', () => {
    const box = document.createElement('div');
    const p = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = 'Acme';
    const link = document.createElement('a');
    link.setAttribute('href', 'https://acme.example/');
    link.textContent = 'site';
    const bad = document.createElement('a');
    bad.setAttribute('href', 'javascript:alert(1)');
    bad.textContent = 'bad';
    const span = document.createElement('span');
    span.textContent = ' opens ';
    p.append(strong, span, link, ' ', bad);
    box.append(p);
    expect(tokensToMarkdown(domToTokens(box))).toBe('**Acme** opens [site](<https://acme.example/>) bad');
  });
});
