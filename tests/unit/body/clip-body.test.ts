import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clipBody, MAX_BODY_ELEMENTS } from '../../../utils/body/clip-body';
import { jsdomPurify } from './jsdom-purify';

const { purify } = jsdomPurify();
const STORY = '<h1>Acme Opens Plant</h1><article>' + '<p>Acme Robotics today opened its second plant in Cork, adding 200 jobs in the region.</p>'.repeat(8) + '</article>';

function page(extra: string): Document {
  return new JSDOM(`<!doctype html><html><body>${STORY}${extra}</body></html>`).window.document;
}

describe('clipBody', () => {
  it("keeps the story's text, sanitized", () => {
    const body = clipBody(page('<nav><a href="/a">A</a></nav><script>window.__x=1</script>'), purify);
    expect(body?.text).toContain('adding 200 jobs');
    expect(body?.html).not.toContain('script');
  });

  // Readability took 5.5 s of the page's main thread on 100,000 links: past the limit the entry goes without its text.
  it('leaves the text out of a page with more elements than it reads', () => {
    const links = '<a href="/i">i</a>'.repeat(MAX_BODY_ELEMENTS);
    expect(clipBody(page(`<nav>${links}</nav>`), purify)).toBeNull();
    expect(clipBody(page(`<nav>${'<a href="/i">i</a>'.repeat(100)}</nav>`), purify)?.text).toContain('adding 200 jobs');
  });
});
