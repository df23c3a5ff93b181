import { describe, expect, it } from 'vitest';
import { blockLines, textBlocks } from '../../../utils/extract/block-text';
import { detectSnapshot, detectWithEvidence } from '../../../utils/extract/detect';
import { capLines, JSONLD_CAPS, MAX_TEXT, PAGE_SKIP, snapshotFromBlocks } from '../../../utils/extract/page-snapshot';
import { parseHtml } from '../../../scripts/lib/parse-html';

// The snapshot is what the detector reads; here its layout-free producer (the DOM walk).
// The rendered producer: its page half needs a browser (tests/e2e/rendered-snapshot.test.ts), its background half
// and the message schema are in rendered-snapshot.test.ts.

function snapshotOf(html: string) {
  const doc = parseHtml(html);
  const blocks = textBlocks(doc.body, { maxChars: MAX_TEXT, skipSelector: PAGE_SKIP });
  return snapshotFromBlocks(doc, 'https://example.test/r', blocks, (h1) => blockLines(h1, { maxChars: 600 }).join(' '));
}

describe('capLines', () => {
  it('keeps the line that reaches the cap and drops the rest', () => {
    const lines = ['a'.repeat(MAX_TEXT - 5), 'b'.repeat(10), 'c'];
    expect(capLines(lines)).toEqual({ lines: lines.slice(0, 2), incomplete: true });
    expect(capLines(['short', 'lines'])).toEqual({ lines: ['short', 'lines'], incomplete: false });
  });
});

describe('snapshotFromBlocks', () => {
  const page = `<!doctype html><html lang="de_DE"><head><meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>
<title>Pressemitteilung: Ein Titel im Body</title>
<nav><h1>Menü</h1><p>Presse</p></nav>
<h1>Die <br>Überschrift</h1><p>Erster Absatz.</p><h2>Pressekontakt</h2><p>Erika Muster</p></body></html>`;

  it('reads the title wherever the page put it, the language, the section meta and the JSON-LD', () => {
    const snap = snapshotOf(page);
    expect(snap.title).toBe('Pressemitteilung: Ein Titel im Body');
    expect(snap.lang).toBe('de-DE');
    expect(snap.section).toBe('article');
    expect(snap.jsonLd).toEqual(['{"@type":"NewsArticle"}']);
  });

  it('marks heading lines, and takes the first H1 outside the menus', () => {
    const snap = snapshotOf(page);
    expect(snap.lines.slice(1)).toEqual(['Die', 'Überschrift', 'Erster Absatz.', 'Pressekontakt', 'Erika Muster']);
    expect(snap.headings.map((i) => snap.lines[i])).toEqual(['Die', 'Überschrift', 'Pressekontakt']);
    expect(snap.h1).toBe('Die Überschrift');
  });

  it('keeps at most the JSON-LD scripts and sizes the message allows', () => {
    const scripts = Array.from({ length: JSONLD_CAPS.scripts + 3 }, (_, i) => `<script type="application/ld+json">{"@type":"Thing","n":${i}}</script>`).join('');
    const huge = `<script type="application/ld+json">{"x":"${'y'.repeat(JSONLD_CAPS.chars)}"}</script>`;
    const snap = snapshotOf(`<html><head>${huge}${scripts}</head><body><p>x</p></body></html>`);
    expect(snap.jsonLd).toHaveLength(JSONLD_CAPS.scripts);
    expect(snap.jsonLd[0]).toBe('{"@type":"Thing","n":0}');
  });

  it('gives the detector the same evidence as detectWithEvidence()', () => {
    const wire = parseHtml(
      '<html><body><h1>Acme Opens Plant</h1><p>NEW YORK, March 3, 2026 /PRNewswire/ -- Acme Corp. today announced a plant in Ohio that will employ 400 people within three years.</p><p>Media Contact: Jane Doe, jane@acme.example</p></body></html>',
    );
    const direct = detectWithEvidence(wire, 'https://example.test/r');
    const blocks = textBlocks(wire.body, { maxChars: MAX_TEXT, skipSelector: PAGE_SKIP });
    const viaSnapshot = detectSnapshot(snapshotFromBlocks(wire, 'https://example.test/r', blocks, (h1) => blockLines(h1).join(' ')));
    expect(viaSnapshot.detection).toEqual(direct.detection);
    expect(direct.detection.isPressRelease).toBe(true);
  });
});

describe('<noscript>', () => {
  // Where scripts run, the parser leaves a <noscript>'s content as raw text; where they are off, its elements are
  // real and shown, and some pages open their whole layout inside one.
  it('skips the raw text of a <noscript> and reads one that holds elements', () => {
    const doc = parseHtml('<html><body><p>Before.</p></body></html>');
    const raw = doc.createElement('noscript');
    raw.textContent = '<img src="/pixel.gif">Please enable JavaScript.';
    const shown = doc.createElement('noscript');
    shown.innerHTML = '<div><h1>Comunicato stampa</h1><p>The page, laid out inside a noscript.</p></div>';
    doc.body.append(raw, shown);
    expect(blockLines(doc.body)).toEqual(['Before.', 'Comunicato stampa', 'The page, laid out inside a noscript.']);
  });
});
