// Cloudflare "email address obfuscation" replaces every address in a page with "[email protected]" and keeps
// the address XOR-encoded in hex: `<a class="__cf_email__" data-cfemail="HEX">` or
// `<a href="/cdn-cgi/l/email-protection#HEX">`. The first byte is the key; every following byte XOR the key
// is one byte of the UTF-8 address.

export function decodeCloudflareEmail(hex: string): string | null {
  const clean = hex.trim();
  if (clean.length < 4 || clean.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(clean)) return null;
  const key = parseInt(clean.slice(0, 2), 16);
  const bytes = new Uint8Array(clean.length / 2 - 1);
  for (let i = 2; i < clean.length; i += 2) bytes[i / 2 - 1] = parseInt(clean.slice(i, i + 2), 16) ^ key;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.includes('@') ? text : null;
}

// The hex after "/cdn-cgi/l/email-protection#" in a link, or null.
export function cloudflareHexFromHref(href: string): string | null {
  const m = /\/cdn-cgi\/l\/email-protection#([0-9a-fA-F]+)/.exec(href);
  return m ? (m[1] ?? null) : null;
}
