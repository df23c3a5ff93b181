import { describe, expect, it } from 'vitest';
import { addressesInScript, decodeTypo3Href, decodeTypo3Token } from '../../../utils/extract/contacts/script-email';

// TYPO3's letter shift: every code point of "mailto:…" moved by the site's offset inside three ranges.
function typo3(address: string, offset: number): string {
  const ranges: [number, number][] = [[0x2b, 0x3a], [0x40, 0x5a], [0x61, 0x7a]];
  return [...`mailto:${address}`]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      const r = ranges.find(([lo, hi]) => code >= lo && code <= hi);
      if (!r) return ch;
      const size = r[1] - r[0] + 1;
      return String.fromCharCode(r[0] + ((((code - r[0] + offset) % size) + size) % size));
    })
    .join('');
}

describe('TYPO3 spam protection', () => {
  it.each([1, 2, -3, 10])('decodes a token shifted by %i without knowing the offset', (offset) => {
    expect(decodeTypo3Token(typo3('presse@uni-beispiel.de', offset))).toBe('presse@uni-beispiel.de');
  });

  it('uses the vector of data-mailto-token when given', () => {
    expect(decodeTypo3Token(typo3('a.b@c.at', 2), 2)).toBe('a.b@c.at');
    expect(decodeTypo3Token(typo3('a.b@c.at', 2), 3)).toBeNull();
  });

  it('reads the javascript: link, quoted or URL-encoded, with or without an offset argument', () => {
    expect(decodeTypo3Href(`javascript:linkTo_UnCryptMailto('${typo3('jens.weber@acme.de', 1)}');`)).toBe('jens.weber@acme.de');
    expect(decodeTypo3Href(`javascript:linkTo_UnCryptMailto(%27${typo3('jens.weber@acme.de', 1)}%27);`)).toBe('jens.weber@acme.de');
    expect(decodeTypo3Href(`javascript:linkTo_UnCryptMailto('${typo3('x@y.ch', -2)}', 2);`)).toBe('x@y.ch');
    // As TYPO3 writes it into the page: a JavaScript string whose slashes are escaped.
    expect(decodeTypo3Href(`javascript:linkTo_UnCryptMailto('${typo3('thomas.meier@inst.ch', 1).replace(/\//g, '\\/')}');`)).toBe('thomas.meier@inst.ch');
  });

  it('gives nothing for a token that is no address', () => {
    expect(decodeTypo3Token('abcdefg')).toBeNull();
    expect(decodeTypo3Href('javascript:void(0)')).toBeNull();
  });
});

describe('addresses assembled in script', () => {
  it('joins string literals', () => {
    expect(addressesInScript("location.href='mai'+'lto:'+'jane.doe'+'@'+'acme.org';return false;")).toEqual(['jane.doe@acme.org']);
  });

  it('reverses a reversed string', () => {
    expect(addressesInScript("document.write('<a href=\"mailto:' + 'gro.emca@enaj'.split('').reverse().join('') + '\">')")).toEqual(['jane@acme.org']);
  });

  it("reads Joomla's cloak: HTML entities inside the literals", () => {
    const joomla = "var addy_text1a2b = 'jane.porter' + '&#64;' + 'riverbend' + '&#46;' + 'gov' + '&#46;' + 'uk';document.getElementById('cloak1a2b').innerHTML += addy_text1a2b;";
    expect(addressesInScript(joomla)).toEqual(['jane.porter@riverbend.gov.uk']);
  });

  it('reads character codes, hex escapes and ROT13', () => {
    const codes = [...'jane@acme.org'].map((c) => c.charCodeAt(0)).join(',');
    expect(addressesInScript(`document.write(String.fromCharCode(${codes}))`)).toEqual(['jane@acme.org']);
    const hex = [...'jane@acme.org'].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('');
    expect(addressesInScript(`var m='${hex}';document.write(m);`)).toEqual(['jane@acme.org']);
    expect(addressesInScript("document.write('<n uers=\"znvygb:wnar@npzr.bet\">'.replace(/[a-z]/gi, rot13))")).toEqual(['jane@acme.org']);
  });

  it('finds nothing in ordinary script', () => {
    expect(addressesInScript("var x = 'hello' + ' world'; track('page');")).toEqual([]);
  });
});
