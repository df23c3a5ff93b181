import { PRESS_RELEASE_TERMS, RIGHTS_RESERVED_TERMS } from './cues/release-cues';
import type { Dateline } from './dateline';
import { datelineOrg } from './dateline-org';
import { aboutHeading } from './about-heading';
import { labelIssuer } from './headline';
import { ldString, ldTypes, type LdNode } from './jsonld';
import { metaContent } from './meta';
import { clean, escapeRegExp, firstTerm, norm } from './text-norm';

// Title parts that name a section, not the site: "… | News | European Parliament", "BKA - Listenseite für Pressemitteilungen".
const SECTION_WORDS: readonly string[] = [
  ...PRESS_RELEASE_TERMS, 'news', 'newsroom', 'aktuelles', 'aktuelle meldungen', 'nachrichten', 'presse', 'press', 'media',
  'medien', 'actualités', 'actualites', 'noticias', 'notizie', 'nieuws', 'home', 'startseite', 'infoportal', 'blog',
  'listenseite', 'meldung', 'meldungen',
];
import { titleParts } from './title-parts';
import { overlap } from './word-overlap';

// The organisation that issued the release, from the most to the least specific evidence:
//   1. the dateline names it ("/PRNewswire/ -- HackerRank, the …", "01/16/2021 Place (International Christian Concern) –")
//   2. boilerplate heading "About Acme Corp." / "Über die Acme AG" / "À propos de Acme"
//   3. JSON-LD publisher / author organisation of the article
//   4. og:site_name, then the site part of <title>
//   5. a copyright line "© 2022 Acme GmbH"
//   6. the domain

const ORG_TYPES = /Organization|Corporation|NGO|GovernmentOrganization|CollegeOrUniversity|EducationalOrganization|NewsMediaOrganization|LocalBusiness/;

const rightsAlt = RIGHTS_RESERVED_TERMS.map(escapeRegExp).join('|');
const YEAR_AND_RIGHTS_END = new RegExp(String.raw`\s*\d{4}\.?\s*(?:${rightsAlt})?\.?$`, 'iu');
const RIGHTS_END = new RegExp(String.raw`[.,]?\s*(?:${rightsAlt})\.?$`, 'iu');

const LEGAL = /(?:\b(?:AG|SE|GmbH|gGmbH|KG|KGaA|e\.\s?V\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|plc|S\.A\.|SAS|S\.p\.A\.|B\.V\.|N\.V\.|Co\.)|[Ss]tiftung|[Vv]erband|Foundation|Association|Institut|Institute|University|Universität|Université|[Mm]inisterium|Bundesamt|[Pp]arliament|Commission|Council|Agency|Department|Ministry)(?![\p{L}])/u;

// <meta name="author|DC.creator|copyright"> when it names an organisation ("Deutscher Caritasverband e. V.",
// "© EnBW Energie Baden-Württemberg AG 2022. Alle Rechte vorbehalten.") — news sites put reporters there.
function metaOrganization(doc: Document, siteName: string | null): string | null {
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
    if (name.length < 3 || name.length > 150) continue;
    if (LEGAL.test(name) || (siteName && norm(name) === norm(siteName))) return name;
  }
  return null;
}

// Boilerplate without a heading: "Die EnBW Energie Baden-Württemberg AG ist mit rund 24.000 Mitarbeiter*innen …",
// "Acme Corp. is a leading …". Only names with a legal form or an organisation word count (people match too).
function copulaBoilerplate(lines: readonly string[]): string | null {
  const re = /^(?:Die|Der|Das|The|La|Le|El|L')?\s*([\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*|für|of|for|de|des|du|and|und|e\.\s?V\.)){0,7})\s*(?:\([^)]{1,60}\)\s*)?,?\s+(?:is|ist|est|es|è|was founded|wurde|gehört|, one of|, a|, an|, ein|, eine)\s/u;
  for (let i = Math.floor(lines.length / 3); i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length < 80) continue;
    const m = re.exec(line);
    const name = m?.[1]?.trim();
    if (name && LEGAL.test(name) && name.length <= 120) return name;
  }
  return null;
}

// "BMWK" → "Bundesministerium für Wirtschaft und Klimaschutz (BMWK)" when the page spells it out.
function expandAbbreviation(name: string, lines: readonly string[]): string {
  const abbr = /^([\p{Lu}][\p{Lu}\p{Ll}]{1,5})(?:\s+e\.\s?V\.)?$/u.exec(name)?.[1];
  if (!abbr || !/\p{Lu}.*\p{Lu}/u.test(abbr)) return name;
  const re = new RegExp(`((?:[\\p{Lu}][\\p{L}-]+)(?:,?\\s+(?:[\\p{L}-]+|e\\.\\s?V\\.)){0,7}?)\\s*\\(${abbr}\\)`, 'u');
  for (const line of lines.slice(0, 400)) {
    const m = re.exec(line);
    if (!m?.[1]) continue;
    const words = m[1].split(/\s+/);
    // Start at the first word whose initial is the abbreviation's ("… des Bundesamtes für Strahlenschutz (BfS)").
    const at = words.findIndex((w) => w[0]?.toLowerCase() === abbr[0]?.toLowerCase());
    if (at >= 0) return `${words.slice(at).join(' ')} (${abbr})`;
  }
  return name;
}

// The organisation the headline is about, when the body names it too: "Stonegate Capital Partners Initiates …".
function headlineSubject(title: string, lines: readonly string[]): string | null {
  const m = /^((?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’®-]*)(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’®-]*|of|and|for)){0,5})(?:\s+\([^)]{1,20}\))?(?:'s|’s)?\s+(?:announces|announced|initiates|launches|unveils|welcomes|celebrates|rolls|kicks|introduces|presents|reports|releases|expands|opens|partners|names|appoints|receives|wins|to|is|has|and)\b/iu.exec(title);
  const name = m?.[1]?.replace(/[®™]/g, '').trim();
  if (!name || name.length < 3) return null;
  const body = lines.slice(1, 60).join(' ');
  return body.includes(name) ? name : null;
}

// The longest capitalised phrase (2–5 words) of the headline that the body repeats at least twice:
// "Evening IOP With NorthStar Recovery Center" → "NorthStar Recovery Center".
function frequentName(title: string, lines: readonly string[]): string | null {
  const body = lines.slice(1, 80).join(' ');
  const words = title.split(/\s+/);
  let best: string | null = null;
  let bestKey = 0;
  for (let i = 0; i < words.length; i++) {
    for (let len = 2; len <= 5 && i + len <= words.length; len++) {
      const slice = words.slice(i, i + len);
      if (!slice.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) break;
      // A possessive ends the name, and the body writes it without ("Harborline Coffee's Pre-order Rush …").
      const possessive = /['’]s$/u.test(slice[len - 1] ?? '');
      const name = slice.join(' ').replace(/[,:;.]$/, '').replace(/['’]s$/u, '');
      const n = body.split(name).length - 1;
      const key = n >= 2 ? len * 100 + n : 0;
      if (key > bestKey) [best, bestKey] = [name, key];
      if (possessive) break;
    }
  }
  return best;
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
    if (m?.[1]) return clean(m[1]);
  }
  return null;
}

// The organisation both the headline and the lede open with ("ATLANTIS PARADISE ISLAND AND DOLPHIN CAY DONATES …"
// / "Atlantis Paradise Island and Dolphin Cay is yet again …"), in the lede's spelling; at least two words.
function ledeSubject(headline: string, body: readonly string[]): string | null {
  const hw = headline.split(/\s+/);
  for (const para of body.filter((l) => l.length >= 80).slice(0, 3)) {
    const pw = para.split(/\s+/);
    let n = 0;
    while (n < Math.min(hw.length, pw.length, 8) && norm(hw[n] ?? '') === norm(pw[n] ?? '') && /^[\p{Lu}\p{N}]|^(?:and|of|for|&)$/u.test(pw[n] ?? '')) n++;
    while (n > 0 && /^(?:and|of|for|&)$/i.test(pw[n - 1] ?? '')) n--;
    if (n >= 2) return pw.slice(0, n).join(' ').replace(/[,:;]$/, '');
  }
  return null;
}

function isDomain(s: string): boolean {
  return /^(?:www\.)?[\w-]+(?:\.[\w-]+)+$/i.test(s.trim());
}

// A title part that says the headline again, shorter or reworded ("Slim keyboards with lighter keys | News
// Release" over "Lighter keys for faster typing: six slim keyboards …"): most of its words, at least three, are the
// headline's.
function restatesHeadline(part: string, headline: string): boolean {
  return part.split(/\s+/).length >= 3 && overlap(part, headline) >= 0.6;
}

// og:site_name is sometimes the whole page title ("Headline | MLUK") or "Section - Site": keep the site part,
// and never accept something that is really the headline.
function siteNameCandidate(raw: string | null, headline: string | null): string | null {
  if (!raw) return null;
  const nh = headline ? norm(headline) : '';
  const parts = titleParts(raw).filter(
    (p) =>
      !(nh && (nh.includes(norm(p)) || norm(p).includes(nh) || restatesHeadline(p, nh))) && !firstTerm(norm(p), SECTION_WORDS),
  );
  // The site name is the last part ("Headline | News | European Parliament"), unless that is long prose.
  const last = parts[parts.length - 1] ?? null;
  if (last && last.length <= 60) return last;
  const first = parts[0] ?? null;
  return first && first.length <= 40 ? first : null;
}

export function extractIssuer(
  doc: Document,
  url: string,
  lines: readonly string[],
  dateline: Dateline | null,
  jsonLd: readonly LdNode[],
  headline: string | null = null,
): string | null {
  const title = doc.title ?? '';
  const named = datelineOrg(dateline);
  const candidates = [
    named,
    aboutHeading(lines),
    copulaBoilerplate(lines),
    ldOrganization(jsonLd),
    metaOrganization(doc, metaContent(doc, ['og:site_name']) ?? siteNameCandidate(title, headline)),
    siteNameCandidate(metaContent(doc, ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'DC.publisher']), headline),
    siteNameCandidate(title, headline),
    headline ? headlineSubject(headline, lines) : null,
    headline ? frequentName(headline, lines) : null,
    copyrightHolder(lines),
  ].filter((c): c is string => !!c && c.length >= 2 && c.length <= 300);
  // A bare domain ("caritas.de") is a last resort, unless the release itself names the issuer so ("Lotto.com").
  let found = named ?? candidates.find((c) => !isDomain(c)) ?? candidates[0];
  if (found) {
    // The headline may name a more specific unit of the same organisation: "Homewatch CareGivers of Houston
    // Galleria Ranked #1 …" after "About Homewatch CareGivers".
    const subject = headline ? headlineSubject(headline, lines) : null;
    if (subject && subject.length > found.length && subject.startsWith(found)) found = subject;
    // The same organisation under the name the headline shows it by ("Canadian RV Association Celebrates …" over
    // the boilerplate's "Canadian Recreational Vehicle Association"): same first and last word.
    const words = (x: string) => norm(x).split(/\s+/);
    if (subject && subject !== found && words(subject)[0] === words(found)[0] && words(subject).at(-1) === words(found).at(-1)) {
      found = subject;
    }
    // A portal or directory hosting someone else's release: its name never appears in the story, while the
    // headline and the lede open with the issuer's name.
    const h = headline ? lines.findIndex((l) => norm(l) === norm(headline)) : -1;
    const body = h >= 0 ? lines.slice(h + 1, h + 40) : [];
    const lede = headline && !named ? ledeSubject(headline, body) : null;
    if (lede && !norm(body.join(' ')).includes(norm(found))) found = lede;
    // A department named in the headline's label prefix: "Medienmitteilung der <Direktion>:" on the canton's site.
    const unit = labelIssuer(doc);
    if (unit && !norm(found).includes(norm(unit))) found = `${found}, ${unit}`;
    return expandAbbreviation(clean(found), lines);
  }
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
