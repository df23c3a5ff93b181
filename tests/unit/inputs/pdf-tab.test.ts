import { describe, expect, it } from 'vitest';
import { isPdfAddress, isPdfContentType } from '../../../utils/inputs/pdf-tab';

describe('is the tab a PDF?', () => {
  it('by its address: a path ending in .pdf, on the web or on disk', () => {
    expect(isPdfAddress('https://gov.example/press/2026/release-14.PDF?download=1#page=2')).toBe(true);
    expect(isPdfAddress('file:///home/me/Downloads/Pressemitteilung%20M%C3%A4rz.pdf')).toBe(true);
    expect(isPdfAddress('https://gov.example/press/release.pdf.html')).toBe(false);
    expect(isPdfAddress('https://gov.example/download?file=release.pdf')).toBe(false);
    expect(isPdfAddress('chrome-extension://abc/release.pdf')).toBe(false);
    expect(isPdfAddress(null)).toBe(false);
  });

  it('by the response type when the address does not say', () => {
    expect(isPdfContentType('application/pdf')).toBe(true);
    expect(isPdfContentType('Application/PDF; qs=0.001')).toBe(true);
    expect(isPdfContentType('application/x-pdf')).toBe(true);
    expect(isPdfContentType('text/html; charset=utf-8')).toBe(false);
    expect(isPdfContentType(null)).toBe(false);
  });
});
