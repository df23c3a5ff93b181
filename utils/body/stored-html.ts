import { BODY_TAGS, LINK_SCHEMES, type BodyTag } from './allowlist';
import { decodeEntities } from './entities';

// A body's HTML as DOMPurify serialises it under the allowlist, read as tokens without a DOM: the background
// (a service worker in Chrome, no DOMParser) checks every body it stores against this grammar, and the
// Markdown and plain-text conversions walk the same tokens. Anything a serialiser under the allowlist would not
// write (another tag, any other attribute, a comment, a raw "<", an unknown entity, a link to another scheme)
// makes the whole body unreadable here, and the background refuses it instead of storing it.

export type BodyToken =
  | { kind: 'open'; tag: BodyTag; href: string | null }
  | { kind: 'close'; tag: BodyTag }
  | { kind: 'text'; text: string };

const TAGS = new Set<string>(BODY_TAGS);
// A tag as the HTML serialiser writes one: lower case, the only attribute double-quoted. Inside the quotes
// only a `"` ends the value (serialisers escape it as &quot;), so < and > may appear raw there.
const TAG = /^<(\/?)([a-z][a-z0-9]*)((?: [a-z-]+="[^"]*")*)>/;
const ATTR = / ([a-z-]+)="([^"]*)"/g;
// Text runs up to the next tag; an & in it must begin an entity the serialiser writes.
const TEXT = /^[^<]+/;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|nbsp|#[0-9]{1,7}|#x[0-9a-f]{1,6});)/i;

export type TokensRead = { ok: true; tokens: BodyToken[] } | { ok: false; reason: string };

export function readBodyTokens(html: string): TokensRead {
  const tokens: BodyToken[] = [];
  let at = 0;
  while (at < html.length) {
    const rest = html.slice(at, at + 20_000);
    if (rest[0] !== '<') {
      const text = TEXT.exec(rest)![0];
      if (BAD_AMPERSAND.test(text)) return { ok: false, reason: 'it holds an "&" that is not an HTML entity' };
      tokens.push({ kind: 'text', text: decodeEntities(text) });
      at += text.length;
      continue;
    }
    const tag = TAG.exec(rest);
    const name = /^<\/?([a-zA-Z][^\s/>]*)/.exec(rest)?.[1];
    if (name && !TAGS.has(name)) return { ok: false, reason: `it holds a <${name}> element, which PressClip does not keep` };
    if (!tag) return { ok: false, reason: `it holds markup PressClip does not keep ("${rest.slice(0, 20)}")` };
    const [whole, slash, tagName, attrs] = tag as unknown as [string, string, BodyTag, string];
    if (slash) {
      if (attrs) return { ok: false, reason: `a closing </${tagName}> has attributes` };
      tokens.push({ kind: 'close', tag: tagName });
    } else {
      let href: string | null = null;
      for (const [, attr, value] of attrs.matchAll(ATTR)) {
        if (attr !== 'href' || tagName !== 'a' || href !== null) return { ok: false, reason: `it holds an attribute "${attr}" on <${tagName}>, which PressClip does not keep` };
        if (BAD_AMPERSAND.test(value!)) return { ok: false, reason: 'a link holds an "&" that is not an HTML entity' };
        href = decodeEntities(value!);
        if (!LINK_SCHEMES.test(href)) return { ok: false, reason: `it holds a link to "${href.slice(0, 30)}"; only http(s), mailto and tel links are kept` };
      }
      tokens.push({ kind: 'open', tag: tagName, href });
    }
    at += whole.length;
  }
  return { ok: true, tokens };
}

// Why a body's HTML may not be stored, or null when it may.
export function storedHtmlProblem(html: string): string | null {
  const read = readBodyTokens(html);
  return read.ok ? null : read.reason;
}
