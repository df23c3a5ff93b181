import { describe, expect, it } from 'vitest';
import { declaredEncoding, decodeBytes } from '../../../utils/text/decode-bytes';

// Files decoded as a browser decodes them: BOM, then the page's own <meta> declaration, then UTF-8.

const PAGE = '<p>Pressemitteilung: Café Müller öffnet — „Zürich“</p>';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = bigEndian ? unit >> 8 : unit & 0xff;
    bytes[3 + i * 2] = bigEndian ? unit & 0xff : unit >> 8;
  }
  return bytes;
}

// One byte per character: the test pages below use only windows-1252's Latin-1 range.
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

describe('decodeBytes', () => {
  it('reads UTF-16LE and UTF-16BE with a BOM, whatever the page declares', () => {
    const html = `<meta charset="windows-1252">${PAGE}`;
    for (const bigEndian of [false, true]) {
      const decoded = decodeBytes(utf16(html, bigEndian), { html: true });
      expect(decoded).toEqual({ text: html, encoding: bigEndian ? 'utf-16be' : 'utf-16le', source: 'bom' });
    }
  });

  it('drops a UTF-8 BOM and reads the rest as UTF-8', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PAGE)]);
    expect(decodeBytes(bytes, { html: true })).toEqual({ text: PAGE, encoding: 'utf-8', source: 'bom' });
  });

  it('follows <meta charset="windows-1252">', () => {
    const html = '<!doctype html><html><head><meta charset="windows-1252"><title>Communiqué</title></head><body>Café – “quoted” €</body></html>';
    // windows-1252 puts –, “, ” and € in 0x80–0x9F.
    const bytes = latin1(html.replace('–', '\x96').replace('“', '\x93').replace('”', '\x94').replace('€', '\x80'));
    expect(decodeBytes(bytes, { html: true })).toEqual({ text: html, encoding: 'windows-1252', source: 'meta' });
  });

  it('follows an http-equiv Content-Type declaring ISO-8859-1 (which browsers read as windows-1252)', () => {
    const html = '<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"></head><body>Presseerklärung für Öffentlichkeit</body></html>';
    expect(decodeBytes(latin1(html), { html: true })).toEqual({ text: html, encoding: 'windows-1252', source: 'meta' });
  });

  it('reads a file without a declaration as UTF-8', () => {
    const bytes = new TextEncoder().encode(`<html><body>${PAGE}</body></html>`);
    expect(decodeBytes(bytes, { html: true })).toEqual({ text: `<html><body>${PAGE}</body></html>`, encoding: 'utf-8', source: 'default' });
  });

  it('reads plain text as UTF-8 even when it mentions a charset, and a UTF-16 text file by its BOM', () => {
    const text = 'Media contact: <meta charset="windows-1252"> Zoë';
    expect(decodeBytes(new TextEncoder().encode(text), { html: false }).text).toBe(text);
    expect(decodeBytes(utf16(text, false), { html: false }).text).toBe(text);
  });

  it('turns an invalid byte into U+FFFD instead of failing', () => {
    expect(decodeBytes(new Uint8Array([0x41, 0xff, 0x42]), { html: true }).text).toBe('A\uFFFDB');
  });
});

describe('declaredEncoding', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('skips comments, unknown labels and metas that are not a content type', () => {
    expect(declaredEncoding(bytes('<!-- <meta charset="koi8-r"> --><meta charset="shift_jis">'))).toBe('shift_jis');
    expect(declaredEncoding(bytes('<meta charset="no-such-thing"><meta charset=\'iso-8859-2\'>'))).toBe('iso-8859-2');
    expect(declaredEncoding(bytes('<meta http-equiv="refresh" content="0; charset=koi8-r"><meta name=x>'))).toBeNull();
  });

  it('reads a page that declares UTF-16 in ASCII as UTF-8, as the spec says', () => {
    expect(declaredEncoding(bytes('<meta charset="utf-16">'))).toBe('utf-8');
  });

  it('looks only at the first 1024 bytes', () => {
    expect(declaredEncoding(bytes(`${' '.repeat(1024)}<meta charset="windows-1252">`))).toBeNull();
    expect(declaredEncoding(bytes(`${' '.repeat(990)}<meta charset="windows-1252">`))).toBe('windows-1252');
  });
});

describe('a page transcoded to UTF-8 with its old declaration left in', () => {
  it('is read as UTF-8 when its bytes are valid UTF-8 with non-ASCII text', () => {
    const html = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><h1>エレコム、新キーボードを発売</h1>';
    expect(decodeBytes(new TextEncoder().encode(html), { html: true })).toEqual({ text: html, encoding: 'utf-8', source: 'transcoded' });
  });

  it('still follows the declaration for real Shift_JIS bytes and for pure ASCII', () => {
    // "日本" in Shift_JIS: 93 FA 96 7B (not valid UTF-8).
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="shift_jis"><p>'), 0x93, 0xfa, 0x96, 0x7b]);
    expect(decodeBytes(bytes, { html: true })).toMatchObject({ text: '<meta charset="shift_jis"><p>日本', source: 'meta' });
    expect(decodeBytes(new TextEncoder().encode('<meta charset="iso-8859-1"><p>ASCII only'), { html: true }).source).toBe('meta');
  });
});
