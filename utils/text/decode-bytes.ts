// A saved page or text file → text, decoded as a browser decodes it (WHATWG "determine the character
// encoding", simplified to what a file on disk carries): a byte-order mark first (UTF-8, UTF-16LE/BE),
// then, for HTML, a <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in
// the first 1024 bytes, else UTF-8. Read as UTF-8 regardless, a UTF-16 file with a BOM became a record
// of NULs and garbage, and a page declaring windows-1252 lost every "é" to U+FFFD.
// One departure from a browser: a page whose bytes are valid UTF-8 with non-ASCII text in them is read as
// UTF-8 whatever it declares. Tools that save or collect pages transcode them and leave the old declaration
// in (the corpus page ja-elecom-keyboard declares Shift_JIS in UTF-8 bytes; read as Shift_JIS its Japanese
// became mojibake), while real windows-1252 or Shift_JIS text is practically never valid UTF-8.
// TextDecoder knows the WHATWG labels ("latin1" and "iso-8859-1" are windows-1252, as in browsers); Node
// ships full ICU, so windows-125x, ISO-8859-x, Shift_JIS, GBK, KOI8-R … all decode there.

// 'transcoded': declared another encoding, but the bytes are UTF-8 (see above).
export type EncodingSource = 'bom' | 'meta' | 'transcoded' | 'default';

export interface Decoded {
  text: string;
  // The WHATWG name TextDecoder reports: "utf-8", "utf-16le", "windows-1252", …
  encoding: string;
  source: EncodingSource;
}

const PRESCAN_BYTES = 1024;

// windows-1252's 0x80–0x9F (WHATWG index; 0x81, 0x8D, 0x8F, 0x90 and 0x9D map to themselves). Node 20's
// TextDecoder('windows-1252') decodes that range as ISO-8859-1 (C1 controls: "“quoted” €" came out as
// "\x93quoted\x94 \x80"), so the controls it leaves are mapped here; on a correct decoder (browsers) only the
// five self-mapped ones remain, and they map to themselves.
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!));
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// A label → the encoding TextDecoder resolves it to, or null for a label it does not know.
function resolveLabel(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    // The spec: a page that declares UTF-16 in its own (ASCII-readable) bytes is not UTF-16; read it as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

// The charset in a Content-Type value: `text/html; charset="iso-8859-1"`.
function charsetInContent(content: string): string | null {
  return /charset\s*=\s*["']?([^"';\s]+)/i.exec(content)?.[1] ?? null;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;

function metaAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    // The first occurrence of an attribute wins, as in the HTML parser.
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

// The prescan: <meta> tags in the first 1024 bytes, read as ASCII (every encoding a page may declare
// itself in keeps ASCII where ASCII is), skipping comments so a commented-out declaration does not count.
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const tag of head.matchAll(/<meta[\s/]([^>]*)>/gi)) {
    const attributes = metaAttributes(tag[1]!);
    const charset = attributes.get('charset');
    const label =
      charset ??
      (attributes.get('http-equiv')?.toLowerCase() === 'content-type' ? charsetInContent(attributes.get('content') ?? '') : null);
    const encoding = label ? resolveLabel(label) : null;
    if (encoding) return encoding;
  }
  return null;
}

function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// `html: false` for plain-text and markdown files, which have no <meta>: BOM, else UTF-8.
export function decodeBytes(bytes: Uint8Array, options: { html: boolean }): Decoded {
  const bom = bomEncoding(bytes);
  // Not fatal: a stray invalid byte becomes U+FFFD, as in a browser, instead of losing the whole file.
  // TextDecoder drops the BOM of the encoding it decodes.
  if (bom) return { text: decode(bytes, bom), encoding: bom, source: 'bom' };
  const declared = options.html ? declaredEncoding(bytes) : null;
  if (declared === null) return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', source: 'default' };
  if (declared !== 'utf-8' && isUtf8WithNonAscii(bytes)) return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', source: 'transcoded' };
  return { text: decode(bytes, declared), encoding: declared, source: 'meta' };
}
