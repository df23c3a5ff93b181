import { describe, expect, it } from 'vitest';
import { deeperThan, extractSafely, isExtractRefusal, MAX_DOM_DEPTH } from '../../../utils/page/safe-extract';
import { extractInTab, ExtractError } from '../../../entrypoints/background/extract-in-tab';

// A page nested deeper than any real layout is refused before the extractor walks it.

function chain(depth: number): Document {
  const doc = document.implementation.createHTMLDocument('deep');
  let node: Element = doc.body;
  for (let i = 0; i < depth; i++) {
    const div = doc.createElement('div');
    node.appendChild(div);
    node = div;
  }
  return doc;
}

describe('extractSafely', () => {
  it('measures depth without recursion, on either side of the limit', () => {
    // documentElement > body > chain: two levels before the chain starts.
    expect(deeperThan(chain(MAX_DOM_DEPTH - 2).documentElement, MAX_DOM_DEPTH)).toBe(false);
    expect(deeperThan(chain(MAX_DOM_DEPTH).documentElement, MAX_DOM_DEPTH)).toBe(true);
    expect(deeperThan(chain(20_000).documentElement, MAX_DOM_DEPTH)).toBe(true);
  });

  it('finds a deep branch after wide shallow ones', () => {
    const doc = document.implementation.createHTMLDocument('wide');
    for (let i = 0; i < 2000; i++) doc.body.appendChild(doc.createElement('p')).textContent = `p${i}`;
    let node: Element = doc.body.appendChild(doc.createElement('section'));
    for (let i = 0; i < 1200; i++) node = node.appendChild(doc.createElement('span'));
    expect(deeperThan(doc.documentElement, MAX_DOM_DEPTH)).toBe(true);
  });

  it('refuses a too-deep page and runs the extractor on a normal one', () => {
    let ran = 0;
    const extract = () => ++ran;
    const refused = extractSafely(extract, chain(5000), 'https://x.example/');
    expect(isExtractRefusal(refused)).toBe(true);
    expect(ran).toBe(0);
    expect(extractSafely(extract, chain(30), 'https://x.example/')).toBe(1);
  });

  it('the background turns the refusal into a plain "could not analyse" message', async () => {
    const error = await extractInTab(1, async () => ({ pressclipRefusal: 'its elements are nested more than 1000 levels deep' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as Error).message).toBe('PressClip could not analyse this page: its elements are nested more than 1000 levels deep.');
  });
});
