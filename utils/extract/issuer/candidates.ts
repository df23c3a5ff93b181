import { ANNOUNCE_ADVERBS, ANNOUNCE_VERBS, FREEMAIL_LABELS } from '../cues/issuer-cues';
import { MEDIA_CONTACT_TERMS, PRESS_RELEASE_TERMS, RIGHTS_RESERVED_TERMS } from '../cues/release-cues';
import { aboutHeadings } from '../about-heading';
import type { Dateline } from '../dateline';
import { datelineOrg } from '../dateline-org';
import { ldString, ldTypes, type LdNode } from '../jsonld';
import { metaContent } from '../meta';
import { clean, escapeRegExp, firstTerm, norm } from '../text-norm';
import { titleParts } from '../title-parts';
import { overlap } from '../word-overlap';
import { domainLabel } from './normalise';

// Every place a page names the organisation behind a release, one function per source. Each returns what it reads
// as {name, source}; none decides: the scorer (score.ts) weighs how many independent sources agree.

export type Source =
  | 'dateline' // inside the dateline: "01/16/2021 Place (Org) –", "/ Org /"
  | 'wire-lede' // opening the lede after a wire tag: "/PRNewswire/ -- Acme Corp, the …"
  | 'about' // boilerplate heading "About Acme" / "Über die Acme AG" / "À propos de Acme"
  | 'boilerplate' // boilerplate paragraph without heading: "Die Acme AG ist …"
  | 'lede-verb' // "Acme Corp. today announced …" / "Die Acme AG gab bekannt …" / "Acme annonce …"
  | 'headline-subject' // the headline opens with it and the body repeats it
  | 'lede-subject' // headline and lede open with the same words
  | 'jsonld' // JSON-LD publisher / author / sourceOrganization of type Organization
  | 'meta-org' // <meta name="author|DC.creator|copyright"> naming an organisation
  | 'site-name' // og:site_name / application-name
  | 'title' // a part of <title> that is not the headline or a section
  | 'copyright' // "© 2022 Acme GmbH"
  | 'logo' // the header logo's alt text
  | 'contact-block'; // an organisation line in the media-contact block

export interface Candidate {
  name: string;
  source: Source;
}

// Sources that name the site rather than the release: a portal hosting someone else's release shows its own name here.
export const SITE_SOURCES: ReadonlySet<Source> = new Set(['jsonld', 'meta-org', 'site-name', 'title', 'copyright', 'logo']);

export interface PageInput {
  doc: Document;
  url: string;
  lines: readonly string[];
  dateline: Dateline | null;
  jsonLd: readonly LdNode[];
  headline: string | null;
  headlineIndex: number; // index in `lines` of the headline, -1 when not found
}

const rightsAlt = RIGHTS_RESERVED_TERMS.map(escapeRegExp).join('|');
const YEAR_AND_RIGHTS_END = new RegExp(String.raw`\s*\d{4}\.?\s*(?:${rightsAlt})?\.?$`, 'iu');
const RIGHTS_END = new RegExp(String.raw`[.,]?\s*(?:${rightsAlt})\.?$`, 'iu');

// A legal form or an organisation word: tells an organisation from a person or a phrase.
export const LEGAL = /(?:\b(?:AG|SE|GmbH|gGmbH|KG|KGaA|e\.\s?V\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|plc|S\.A\.|SAS|S\.p\.A\.|B\.V\.|N\.V\.|Co\.)|[Ss]tiftung|[Vv]erband|Foundation|Association|Institut|Institute|University|Universität|Université|Universidad|Università|[Mm]inisterium|Bundesamt|[Pp]arliament|Commission|Council|Agency|Department|Ministry|Fundación|Fondation|Fondazione|Asociación|Gemeinde|Stadt|Kanton|Landesamt|Amt|Group|Gruppe|Groupe|Grupo|Society|Gesellschaft|Company|Partners|Bank|Hospital|Klinikum|Center|Centre|Zentrum)(?![\p{L}])/u;

// Title parts that name a section, not the site: "… | News | European Parliament".
const SECTION_WORDS: readonly string[] = [
  ...PRESS_RELEASE_TERMS, 'news', 'newsroom', 'aktuelles', 'aktuelle meldungen', 'nachrichten', 'presse', 'press', 'media',
  'medien', 'actualités', 'actualites', 'noticias', 'notizie', 'nieuws', 'home', 'startseite', 'infoportal', 'blog',
  'listenseite', 'meldung', 'meldungen',
];

function isDomain(s: string): boolean {
  return /^(?:www\.)?[\w-]+(?:\.[\w-]+)+$/i.test(s.trim());
}

// A title part that says the headline again, shorter or reworded: most of its words, at least three, are the headline's.
function restatesHeadline(part: string, headline: string): boolean {
  return part.split(/\s+/).length >= 3 && overlap(part, headline) >= 0.6;
}

// --- the release's own text ---------------------------------------------------------------------------------------

export function datelineCandidates(dateline: Dateline | null): Candidate[] {
  if (!dateline) return [];
  if (dateline.org) return [{ name: clean(dateline.org), source: 'dateline' }];
  const lede = datelineOrg(dateline);
  return lede ? [{ name: clean(lede), source: 'wire-lede' }] : [];
}

// Boilerplate without a heading: "Die EnBW Energie Baden-Württemberg AG ist mit rund 24.000 Mitarbeiter*innen …",
// "Acme Corp. is a leading …". Only names with a legal form or an organisation word count (people match too).
function copulaBoilerplate(lines: readonly string[]): string | null {
  const re = /^(?:Die|Der|Das|The|La|Le|El|L')?\s*([\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*|für|of|for|de|des|du|and|und|e\.\s?V\.)){0,7})\s*(?:\([^)]{1,60}\)\s*)?,?\s+(?:is|ist|est|es|è|was founded|wurde|gehört|, one of|, a|, an|, ein|, eine)\s/u;
  for (let i = Math.floor(lines.length / 3); i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length < 80) continue;
    const name = re.exec(line)?.[1]?.trim();
    if (name && LEGAL.test(name) && name.length <= 120) return name;
  }
  return null;
}

export function aboutCandidates(lines: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const about of aboutHeadings(lines)) out.push({ name: about, source: 'about' });
  const copula = copulaBoilerplate(lines);
  if (copula) out.push({ name: copula, source: 'boilerplate' });
  return out;
}

// "<Org> (NASDAQ: ACME), a leading maker of …, today announced …" at the start of the lede; German, French, Spanish,
// Italian, Dutch verbs from the cue table. The name is a run of capitalised words (articles and "of/für/de" inside).
const NAME = String.raw`((?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’®™-]*)(?:,?\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’®™-]*|of|and|for|für|und|de|des|du|del|della|di|d’|d'|der|la|le|e\.\s?V\.|Inc\.?|Ltd\.?|plc|gGmbH|S\.A\.|S\.p\.A\.)){0,7})`;
const verbAlt = ANNOUNCE_VERBS.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|');
const advAlt = ANNOUNCE_ADVERBS.map(escapeRegExp).join('|');
const LEDE_VERB_RE = new RegExp(
  String.raw`^(?:(?:Die|Der|Das|The|La|Le|El|Il|L['’])\s*)?${NAME}(?:\s*\([^)]{1,60}\))?(?:,\s[^,;]{2,160},)?\s+(?:(?:${advAlt})\s+)?(?:${verbAlt})(?:\s+(?:${advAlt}))?(?![\p{L}])`,
  'u',
);

export function ledeVerbCandidates(input: PageInput): Candidate[] {
  const { lines, dateline, headlineIndex } = input;
  const paras: string[] = [];
  if (dateline?.rest) paras.push(dateline.rest);
  // From the headline or the dateline, whichever comes first (an exhibit's headline may be mis-read further down).
  const from = Math.min(headlineIndex >= 0 ? headlineIndex + 1 : 0, dateline?.index ?? Infinity);
  // The lede only: further down, "Registration opens on June 1" has a subject and a verb too.
  for (const line of lines.slice(from, from + 25)) {
    if (line.length >= 80) paras.push(line);
    if (paras.length >= 2) break;
  }
  for (const para of paras) {
    const m = LEDE_VERB_RE.exec(para.slice(0, 400));
    // A trailing comma or full stop goes, unless the full stop ends a legal form ("Wisła Energia S.A.").
    const name = m?.[1]?.replace(/,$|(?<!\b(?:Inc|Ltd|Co|Corp|S\.A|S\.p\.A|N\.V|B\.V|e\.\s?V))\.$/u, '').trim();
    if (name && name.length >= 2 && name.split(/\s+/).length <= 8) return [{ name, source: 'lede-verb' }];
  }
  return [];
}

// The organisation the headline is about, when the body names it too: "Stonegate Capital Partners Initiates …".
// The verb is matched in either case ("Announces", "announces"); the name's words must be capitalised, so a
// lower-case verb ends it ("Harbour City Marathon moves to October" → "Harbour City Marathon").
const HEADLINE_VERBS = ['announces', 'announced', 'initiates', 'launches', 'unveils', 'welcomes', 'celebrates', 'rolls', 'kicks', 'introduces', 'presents', 'reports', 'releases', 'expands', 'opens', 'partners', 'names', 'appoints', 'receives', 'wins', 'moves', 'joins', 'signs', 'to', 'is', 'has', 'and']
  .map((v) => `[${v[0]}${v[0]?.toUpperCase()}]${v.slice(1)}`)
  .join('|');
const HEADLINE_SUBJECT = new RegExp(
  String.raw`^((?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’®-]*)(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’®-]*|of|and|for)){0,5}?)(?:\s+\([^)]{1,20}\))?(?:'s|’s)?\s+(?:${HEADLINE_VERBS})(?![\p{L}])`,
  'u',
);

function headlineSubject(title: string, lines: readonly string[]): string | null {
  const m = HEADLINE_SUBJECT.exec(title);
  const name = m?.[1]?.replace(/[®™]/g, '').trim();
  if (!name || name.length < 3) return null;
  return lines.slice(1, 60).join(' ').includes(name) ? name : null;
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

// Quotes around a name are typography, not part of it: 'The “Crime Writers On” Best …'.
const QUOTES = /[“”„"«»‹›]/gu;

export function headlineCandidates(input: PageInput): Candidate[] {
  const { lines: raw, headlineIndex } = input;
  if (!input.headline) return [];
  const headline = input.headline.replace(QUOTES, '');
  const lines = raw.slice(0, 200).map((l) => l.replace(QUOTES, ''));
  const out: Candidate[] = [];
  // "TCA da la bienvenida a …" / "Die Acme AG startet …" / "Acme annonce …": the lede verbs, in the headline.
  const verbSubject = LEDE_VERB_RE.exec(headline)?.[1]?.replace(/[,.]$/, '').trim();
  const body = lines.slice(1, 60).join(' ');
  if (verbSubject && verbSubject.length >= 2 && body.includes(verbSubject)) out.push({ name: verbSubject, source: 'headline-subject' });
  const subject = headlineSubject(headline, lines);
  if (subject && subject !== verbSubject) out.push({ name: subject, source: 'headline-subject' });
  const frequent = frequentName(headline, lines);
  if (frequent && frequent !== subject && frequent !== verbSubject) out.push({ name: frequent, source: 'headline-subject' });
  const after = headlineIndex >= 0 ? lines.slice(headlineIndex + 1, headlineIndex + 40) : [];
  const lede = ledeSubject(headline, after);
  if (lede) out.push({ name: lede, source: 'lede-subject' });
  return out;
}

// An organisation line in the media-contact block: "Media contact: / Jane Roe / Acme Corp. / +1 …".
export function contactBlockCandidates(lines: readonly string[]): Candidate[] {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 60 || !firstTerm(norm(line), MEDIA_CONTACT_TERMS)) continue;
    for (const next of lines.slice(i + 1, i + 7)) {
      const name = clean(next).replace(/[,;:]$/, '');
      if (name.length < 3 || name.length > 80 || /[@\d]|https?:/.test(name)) continue;
      if (LEGAL.test(name) && name.split(/\s+/).length <= 8) return [{ name, source: 'contact-block' }];
    }
  }
  return [];
}

// --- the site around it ---------------------------------------------------------------------------------------------

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
    if (m?.[1]) return clean(m[1]);
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

// --- domains: evidence for a name, never a name by themselves -----------------------------------------------------

const EMAIL_RE = /[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})/gi;

// The domain names of the page's e-mail addresses (text and mailto links), most frequent first, without webmail.
export function emailDomainLabels(doc: Document, lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const add = (domain: string) => {
    const label = domainLabel(domain);
    if (!label || FREEMAIL_LABELS.includes(label)) return;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  };
  for (const line of lines) {
    if (!line.includes('@')) continue;
    for (const m of line.matchAll(EMAIL_RE)) add(m[1] ?? '');
  }
  const links = doc.querySelectorAll('a[href^="mailto:" i]');
  for (let i = 0; i < Math.min(links.length, 50); i++) {
    const domain = /@([^?&\s]+)/.exec(links[i]?.getAttribute('href') ?? '')?.[1];
    if (domain) add(domain);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([label]) => label);
}

export function hostLabel(url: string): string | null {
  try {
    return domainLabel(new URL(url).hostname);
  } catch {
    return null;
  }
}

export function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function allCandidates(input: PageInput): Candidate[] {
  const { doc, lines, dateline, jsonLd, headline } = input;
  return [
    ...datelineCandidates(dateline),
    ...aboutCandidates(lines),
    ...ledeVerbCandidates(input),
    ...headlineCandidates(input),
    ...contactBlockCandidates(lines),
    ...jsonLdCandidates(jsonLd),
    ...metaOrgCandidates(doc),
    ...siteNameCandidates(doc, headline),
    ...titleCandidates(doc, headline),
    ...copyrightCandidates(lines),
    ...logoCandidates(doc),
  ].filter((c) => c.name.length >= 2 && c.name.length <= 300);
}
