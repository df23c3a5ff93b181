import { describe, expect, it } from 'vitest';
import { compileSkip } from '../../../utils/extract/block-text';
import { metaContent, metaOf, metaSelector } from '../../../utils/extract/meta';
import { HEAD_META_KEYS, HEAD_META_SELECTOR, headFields, MAX_LINE, MAX_TEXT, PAGE_SKIP, PAGE_SKIP_TEST } from '../../../utils/extract/page-snapshot';
import { MENU_CAPS, type RenderedPage } from '../../../utils/extract/rendered-page';
import { snapshotFromRendered } from '../../../utils/extract/rendered-snapshot';
import { RenderedPageSchema } from '../../../utils/schema/rendered-page';
import { parseHtml } from '../../../scripts/lib/parse-html';

// The background half of the rendered producer: from the page's raw rendered text to the detector's lines.
// The page half (readRenderedPage) needs layout: tests/e2e/rendered-snapshot.test.ts.

const page = (over: Partial<RenderedPage>): RenderedPage => ({
  url: 'https://a.example/r',
  canonical: '',
  title: 'T',
  lang: 'en',
  section: '',
  jsonLd: [],
  text: '',
  menus: [],
  headings: [],
  h1: '',
  incomplete: false,
  ...over,
});

describe('snapshotFromRendered', () => {
  it('splits blocks and table cells into lines, collapses spaces and drops blank lines', () => {
    const snap = snapshotFromRendered(page({ text: 'First  paragraph.\n\n\nCell one\tCell two\r\n  Last \u00a0 line  ' }));
    expect(snap.lines).toEqual(['First paragraph.', 'Cell one', 'Cell two', 'Last line']);
  });

  it('takes each menu out where its whole run of lines appears, once, and leaves look-alike lines elsewhere', () => {
    const snap = snapshotFromRendered(
      page({ text: 'Home\nPress\nContact\nAcme opens a plant\nPress\nThe story.\nHome\nPress\nContact', menus: ['Home\nPress\nContact', 'Imprint'] }),
    );
    expect(snap.lines).toEqual(['Acme opens a plant', 'Press', 'The story.', 'Home', 'Press', 'Contact']);
  });

  it('marks the lines a heading spells out, ignoring case and spacing, and not a heading whose text is partly hidden', () => {
    const snap = snapshotFromRendered(
      page({
        text: 'ACME\nopens a plant\nFirst paragraph.\nMedia contact\nJane Doe',
        // textContent: a <br> leaves no space; text-transform upper-cased the first line of innerText.
        headings: ['Acmeopens a plant', 'Media  contact', 'Share this hidden-label heading'],
      }),
    );
    expect(snap.headings.map((i) => snap.lines[i])).toEqual(['ACME', 'opens a plant', 'Media contact']);
  });

  it('does not mark a line that only begins a heading', () => {
    const snap = snapshotFromRendered(page({ text: 'Berlin\nBerlin startups raise money', headings: ['Berlin startups raise money'] }));
    expect(snap.headings).toEqual([1]);
  });

  it('keeps the line that reaches the text cap, drops the rest and says the text is incomplete', () => {
    const text = ['a'.repeat(MAX_TEXT - 5), 'b'.repeat(10), 'c'].join('\n');
    const snap = snapshotFromRendered(page({ text }));
    expect(snap.lines.map((l) => l[0])).toEqual(['a', 'b']);
    expect(snap.incomplete).toBe(true);
    expect(snapshotFromRendered(page({ text: 'short' })).incomplete).toBe(false);
    expect(snapshotFromRendered(page({ text: 'short', incomplete: true })).incomplete).toBe(true);
  });

  it('cuts a line longer than the walk allows into lines of MAX_LINE', () => {
    const snap = snapshotFromRendered(page({ text: 'x'.repeat(MAX_LINE + 10) }));
    expect(snap.lines.map((l) => l.length)).toEqual([MAX_LINE]);
    expect(snap.incomplete).toBe(true);
  });

  it('puts the H1 on one line within its cap', () => {
    expect(snapshotFromRendered(page({ h1: '  Acme\n opens\ta plant ' })).h1).toBe('Acme opens a plant');
    expect(snapshotFromRendered(page({ h1: 'h'.repeat(1200) })).h1).toHaveLength(600);
  });
});

describe('RenderedPageSchema', () => {
  const base = page({ text: 'x', headings: ['x'], h1: 'x' });

  it('accepts what the page reads and refuses oversized or malformed fields with the path that is wrong', () => {
    expect(RenderedPageSchema.parse(base)).toEqual(base);
    const menus = RenderedPageSchema.safeParse({ ...base, menus: Array.from({ length: 3 }, () => 'm'.repeat(MENU_CAPS.chars / 2)) });
    expect(menus.success).toBe(false);
    expect(menus.error?.issues[0]?.path).toEqual(['menus']);
    expect(RenderedPageSchema.safeParse({ ...base, text: 't'.repeat(200_000) }).error?.issues[0]?.path).toEqual(['text']);
    expect(RenderedPageSchema.safeParse({ ...base, headings: Array.from({ length: 73 }, () => 'h') }).success).toBe(false);
    expect(RenderedPageSchema.safeParse({ ...base, h1: 'h'.repeat(1201) }).success).toBe(false);
    expect(RenderedPageSchema.safeParse({ ...base, lines: ['x'] }).success).toBe(true); // unknown keys are dropped
    expect(RenderedPageSchema.safeParse({ ...base, incomplete: 'no' }).success).toBe(false);
  });
});

describe('head fields read with targeted queries', () => {
  const doc = parseHtml(`<html lang=""><head>
<meta name="description" content="Not wanted">
<meta property=" OG:Type " content="article">
<meta name="og:type" content="second, ignored">
<meta itemprop="language" content="">
<meta name="language" content="de_DE">
<meta name="og:type website" content="two words: not this key">
<script type=" Application/LD+JSON ">{"@type":"NewsArticle"}</script>
<script type="application/ld+json; charset=utf-8">{"@type":"Loose"}</script>
</head><body><script type="application/ld+json">{"@type":"Organization"}</script></body></html>`);

  it('finds the same values as a pass over every meta element', () => {
    const keys = ['og:type', 'language', 'og:locale', 'description'];
    const read = metaOf(doc.head.querySelectorAll(metaSelector(keys)));
    for (const key of keys) expect({ key, value: read([key]) }).toEqual({ key, value: metaContent(doc, [key]) });
    expect(read(['og:type'])).toBe('article');
    expect(read(['og:locale', 'language'])).toBe('de_DE');
  });

  it('queries the head fields with the selector metaSelector() builds for their keys', () => {
    expect(HEAD_META_SELECTOR).toBe(metaSelector(HEAD_META_KEYS));
    const fields = headFields(doc, 'https://a.example/');
    expect({ lang: fields.lang, section: fields.section }).toEqual({ lang: 'de-DE', section: 'article' });
  });

  it('reads og:url in the same query as before it joined it: property= alone, the first tag even when empty', () => {
    const read = (tags: string) => headFields(parseHtml(`<html><head>${tags}</head><body></body></html>`), 'https://a.example/');
    expect(read('<meta name="og:url" content="https://a.example/n">').canonical).toBe('');
    expect(read('<meta property="og:url" content=""><meta property="og:url" content="https://a.example/2">').canonical).toBe('');
    expect(read('<meta property="og:url" content=" https://a.example/og ">').canonical).toBe('https://a.example/og');
    expect(read('<link rel="canonical" href="https://a.example/c"><meta property="og:url" content="https://a.example/og">').canonical).toBe('https://a.example/c');
    expect(read('<meta property="og:url" name="language" content="fr">')).toMatchObject({ canonical: 'fr', lang: 'fr' });
  });

  it('skips menus on tall pages with the test compileSkip() builds for the page skip selector', () => {
    expect(PAGE_SKIP_TEST).toEqual(compileSkip(PAGE_SKIP));
  });

  it('reads JSON-LD wherever it is, only of the exact type', () => {
    expect(headFields(doc, 'https://a.example/').jsonLd).toEqual(['{"@type":"NewsArticle"}', '{"@type":"Organization"}']);
  });
});
