import { ABOUT_PREFIXES } from './cues/release-cues';
import type { Dateline } from './dateline';
import { ldString, ldTypes, type LdNode } from './jsonld';
import { metaContent } from './meta';
import { clean, norm } from './text-norm';
import { titleSiteName } from './title-parts';

// The organisation that issued the release, from the most to the least specific evidence:
//   1. the dateline names it ("/PRNewswire/ -- HackerRank, the …", "01/16/2021 Place (International Christian Concern) –")
//   2. boilerplate heading "About Acme Corp." / "Über die Acme AG" / "À propos de Acme"
//   3. JSON-LD publisher / author organisation of the article
//   4. og:site_name, then the site part of <title>
//   5. a copyright line "© 2022 Acme GmbH"
//   6. the domain

const ORG_TYPES = /Organization|Corporation|NGO|GovernmentOrganization|CollegeOrUniversity|EducationalOrganization|NewsMediaOrganization|LocalBusiness/;

function aboutHeading(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > 90) continue;
    const n = norm(line);
    const prefix = ABOUT_PREFIXES.find((p) => n.startsWith(p));
    if (!prefix) continue;
    let name = clean(line.slice(prefix.length)).replace(/[:.]$/, '');
    name = name.replace(/^(?:the|die|der|das|den|la|le|les|el|los|il|lo|l’|l')\s+/iu, (m) => (/^the\s/i.test(m) ? m : ''));
    name = name.replace(/^the\s+/i, '');
    if (!/^[\p{Lu}\p{N}]/u.test(name)) continue;
    if (/^(?:us|uns|ons|nosotros|nous)$/i.test(name)) continue;
    if (name.split(/\s+/).length > 10) continue;
    return name;
  }
  return null;
}

function ldOrganization(jsonLd: readonly LdNode[]): string | null {
  for (const n of jsonLd) {
    if (!ldTypes(n).some((t) => /Article|PressRelease|WebPage|BlogPosting/.test(t))) continue;
    for (const key of ['publisher', 'author', 'sourceOrganization']) {
      const v = n[key];
      const first = Array.isArray(v) ? v[0] : v;
      if (first && typeof first === 'object' && ldTypes(first as LdNode).some((t) => ORG_TYPES.test(t))) {
        const name = ldString((first as LdNode)['name']);
        if (name) return clean(name);
      }
    }
  }
  return null;
}

function copyright(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 60); i--) {
    const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{Lu}][\p{L}\p{N}&.,' -]{1,60}?)(?:\.|,|\s+all rights|\s+alle rechte|\s*\||$)/iu.exec(lines[i] ?? '');
    if (m?.[1]) return clean(m[1]);
  }
  return null;
}

export function extractIssuer(
  doc: Document,
  url: string,
  lines: readonly string[],
  dateline: Dateline | null,
  jsonLd: readonly LdNode[],
): string | null {
  const candidates = [
    dateline?.org ?? null,
    aboutHeading(lines),
    ldOrganization(jsonLd),
    metaContent(doc, ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'DC.publisher']),
    titleSiteName(doc.title ?? ''),
    copyright(lines),
  ];
  const found = candidates.find((c): c is string => !!c && c.length >= 2 && c.length <= 300);
  if (found) return clean(found);
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
