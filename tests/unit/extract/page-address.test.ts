import { describe, expect, it } from 'vitest';
import { addressEvidence } from '../../../utils/extract/detection/page-address';
import { detectSnapshot } from '../../../utils/extract/detect';
import { documentSnapshot } from '../../../utils/extract/detection/document-snapshot';
import { parseHtml } from '../../../scripts/lib/parse-html';

// The page's addresses as evidence: the one it was read at and the canonical one it gives itself.

describe('addressEvidence', () => {
  it('reads a release term in the path, and a wire host', () => {
    expect(addressEvidence('https://www.prnewswire.com/news-releases/acme-opens-plant-302345678.html', '')).toEqual({
      release: 'news-release',
      section: null,
      wire: 'prnewswire.com',
    });
    expect(addressEvidence('https://www.bfs.de/SharedDocs/Pressemitteilungen/BfS/DE/2022/001.html', '').release).toBe('pressemitteilung');
  });

  it('takes a path that ends at the section name for the index of releases, not one release', () => {
    for (const url of ['https://rep.example.gov/media-center/press-releases', 'https://x.example/presse/pressemitteilungen/', 'https://x.example/press-releases/page/2', 'https://x.example/comunicados.html']) {
      const a = addressEvidence(url, '');
      expect(a.release, url).toBeNull();
      expect(a.section, url).not.toBeNull();
    }
  });

  it('reads the canonical address when the page was read under another one, relative ones resolved', () => {
    expect(addressEvidence('https://example.test/doc-1', 'https://www.acme.example/press-release/acme-opens-plant').release).toBe('press-release');
    expect(addressEvidence('file:///home/j/saved.html', '/newsroom/acme-opens-plant').section).toBe('newsroom');
    expect(addressEvidence('https://example.test/doc-1', 'https://news.cision.com/acme/r/acme-opens-plant,c123').wire).toBe('news.cision.com');
  });

  it('names nothing for an ordinary page or an address it cannot parse', () => {
    expect(addressEvidence('https://blog.example/2026/12/why-we-moved', 'not a url ::')).toEqual({ release: null, section: null, wire: null });
    // A host that merely ends like a wire's is not that wire.
    expect(addressEvidence('https://notprnewswire.com/x', '').wire).toBeNull();
  });

  it('reads a query that names the kind of page', () => {
    expect(addressEvidence('https://x.example/news.php?type=pressemitteilung&id=123', '').release).toBe('pressemitteilung');
  });
});

describe('the detector reads the canonical address', () => {
  const page = (canonical: string) =>
    parseHtml(`<html><head><title>Acme opens plant</title>${canonical}</head><body><h1>Acme opens plant</h1><p>${'Acme opened a plant. '.repeat(10)}</p></body></html>`);

  it('gives the URL reason from <link rel="canonical"> and og:url', () => {
    for (const head of ['<link rel="canonical" href="https://www.acme.example/press-releases/acme-opens-plant">', '<meta property="og:url" content="https://www.acme.example/press-releases/acme-opens-plant">']) {
      const snap = documentSnapshot(page(head), 'https://example.test/doc-1');
      expect(snap.canonical).toBe('https://www.acme.example/press-releases/acme-opens-plant');
      expect(detectSnapshot(snap).detection.signals).toContain("URL says 'press-release'");
    }
    const none = documentSnapshot(page(''), 'https://example.test/doc-1');
    expect(none.canonical).toBe('');
    expect(detectSnapshot(none).detection.signals.some((s) => s.startsWith('URL'))).toBe(false);
  });
});
