import { URL_RELEASE_TERMS, URL_SECTION_TERMS, WIRE_HOSTS } from '../cues/release-cues';

// What a page's addresses say about it: the address it was read at and the one it gives itself (canonical link,
// og:url), so a saved copy or a page read under another address still shows where it lives.

export interface AddressEvidence {
  release: string | null; // a term naming one release ("/news-releases/acme-opens-plant-3012…")
  section: string | null; // a press section, or the index page of its releases ("/media-center/press-releases")
  wire: string | null; // the host of a release-distribution service ("www.prnewswire.com")
}

// A listing's further pages ("/press-releases/page/2", "/presse/seite/3") are still the index.
const PAGINATION = /^(?:page|seite|pagina|página|p|\d{1,3})$/;
// "press-releases", "pressemitteilungen", "comunicados": the term in a plural is the section's own name.
const PLURAL = /^(?:s|es|en|n|i|e)?$/;
const EXTENSION = /\.(?:s?html?|php\d?|aspx?|jsp|cfm)$/;

function segmentsOf(url: string, base: string | undefined): { host: string; segments: string[] } | null {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return null;
  }
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const segments = u.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => decode(s).toLowerCase().replace(EXTENSION, '').replace(/[_.=?&+\s]+/g, '-'));
  while (segments.length && PAGINATION.test(segments[segments.length - 1] as string)) segments.pop();
  // "news.php?type=pressemitteilung&id=123": the query names the kind of page as often as the path does.
  const query = decode(u.search.slice(1)).toLowerCase().replace(/[_.=?&+\s]+/g, '-');
  if (query && URL_RELEASE_TERMS.some((t) => query.includes(t))) segments.push(`${query}-q`);
  return { host: u.hostname.toLowerCase(), segments };
}

function isWireHost(host: string): string | null {
  return WIRE_HOSTS.find((h) => host === h || host.endsWith(`.${h}`)) ?? null;
}

function readOne(url: string, base: string | undefined): AddressEvidence {
  const parsed = segmentsOf(url, base);
  if (!parsed) return { release: null, section: null, wire: null };
  const { host, segments } = parsed;
  let release: string | null = null;
  let section: string | null = null;
  segments.forEach((seg, i) => {
    const term = URL_RELEASE_TERMS.find((t) => seg.includes(t));
    if (term) {
      // The last segment and nothing but the term: the section's index, not one release.
      const index = i === segments.length - 1 && PLURAL.test(seg.replace(term, ''));
      if (index) section ??= term;
      else release ??= term;
      return;
    }
    section ??= URL_SECTION_TERMS.find((t) => `-${seg}-`.includes(`-${t}-`)) ?? null;
  });
  return { release, section: release ? null : section, wire: isWireHost(host) };
}

// The evidence of the page's address and of the one it gives itself (resolved against the first, as a browser
// does), the first that says anything winning each slot.
export function addressEvidence(url: string, canonical: string): AddressEvidence {
  const out: AddressEvidence = { release: null, section: null, wire: null };
  for (const one of [readOne(url, undefined), canonical ? readOne(canonical, url || undefined) : null]) {
    if (!one) continue;
    out.release ??= one.release;
    out.wire ??= one.wire;
    out.section ??= one.section;
  }
  if (out.release) out.section = null;
  return out;
}
