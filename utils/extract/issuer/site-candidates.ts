import { ldString, ldTypes, type LdNode } from '../jsonld';
import { metaContent } from '../meta';
import { clean, firstTerm, norm } from '../text-norm';
import { titleParts } from '../title-parts';
import { LEGAL, SECTION_WORDS, isDomain, restatesHeadline, rightsAlt, YEAR_AND_RIGHTS_END, RIGHTS_END, type Candidate } from './candidate';

// Issuer candidates read from the site around the release: JSON-LD, meta tags, og:site_name, the title's parts,
// the copyright line and the logo. A portal hosting someone else's release shows its own name here (SITE_SOURCES).
const ORG_TYPES = /Organization|Corporation|NGO|GovernmentOrganization|CollegeOrUniversity|EducationalOrganization|NewsMediaOrganization|LocalBusiness/;

export function jsonLdCandidates(jsonLd: readonly LdNode[]): Candidate[] {
  const out: Candidate[] = [];
  for (const n of jsonLd) {
    if (!ldTypes(n).some((t) => /Article|PressRelease|WebPage|BlogPosting/.test(t))) continue;
    for (const key of ['publisher', 'author', 'sourceOrganization']) {
      const v = n[key];
      for (const item of Array.isArray(v) ? v.slice(0, 3) : [v]) {
        if (!item || typeof item !== 'object' || !ldTypes(item as LdNode).some((t) => ORG_TYPES.test(t))) continue;
        const name = ldString((item as LdNode)['name']);
        if (name && !out.some((c) => c.name === clean(name))) out.push({ name: clean(name), source: 'jsonld' });
      }
    }
  }
  return out;
}

// <meta name="author|DC.creator|copyright"> when it names an organisation ("Deutscher Caritasverband e. V.",
// "© EnBW Energie Baden-Württemberg AG 2022. Alle Rechte vorbehalten.") — news sites put reporters there.
export function metaOrgCandidates(doc: Document): Candidate[] {
  for (const key of ['DC.creator', 'dc.creator', 'author', 'copyright', 'DC.rights', 'dcterms.rightsHolder']) {
    const raw = metaContent(doc, [key]);
    if (!raw) continue;
    const name = clean(
      raw
        .replace(/^(?:copyright|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[-–:]?\s*/iu, '')
        .replace(/^©\s*/u, '')
        .replace(YEAR_AND_RIGHTS_END, '')
        .replace(RIGHTS_END, ''),
    );
    if (name.length >= 3 && name.length <= 150 && LEGAL.test(name)) return [{ name, source: 'meta-org' }];
  }
  return [];
}

// og:site_name is sometimes the whole page title ("Headline | MLUK") or "Section - Site": keep the site parts.
function siteParts(raw: string | null, headline: string | null): string[] {
  if (!raw) return [];
  const nh = headline ? norm(headline) : '';
  return titleParts(raw).filter(
    (p) =>
      p.length <= 80 &&
      !(nh && (nh.includes(norm(p)) || norm(p).includes(nh) || restatesHeadline(p, nh))) &&
      !firstTerm(norm(p), SECTION_WORDS),
  );
}

export function siteNameCandidates(doc: Document, headline: string | null): Candidate[] {
  const raw = metaContent(doc, ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'DC.publisher']);
  const parts = siteParts(raw, headline);
  const last = parts.at(-1);
  return last ? [{ name: last, source: 'site-name' }] : [];
}

export function titleCandidates(doc: Document, headline: string | null): Candidate[] {
  const parts = siteParts(doc.title ?? '', headline);
  // A one-part title is the headline or the site; the headline filter above already dropped the former.
  return parts.filter((p) => p.length <= 60).slice(-2).map((name) => ({ name, source: 'title' as const }));
}

// The holder's name runs on through the periods of company forms and initials ("ELECOM CO.,LTD.", "Muster S.p.A.",
// "Caritas e.V.") and through a comma before a form ("Acme, Inc."); any other period or comma ends it.
const FORM = String.raw`(?:co|corp|inc|ltd|llc|plc|pte|pty|bhd)`;
const COPYRIGHT_RE = new RegExp(
  String.raw`(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{Lu}][\p{L}\p{N}&.,' -]{1,60}?)` +
    String.raw`(?:(?<!\b(?:${FORM}|\p{L}))\.|,(?!\s*(?:${FORM}\b|\p{L}\.))|\s+(?:${rightsAlt})|\s*\||$)`,
  'iu',
);

// "© 2022 Acme GmbH. All rights reserved" near the end of the page.
export function copyrightHolder(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 60); i--) {
    const m = COPYRIGHT_RE.exec(lines[i] ?? '');
    // "© Crown copyright", "© Copyright notice": a kind of copyright, not its holder.
    if (m?.[1] && !/\bcopyright\b/i.test(m[1])) return clean(m[1]);
  }
  return null;
}

export function copyrightCandidates(lines: readonly string[]): Candidate[] {
  const holder = copyrightHolder(lines);
  return holder ? [{ name: holder, source: 'copyright' }] : [];
}

// The site logo's alt text: "Acme Corp. logo", "Logo der Stadt Musterstadt", "Zur Startseite von Acme".
export function logoCandidates(doc: Document): Candidate[] {
  const imgs = doc.querySelectorAll('header img[alt], [class*="logo" i] img[alt], img[alt*="logo" i], img[class*="logo" i][alt], a[rel="home"] img[alt]');
  for (let i = 0; i < Math.min(imgs.length, 20); i++) {
    const alt = clean(imgs[i]?.getAttribute('alt') ?? '');
    const name = clean(
      alt
        .replace(/^(?:(?:zur|to the|go to|back to|retour à la|volver a la)\s+)?(?:startseite|homepage|home|accueil|inicio)(?:\s+(?:von|der|des|of|de))?\s*[-:|]?\s*/iu, '')
        .replace(/^(?:logo|logotipo|logotype)(?:\s+(?:von|der|des|of|de|du|del))?\s*[-:|]?\s*/iu, '')
        .replace(/\s*[-:|]?\s*(?:logo|logotipo|logotype|startseite|homepage|home)$/iu, '')
        .replace(/\s*\([^)]*(?:link|homepage|startseite|home|accueil|inicio)[^)]*\)$/iu, '')
        .replace(/\s*[-–|]\s*(?:zur|to the|go to)\s.*$/iu, ''),
    );
    if (name.length >= 2 && name.length <= 80 && !isDomain(name) && name.split(/\s+/).length <= 8) return [{ name, source: 'logo' }];
  }
  return [];
}
