// Addresses a page assembles with script so that harvesters miss them, decoded from the markup itself (no script
// runs): the key is in the page, as Cloudflare's is.
//   TYPO3 "spamProtectEmailAddresses": href="javascript:linkTo_UnCryptMailto('nbjmup+kbof/epfAbdnf/ef');" or
//   (TYPO3 11+) data-mailto-token="nbjmup+…" data-mailto-vector="1": every character of "mailto:…" shifted
//   within three ranges of code points. Used by many German, Austrian and Swiss institutions.
//   Concatenated strings in an onclick or inline script: 'mai'+'lto:'+'jane'+'@'+'acme.org'.
//   Reversed strings: 'gro.emca@enaj'.split('').reverse().join('').

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
const JOINED = /(['"])((?:(?!\1)[^\\\n]){0,200})\1(?:\s*\.split\(\s*(['"])\3\s*\)\.reverse\(\)\.join\(\s*(['"])\4\s*\))?/g;

export function addressesInScript(code: string): string[] {
  if (code.length > 20_000 || !/@|mail/i.test(code)) return [];
  const found = new Set<string>();
  // Each run of literals joined by "+", across variables and calls, is one candidate text.
  for (const run of code.split(/;|\n|\)\s*[;,]/)) {
    let text = '';
    for (const m of run.matchAll(JOINED)) text += m[3] !== undefined ? [...(m[2] ?? '')].reverse().join('') : (m[2] ?? '');
    for (const e of text.match(/[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g) ?? []) if (isValidEmail(e)) found.add(e);
  }
  return [...found];
}
