// Addresses a page assembles with script so that harvesters miss them, decoded from the markup itself (no script
// runs): the key is in the page, as Cloudflare's is.
//   TYPO3 "spamProtectEmailAddresses": href="javascript:linkTo_UnCryptMailto('nbjmup+kbof/epfAbdnf/ef');" or
//   (TYPO3 11+) data-mailto-token="nbjmup+…" data-mailto-vector="1": every character of "mailto:…" shifted
//   within three ranges of code points. Used by many German, Austrian and Swiss institutions.
//   Concatenated strings in an onclick or inline script: 'mai'+'lto:'+'jane'+'@'+'acme.org'.
//   Reversed strings: 'gro.emca@enaj'.split('').reverse().join('').
//   Joomla's "email cloaking": 'jane' + '&#64;' + 'acme' + '&#46;' + 'org' (HTML entities inside the literals).
//   Character codes and escapes: String.fromCharCode(106,97,…), '\x6a\x61…', '\u006a…'.
//   ROT13 ("znvygb:wnar@npzr.bet"), as some WordPress plugins write it.

import { decodeEntities } from '../text-to-document';
import { isValidEmail } from './emails';

// TYPO3's three ranges: "+,-./0-9:" (0x2B–0x3A), "@A-Z" (0x40–0x5A), "a-z" (0x61–0x7A).
const RANGES: readonly [number, number][] = [[0x2b, 0x3a], [0x40, 0x5a], [0x61, 0x7a]];

function shift(text: string, offset: number): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const range = RANGES.find(([lo, hi]) => code >= lo && code <= hi);
    if (!range) {
      out += ch;
      continue;
    }
    const [lo, hi] = range;
    const size = hi - lo + 1;
    out += String.fromCharCode(lo + ((((code - lo + offset) % size) + size) % size));
  }
  return out;
}

function addressOfMailto(mailto: string): string | null {
  const address = decodeURIComponent(mailto.replace(/^mailto:/i, '').split('?')[0] ?? '').trim();
  return isValidEmail(address) ? address : null;
}

// TYPO3 allows offsets -10…10; the right one turns the token into "mailto:…".
export function decodeTypo3Token(token: string, vector?: number): string | null {
  if (token.length > 400) return null;
  const offsets = vector !== undefined && Number.isInteger(vector) ? [-vector] : Array.from({ length: 21 }, (_, i) => i - 10);
  for (const offset of offsets) {
    const plain = shift(token, offset);
    if (/^mailto:/i.test(plain)) {
      try {
        return addressOfMailto(plain);
      } catch {
        return null;
      }
    }
  }
  return null;
}

const TYPO3_CALL = /linkTo_UnCryptMailto\(\s*(?:%27|'|")([^'"%]+)(?:%27|'|")(?:\s*,\s*(-?\d+))?/;

export function decodeTypo3Href(href: string): string | null {
  const m = TYPO3_CALL.exec(href);
  if (!m) return null;
  // The optional second argument is the offset to undo ("linkTo_UnCryptMailto('…', -2)"). TYPO3 writes the
  // token as a JavaScript string, with its slashes escaped ("nbjmup+kbof\/epfAbdnf\/ef").
  return decodeTypo3Token((m[1] ?? '').replace(/\\(.)/g, '$1'), m[2] !== undefined ? -Number(m[2]) : undefined);
}

// String literals joined by "+" (with their reversal, if the code reverses them), read as one text.
const JOINED = /(['"])((?:\\[^\n]|(?!\1)[^\\\n]){0,200})\1(?:\s*\.split\(\s*(['"])\3\s*\)\.reverse\(\)\.join\(\s*(['"])\4\s*\))?/g;

const ADDRESS = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const CHAR_CODES = /String\.fromCharCode\(\s*((?:\d{1,6}\s*,\s*){3,300}\d{1,6})\s*\)/g;
const ESCAPE = /\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})/g;

// What a script's literal says once its escapes are read.
function unescape(text: string): string {
  return text.replace(ESCAPE, (_, x: string | undefined, u: string | undefined) => String.fromCharCode(parseInt(x ?? u ?? '0', 16)));
}

function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

// Might this code assemble an address? Cheap tests before any decoding.
export function mayAssembleAddress(code: string): boolean {
  return /mailto|@|&#0*64;|&#x0*40;|fromCharCode|\\x40|\\u0040|znvygb/i.test(code);
}

export function addressesInScript(source: string): string[] {
  let code = source;
  if (code.length > 20_000 || !(/mail/i.test(code) || mayAssembleAddress(code))) return [];
  const found = new Set<string>();
  const add = (text: string) => {
    for (const e of text.match(ADDRESS) ?? []) if (isValidEmail(e)) found.add(e);
  };
  // Entities first: their ";" would otherwise cut a statement in two ('jane' + '&#64;' + …).
  code = decodeEntities(code);
  for (const m of code.matchAll(CHAR_CODES)) add(String.fromCharCode(...(m[1] ?? '').split(',').map((n) => Number(n.trim()) & 0xffff)));
  // Each run of literals joined by "+", across variables and calls, is one candidate text.
  for (const run of code.split(/;|\n|\)\s*[;,]/)) {
    let text = '';
    for (const m of run.matchAll(JOINED)) text += m[3] !== undefined ? [...(m[2] ?? '')].reverse().join('') : (m[2] ?? '');
    const plain = unescape(text);
    add(/znvygb:/i.test(plain) ? rot13(plain) : plain);
  }
  return [...found];
}
