import type { SkipTest, TextBlock } from './block-text';
import { metaOf } from './meta';

// What the detector reads of a page, as plain data: its visible text lines in reading order (menus skipped) and a
// few head fields. Two producers make it: snapshotFromBlocks() from the DOM walk extract() makes (and Node, where
// there is no layout), and snapshotFromRendered() in the background, from the raw rendered text the every-page
// content script sends (rendered-page.ts). The verdict is computed from the snapshot off the page's main thread.

export interface PageSnapshot {
  url: string;
  // The address the page gives itself (<link rel="canonical">, else og:url), '' when none: a saved copy or a page
  // read under another address (a preview, a cache, the eval's neutral URL) still says where it lives.
  canonical: string;
  title: string; // <title>
  lang: string | null; // <html lang>, else og:locale / language meta
  section: string; // article:section / og:type / dc.type meta
  jsonLd: string[]; // the page's JSON-LD scripts, raw, within JSONLD_CAPS
  lines: string[]; // text lines until the total reaches MAX_TEXT (the line that crosses it included)
  headings: number[]; // indexes of lines that are headings (h1–h6)
  h1: string; // the first H1's text, lines joined, ≤ H1_MAX chars
  incomplete: boolean; // the text was cut at MAX_TEXT
}

// A release's cues (label, dateline, contacts, "About …", end mark) sit in its first few thousand characters;
// halving the cap from 40,000 changed no verdict on the corpus while halving the work on long pages.
export const MAX_TEXT = 20_000;
// One line as the walk flushes it (block-text.ts): longer text runs are cut into lines of this size.
export const MAX_LINE = 20_000;
export const H1_MAX = 600;
export const JSONLD_CAPS = { scripts: 10, chars: 100_000 };
export const MAX_HEADINGS = 300;

// The walk skips menus: its skip selector, shared by extract() (which reads further with the same rule).
export const PAGE_SKIP = 'nav, [role="navigation"]';
// compileSkip(PAGE_SKIP), written out: the every-page script's walk of tall pages uses it and so compiles no
// regular expression to build it (a unit test keeps the two equal).
export const PAGE_SKIP_TEST: SkipTest = { tags: new Set(['NAV']), attrs: [{ name: 'role', value: 'navigation' }], fallback: null };

// Loose (~=, any case); jsonLdTextsOf() checks the exact type. A selector query rather than a look at every
// script: a page has dozens, and each one a content script touches costs a wrapper.
export const JSONLD_SELECTOR = 'script[type~="application/ld+json" i]';

// The JSON-LD texts among `scripts` (elements JSONLD_SELECTOR found, in document order), within JSONLD_CAPS.
export function jsonLdTextsOf(scripts: ArrayLike<Element>): string[] {
  const out: string[] = [];
  for (let i = 0; i < scripts.length && out.length < JSONLD_CAPS.scripts; i++) {
    const el = scripts[i] as Element;
    if ((el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = el.textContent ?? '';
    if (raw && raw.length <= JSONLD_CAPS.chars) out.push(raw);
  }
  return out;
}

export function jsonLdTexts(doc: Document): string[] {
  return jsonLdTextsOf(doc.querySelectorAll(JSONLD_SELECTOR));
}

const LANG_META = ['og:locale', 'language', 'content-language'];
const SECTION_META = ['article:section', 'og:type', 'dc.type'];
export const HEAD_META_KEYS = [...LANG_META, ...SECTION_META];
// metaSelector(HEAD_META_KEYS), written out: the every-page script runs headFields() and so compiles nothing to
// build it (a unit test keeps the two equal).
export const HEAD_META_SELECTOR =
  'meta[property~="og:locale" i], meta[name~="og:locale" i], meta[itemprop~="og:locale" i], ' +
  'meta[property~="language" i], meta[name~="language" i], meta[itemprop~="language" i], ' +
  'meta[property~="content-language" i], meta[name~="content-language" i], meta[itemprop~="content-language" i], ' +
  'meta[property~="article:section" i], meta[name~="article:section" i], meta[itemprop~="article:section" i], ' +
  'meta[property~="og:type" i], meta[name~="og:type" i], meta[itemprop~="og:type" i], ' +
  'meta[property~="dc.type" i], meta[name~="dc.type" i], meta[itemprop~="dc.type" i]';

// `meta`: a reader of the head's meta tags that knows LANG_META (headFields() gives it).
function pageLang(doc: Document, meta: (wanted: readonly string[]) => string | null): string | null {
  // lang="" says nothing: the meta tags may still know.
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || meta(LANG_META);
  return lang ? lang.trim().replace('_', '-').slice(0, 35) || null : null;
}

export type HeadFields = Pick<PageSnapshot, 'url' | 'canonical' | 'title' | 'lang' | 'section' | 'jsonLd'>;

// The canonical link lives in the head; a query there costs a few microseconds on any page.
const CANONICAL_SELECTOR = 'link[rel~="canonical" i]';
const OG_URL_SELECTOR = 'meta[property="og:url" i]';
const HEAD_SELECTOR = `${HEAD_META_SELECTOR}, ${OG_URL_SELECTOR}`;
export const CANONICAL_MAX = 2048;

// The href of the page's <link rel="canonical"> as written, null without one; extract() reads it too.
export function canonicalHref(doc: Document): string | null {
  return (doc.head ?? doc).querySelector(CANONICAL_SELECTOR)?.getAttribute('href') ?? null;
}

// One query of the head for headFields()'s meta tags. og:url keeps its reading (the first <meta property="og:url">'s
// content, even empty) rather than metaOf()'s (property, name or itemprop; first non-empty), and feeds metaOf() only
// where HEAD_META_SELECTOR finds it too: the snapshot reads what two queries read before.
function headMeta(doc: Document): { meta: (wanted: readonly string[]) => string | null; ogUrl: string | null } {
  const found = (doc.head ?? doc).querySelectorAll(HEAD_SELECTOR);
  const metas: Element[] = [];
  let og: Element | null = null;
  for (let i = 0; i < found.length; i++) {
    const el = found[i] as Element;
    const isOg = el.matches(OG_URL_SELECTOR);
    if (isOg) og ??= el;
    if (!isOg || el.matches(HEAD_META_SELECTOR)) metas.push(el);
  }
  return { meta: metaOf(metas), ogUrl: og?.getAttribute('content') ?? null };
}

// `jsonLd`: the page's JSON-LD texts, when the caller found them on a walk it makes anyway (a document-wide query
// costs ~0.7 ms on a 5 MB page).
export function headFields(doc: Document, url: string, jsonLd: string[] = jsonLdTexts(doc)): HeadFields {
  const { meta, ogUrl } = headMeta(doc);
  return {
    url: url.slice(0, 4096),
    canonical: (canonicalHref(doc) ?? ogUrl ?? '').trim().slice(0, CANONICAL_MAX),
    // document.title: the first <title> wherever a broken page put it (some end up in the body).
    title: (doc.title ?? '').slice(0, 2000),
    lang: pageLang(doc, meta),
    section: (meta(SECTION_META) ?? '').slice(0, 300),
    jsonLd,
  };
}

// The prefix of `lines` the detector reads: up to and including the line that brings the total to MAX_TEXT.
export function capLines(lines: readonly string[]): { lines: string[]; incomplete: boolean } {
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    total += lines[i]?.length ?? 0;
    if (total >= MAX_TEXT) return { lines: lines.slice(0, i + 1), incomplete: true };
  }
  return { lines: [...lines], incomplete: false };
}

// A set, not a regular expression: the every-page script tests tags with it, and a regular expression there would
// be compiled on every page.
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

// From textBlocks(body, { skipSelector: PAGE_SKIP }) with any cap ≥ MAX_TEXT; `h1Text` reads the first H1's
// whole text (the caller's block-text reader: some sites put a <style> inside the heading).
export function snapshotFromBlocks(doc: Document, url: string, blocks: readonly TextBlock[], h1Text: (h1: Element) => string): PageSnapshot {
  const { lines, incomplete } = capLines(blocks.map((b) => b.text));
  const headings: number[] = [];
  let h1: Element | null = null;
  let last: Element | null = null;
  for (let i = 0; i < lines.length; i++) {
    const el = (blocks[i] as TextBlock).element;
    if (HEADING_TAGS.has(el.tagName.toUpperCase()) && headings.length < MAX_HEADINGS) headings.push(i);
    // The first H1 among the lines read; consecutive lines of one element share the answer.
    if (!h1 && el !== last) h1 = el.closest('h1');
    last = el;
  }
  return { ...headFields(doc, url), lines, headings, h1: h1 ? h1Text(h1).slice(0, H1_MAX) : '', incomplete };
}

