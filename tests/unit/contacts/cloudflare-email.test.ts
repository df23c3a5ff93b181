import { describe, expect, it } from 'vitest';
import { cloudflareHexFromHref, decodeCloudflareEmail } from '../../../utils/extract/contacts/cloudflare-email';

// Encodes like Cloudflare does: key byte, then every UTF-8 byte of the address XOR the key.
function encode(email: string, key: number): string {
  const bytes = [...new TextEncoder().encode(email)].map((b) => b ^ key);
  return [key, ...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('decodeCloudflareEmail', () => {
  it('decodes data-cfemail hex with the first byte as key', () => {
    expect(decodeCloudflareEmail(encode('pressestelle@diakonie.de', 0x3d))).toBe('pressestelle@diakonie.de');
    expect(decodeCloudflareEmail(encode('a.b@example.org', 0x00))).toBe('a.b@example.org');
  });

  it('round-trips any key', () => {
    for (const key of [0x01, 0x5a, 0x80, 0xff]) expect(decodeCloudflareEmail(encode('press@greenriver.org', key))).toBe('press@greenriver.org');
  });

  it('decodes non-ASCII addresses as UTF-8', () => {
    expect(decodeCloudflareEmail(encode('jürgen@bücher.de', 0x42))).toBe('jürgen@bücher.de');
  });

  it('refuses malformed hex and decodings that are not addresses', () => {
    expect(decodeCloudflareEmail('')).toBeNull();
    expect(decodeCloudflareEmail('zz1234')).toBeNull();
    expect(decodeCloudflareEmail('abc')).toBeNull();
    expect(decodeCloudflareEmail(encode('no at sign', 0x11))).toBeNull();
  });

  it('reads the hex from /cdn-cgi/l/email-protection# links only', () => {
    const hex = encode('x@y.org', 0x21);
    expect(cloudflareHexFromHref(`/cdn-cgi/l/email-protection#${hex}`)).toBe(hex);
    expect(cloudflareHexFromHref(`https://site.org/cdn-cgi/l/email-protection#${hex}`)).toBe(hex);
    expect(cloudflareHexFromHref('/cdn-cgi/l/email-protection')).toBeNull();
    expect(cloudflareHexFromHref(`/other#${hex}`)).toBeNull();
  });
});
