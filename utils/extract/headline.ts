import { blockLines } from './block-text';
import { PRESS_RELEASE_TERMS } from './cues/release-cues';
import { ldString, type LdNode } from './jsonld';
import { metaContent } from './meta';
import { clean, escapeRegExp, norm, textWeight } from './text-norm';
import { titleCore } from './title-parts';
import { overlap } from './word-overlap';

// The release title as shown: the H1 that matches the page title, without breadcrumb text glued into it
// ("Sie sind hier: Aktuelles Presseinformationen Land zahlte …"), section prefixes ("Medienmitteilung der
// Gesundheitsdirektion: …") or site-name suffixes.

const termAlt = PRESS_RELEASE_TERMS.map(escapeRegExp).join('|');
// "Medienmitteilung der Gesundheits-, Sozial- und Integrationsdirektion :Impfen …" / "Press release: Acme …"
const LABEL_PREFIX = new RegExp(`^(?:${termAlt})\\b[^:]{0,150}?\\s*:\\s*`, 'iu');
// "[News] Headline" / "[Pressemitteilung] Headline"
const BRACKET_PREFIX = /^\[[^\]]{1,30}\]\s*/u;
const BREADCRUMB_PREFIX = /^(?:sie sind hier|you are here|vous êtes ici|usted está aquí|está aqui|ti trovi in|u bent hier)\s*:?\s*/iu;

function stripPrefixes(h: string, reference: string | null): string {
  let out = h.replace(LABEL_PREFIX, (m) => (m.length < h.length - 10 ? '' : m));
  if (BREADCRUMB_PREFIX.test(out) && reference) {
    // The breadcrumb runs into the headline: keep from where the page title's words start.
    const i = norm(out).indexOf(norm(reference).slice(0, 25));
    if (i > 0) out = out.slice(i);
  }
  out = out.replace(BREADCRUMB_PREFIX, '').replace(BRACKET_PREFIX, '');
  return clean(out);
}

// A title that only names a section or a document type ("Medienmitteilungen", "Document", "Royal Philips - 6-K")
// says nothing about the release.
function weakTitle(t: string | null): boolean {
  if (!t) return true;
  const n = norm(t);
  return textWeight(n) < 12 || (n.split(/\s+/).length <= 3 && textWeight(n) < 30) || PRESS_RELEASE_TERMS.includes(n);
}

export function extractHeadline(
  doc: Document,
  jsonLd: readonly LdNode[],
  siteName: string | null,
  lineBeforeDateline: string | null = null,
): string | null {
  const ldHeadline = jsonLd.map((n) => ldString(n['headline'])).find((s): s is string => !!s) ?? null;
  const ogTitle = metaContent(doc, ['og:title', 'twitter:title']);
  const title = clean(doc.title ?? '');
  const refs = [ogTitle, title, ldHeadline].map((t) => (t ? titleCore(t, siteName) : null)).filter((t) => !weakTitle(t));
  const reference = refs[0] ?? null;

  const h1s = Array.from(doc.querySelectorAll('h1'))
    .slice(0, 6)
    .map((el) => clean(blockLines(el, { maxChars: 1000 }).join(' ')))
    .filter((t) => t.length >= 4);

  const cleaned = h1s.map((h) => stripPrefixes(h, reference));
  if (reference) {
    const matching = cleaned.find((h) => overlap(h, reference) >= 0.6);
    if (matching) {
      // A title longer than the H1 is usually the H1 plus the site; an H1 that still holds extra words
      // around the whole reference is breadcrumb noise.
      const nh = norm(matching);
      const nr = norm(reference);
      if (nh.length > nr.length * 1.4 && nh.includes(nr)) return clean(reference);
      return matching;
    }
  }
  // An H1 that is only a name or a label ("KONINKLIJKE PHILIPS N.V.", "Press information") is no headline.
  const firstLong = cleaned.find(
    (h) => h.length >= 15 && !weakTitle(h) && (!siteName || norm(h) !== norm(siteName)) && !PRESS_RELEASE_TERMS.includes(norm(h)),
  );
  if (firstLong && !reference) return firstLong;
  // No usable title or H1 (SEC exhibits, plain text): the line right above the dateline is the headline.
  if (!reference && lineBeforeDateline) return stripPrefixes(clean(lineBeforeDateline), null);
  if (reference && reference.length >= 10) return stripPrefixes(clean(reference), null);
  return firstLong ?? cleaned[0] ?? ldHeadline ?? (title || null);
}

// The issuing unit named in a label prefix of the H1: "Medienmitteilung der Gesundheits-, Sozial- und
// Integrationsdirektion :Impfen …" → "Gesundheits-, Sozial- und Integrationsdirektion".
export function labelIssuer(doc: Document): string | null {
  const h1 = doc.querySelector('h1');
  if (!h1) return null;
  const text = clean(blockLines(h1, { maxChars: 1000 }).join(' '));
  const m = new RegExp(`^(?:${termAlt})\\s+(?:der|des|von|vom|du|de la|de l'|de|del|della|of the|of|from)\\s+([^:]{3,150}?)\\s*:`, 'iu').exec(text);
  return m?.[1] ? clean(m[1]) : null;
}
