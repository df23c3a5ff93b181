import type { Detection } from '../schema/detection';
import { blockLines, textBlocks, type TextBlock } from './block-text';
import {
  EMBARGO_TERMS,
  END_MARKS,
  IMMEDIATE_RELEASE_TERMS,
  MEDIA_CONTACT_TERMS,
  SELF_REFERENCE_TERMS,
  NEWS_AGENCY_TAGS,
  NEWS_REPORTING_TERMS,
  NON_RELEASE_GENRE_TERMS,
  ORG_WORDS,
  PRESS_RELEASE_TERMS,
  PRESS_SECTION_TERMS,
  SHOP_TERMS,
  URL_RELEASE_TERMS,
  URL_SECTION_TERMS,
} from './cues/release-cues';
import { findDateline, type Dateline } from './dateline';
import { findDates } from './dates';
import { languageSample, normaliseTag, resolveLanguage } from './language';
import { ldString, ldTypes, parseJsonLd, type LdNode } from './jsonld';
import { overlap } from './word-overlap';
import { aboutHeading } from './about-heading';
import { titleCore } from './title-parts';
import { LETTER, UPPER } from './letter-classes';
import { firstTerm, hasTerm, norm, termsRegExp, textWeight } from './text-norm';
import { H1_MAX, MAX_TEXT, PAGE_SKIP, snapshotFromBlocks, type PageSnapshot } from './page-snapshot';

// The detector: a verdict with its reasons from a page snapshot (page-snapshot.ts), plain data in and out. In
// the browser the every-page content script only reads the page's rendered text; the snapshot is made from it
// and this runs in the background, off the page's main thread. extract() calls detectWithEvidence() on its own
// walk of the page, so both agree.

export { PAGE_SKIP };

// "<Name>[ (NYSE: X)][, a/an/the …,] [today|proudly] announces|announced|launches|unveils|…" in the first sentence.
// The name's words are split at spaces only: "(?:Word\s?){1,6}" could split one word six ways, and backtracking
// over an all-caps lede took V8's regex interpreter milliseconds.
const LEDE_ANNOUNCES =
  new RegExp(String.raw`^[${UPPER}0-9][${LETTER}0-9&.'’®-]*(?:\s[${UPPER}0-9][${LETTER}0-9&.'’®-]*){0,5}(?:\s?\([^)]{2,40}\))?,?(?:\s+(?:a|an|the|one of|ein|eine|un|une|una|uno)\s[^.]{5,200}?,)?\s+(?:today\s+|proudly\s+|is proud to\s+|has\s+|heute\s+|hoy\s+|aujourd'hui\s+)?(?:announce[sd]?|launch(?:es|ed)|unveil(?:s|ed)|introduce[sd]|release[sd]|present[sd]|opens?|opened|celebrates?|expand(?:s|ed)|partners?|appoint(?:s|ed)|names?|gibt\s+bekannt|präsentiert|stellt|annonce|lance|présente|anuncia|presenta|lanza|annuncia|presenta|kondigt)\b`, 'u');
const THRESHOLD = 0.45;
// Each cue list as one regex, so a line is checked in one native scan instead of one includes() per term.
const REPORTING_RE = termsRegExp(NEWS_REPORTING_TERMS);
const CONTACT_START_RE = termsRegExp(MEDIA_CONTACT_TERMS, '^');
// The same cue as a label ("Media Contact:"), which may open a long run-together line in plain-text wires.
const CONTACT_LABEL_RE = termsRegExp(MEDIA_CONTACT_TERMS, '^', '\\s*:');
// An embargo term opening the line, or followed by a space anywhere in it.
const EMBARGO_RE = new RegExp(`${termsRegExp(EMBARGO_TERMS, '^').source}|${termsRegExp(EMBARGO_TERMS, '', ' ').source}`);
// "By Jane Doe" / "von Max Muster • 12. März": a byline line (lower-cased text).
const BYLINE_RE = new RegExp(String.raw`^(?:by|von|par|por|di|door) ([${LETTER}.' &-]{3,60}?)(?:\s*[•|·,]\s*.*)?$`, 'u');
// "Rome (ANSA) - …": a news agency's dateline.
const AGENCY_DATELINE_RE = new RegExp(String.raw`^[${LETTER} .,'-]{0,40}\(([${LETTER} .]{2,20})\)\s*[-–—]`, 'u');

// What extract() reuses of the detector's reading, so that the verdict and the record agree.
export interface Evidence {
  detection: Detection;
  dateline: Dateline | null;
  jsonLd: LdNode[];
}

interface Scored {
  weight: number;
  signal: string;
}

// `pageBlocks`: textBlocks(body, { skipSelector: PAGE_SKIP }) with any cap ≥ MAX_TEXT, when the caller already
// walked the page (extract() does), so the DOM is walked once.
export function detectWithEvidence(doc: Document, url: string, pageBlocks?: readonly TextBlock[]): Evidence {
  const body = doc.body ?? doc.documentElement;
  const blocks = pageBlocks ?? (body ? textBlocks(body, { maxChars: MAX_TEXT, skipSelector: PAGE_SKIP }) : []);
  // The H1's text through block-text: some sites put a <style> inside the heading.
  return detectSnapshot(snapshotFromBlocks(doc, url, blocks, (h1) => blockLines(h1, { maxChars: H1_MAX }).join(' ')));
}

export function detectSnapshot(snapshot: PageSnapshot): Evidence {
  const pos: Scored[] = [];
  const neg: Scored[] = [];
  const { url, lines, incomplete } = snapshot;
  // As the extractor decides it, so both read the page's dates alike (a German page left with lang="en").
  const language = resolveLanguage(snapshot.lang ? normaliseTag(snapshot.lang) : null, languageSample(lines));

  // 1. JSON-LD
  const jsonLd = parseJsonLd(snapshot.jsonLd);
  const ldPress = jsonLd.find((n) => {
    if (ldTypes(n).some((t) => /pressrelease/i.test(t))) return true;
    const genre = norm(`${ldString(n['genre']) ?? ''} ${ldString(n['articleSection']) ?? ''}`);
    return !!genre && !!firstTerm(genre, PRESS_RELEASE_TERMS);
  });
  if (ldPress) pos.push({ weight: 0.55, signal: `Structured data (JSON-LD) marks it as a press release` });

  // 2. URL
  let path = '';
  try {
    path = decodeURIComponent(new URL(url).pathname + new URL(url).search).toLowerCase().replace(/[_/.=?&+\s]+/g, '-');
  } catch {
    path = '';
  }
  const strongUrl = URL_RELEASE_TERMS.find((t) => path.includes(t));
  const weakUrl = strongUrl ? null : URL_SECTION_TERMS.find((t) => `-${path}-`.includes(`-${t}-`));
  if (strongUrl) pos.push({ weight: 0.3, signal: `URL says '${strongUrl}'` });
  else if (weakUrl) pos.push({ weight: 0.12, signal: `URL is in a '${weakUrl}' section` });

  // 3. Title / H1 / og:title / section meta
  const rawTitle = snapshot.title;
  const title = norm(rawTitle);
  const h1 = norm(snapshot.h1);
  const section = norm(snapshot.section);
  const titleTerm = firstTerm(`${title} | ${h1} | ${section}`, PRESS_RELEASE_TERMS);
  if (titleTerm) pos.push({ weight: 0.45, signal: `Title or section says '${titleTerm}'` });

  // 4. Text evidence (bounded lines)
  const normLines = lines.map((l) => norm(l.slice(0, 300)));
  // Where the headline sits: the H1's line, else (no H1, or an H1 in the footer) the first line the title starts with.
  const core = norm(titleCore(rawTitle).replace(/^\[[^\]]{1,30}\]\s*/u, ''));
  const h1Line = h1 ? normLines.findIndex((l) => l === h1 || (l.length > 20 && (h1.startsWith(l) || l.endsWith(h1)))) : -1;
  const titleLine = core.length >= 15 ? normLines.findIndex((l) => l.length >= 10 && (l === core || core.startsWith(l) || l.startsWith(core))) : -1;
  const h1Index = h1Line >= 0 && (titleLine < 0 || overlap(h1, core) >= 0.5) ? h1Line : titleLine;
  // A label, breadcrumb or category line near the headline: "Pressemitteilung", "Home › Presse › Pressemitteilungen",
  // "Category : Press Releases", "Press information". Phrases that REPORT on a release ("said in a press release") do not count.
  const from = h1Index < 0 ? 0 : Math.max(0, h1Index - 8);
  const to = h1Index < 0 ? 40 : h1Index + 25;
  const labelLine = normLines.slice(from, to).find(
    (l) => l.length <= 160 && !!firstTerm(l, PRESS_RELEASE_TERMS) && !REPORTING_RE.test(l),
  );
  if (labelLine && labelLine !== h1) pos.push({ weight: 0.45, signal: `Labelled '${labelLine.slice(0, 60)}' near the headline` });
  const sectionLine = labelLine
    ? null
    : normLines.slice(from, h1Index < 0 ? 40 : h1Index + 6).find((l) => l.length <= 80 && !!firstTerm(l, PRESS_SECTION_TERMS));
  if (sectionLine) pos.push({ weight: 0.3, signal: `In the press section: '${sectionLine.slice(0, 60)}'` });

  // The release lede introduces its issuer: "Tootl Transport, a non-emergency medical transportation service …,
  // announces …" / "Acme Corp. (NYSE: ACME) today announced …". News ledes say "said" instead.
  const ledeLine = lines.slice(Math.max(0, h1Index + 1), Math.max(0, h1Index + 1) + 12).find((l) => l.length >= 100) ?? '';
  if (LEDE_ANNOUNCES.test(ledeLine.slice(0, 400))) pos.push({ weight: 0.3, signal: 'The lede has the issuer announce the news' });

  // Headings are never datelines ("Our BI Research Shows – A Mix of …" looks like "Place – Lede").
  const headings = new Set(snapshot.headings);
  const datelineLines = lines.map((l, i) => (headings.has(i) ? '' : l));
  // Start near the headline: menus before it can be hundreds of lines long.
  const dateline = findDateline(datelineLines, language, h1Index > 0 ? h1Index - 3 : 0) ?? (h1Index > 0 ? findDateline(datelineLines, language, 0, h1Index) : null);
  if (dateline?.wire) {
    pos.push({ weight: 0.75, signal: `Wire-service dateline: ${dateline.text.slice(0, 120)}` });
  } else if (dateline && dateline.place && dateline.date) {
    pos.push({ weight: 0.4, signal: `Dateline: ${dateline.text.slice(0, 120)}` });
  } else if (dateline && dateline.place) {
    pos.push({ weight: 0.2, signal: `Dateline: ${dateline.text.slice(0, 120)}` });
  }

  const dateNearHeadline =
    h1Index >= 0 && normLines.slice(Math.max(0, h1Index - 3), h1Index + 5).some((l) => l.length < 60 && findDates(l, language).length > 0);
  if (dateNearHeadline && !dateline?.date) pos.push({ weight: 0.15, signal: 'Dated next to the headline' });

  const immediate = normLines.find((l) => l.length < 120 && firstTerm(l, IMMEDIATE_RELEASE_TERMS));
  if (immediate) pos.push({ weight: 0.5, signal: `Says '${immediate.slice(0, 60)}'` });

  const embargo = normLines.find((l) => l.length < 300 && EMBARGO_RE.test(l));
  if (embargo) pos.push({ weight: 0.45, signal: `Embargo notice: '${embargo.slice(0, 80)}'` });

  const endMark = normLines.some((l) => END_MARKS.slice(0, 6).includes(l));
  if (endMark) pos.push({ weight: 0.25, signal: `Ends with a wire end mark ('###' / '-30-')` });

  // "About Acme" followed by a paragraph about Acme ("Acme is …"): issuer boilerplate, not a menu item.
  const about = aboutHeading(lines);
  if (about) pos.push({ weight: 0.25, signal: `Issuer boilerplate: 'About ${about.slice(0, 60)}'` });

  // A contact cue starting a line ("Media Contact:Robert Smith …" runs on in plain-text wires).
  const contact = normLines.find((l) => (l.length < 300 && CONTACT_START_RE.test(l)) || CONTACT_LABEL_RE.test(l));
  if (contact) pos.push({ weight: 0.25, signal: `Media-contact block: '${contact.slice(0, 60)}'` });
  // A bare "Kontakt" / "Contact" heading after the story, followed by an e-mail address or phone number.
  const bodyEnd = h1Index < 0 ? 0 : Math.min(normLines.length, h1Index + 60);
  const contactDetails = contact
    ? -1
    : normLines.findIndex(
        (l, i) =>
          i > h1Index &&
          i < bodyEnd &&
          /^(?:kontakt|contact|contacts|contacto|contatti|contato|ansprechpartner(?:in)?|press|presse|prensa|stampa)\s*:?$/.test(l) &&
          normLines.slice(i + 1, i + 5).some((n) => /@[\w-]+\.\w|(?:\+|\b0)\d[\d ()/.-]{6,}\d/.test(n)),
      );
  if (contactDetails >= 0) pos.push({ weight: 0.2, signal: `Contact details after the story: '${normLines[contactDetails]}'` });

  let selfReference: string | null = null;
  for (let i = 0; i < normLines.length && !selfReference; i++) selfReference = firstTerm(normLines[i] as string, SELF_REFERENCE_TERMS);
  if (selfReference) pos.push({ weight: 0.3, signal: `Calls itself a press release: '${selfReference}'` });

  // 5. Hard-negative evidence
  const reporting = normLines.filter((l) => REPORTING_RE.test(l)).length;
  if (reporting > 0) neg.push({ weight: Math.min(0.5, 0.3 + 0.1 * (reporting - 1)), signal: `Reports on others' statements ("said in a statement" style) ${reporting}×` });

  const bylineLine = normLines.slice(0, Math.max(60, h1Index + 15)).find((l) => l.length < 120 && BYLINE_RE.test(l));
  const bylineName = bylineLine ? BYLINE_RE.exec(bylineLine)?.[1] ?? '' : '';
  const orgByline = !!bylineName && ORG_WORDS.some((w) => hasTerm(bylineName, w)) && !NEWS_AGENCY_TAGS.some((t) => bylineName.includes(t)) && !/associated press|press association|staff/.test(bylineName);
  if (orgByline) pos.push({ weight: 0.4, signal: `Published in the name of an organisation: '${bylineLine?.slice(0, 60)}'` });
  const ldPerson = jsonLd.some((n) => {
    if (!ldTypes(n).some((t) => /NewsArticle|ReportageNewsArticle/.test(t))) return false;
    const a = n['author'];
    const first = Array.isArray(a) ? a[0] : a;
    return !!first && typeof first === 'object' && ldTypes(first as LdNode).includes('Person');
  });
  if (((bylineName && !orgByline) || ldPerson) && !dateline?.wire && !ldPress) {
    neg.push({ weight: 0.25, signal: `Has a reporter's byline${bylineName ? `: '${bylineLine?.slice(0, 60)}'` : ''}` });
  }
  const agency = normLines.slice(0, 120).find((l) => {
    const m = AGENCY_DATELINE_RE.exec(l);
    return !!m && NEWS_AGENCY_TAGS.includes((m[1] ?? '').trim());
  });
  if (agency) neg.push({ weight: 0.5, signal: `News-agency dateline: '${agency.slice(0, 40)}'` });

  // Shop pages: schema.org Product/Offer, og:type product, a cart button.
  const product =
    jsonLd.some((n) => ldTypes(n).some((t) => /^(?:Product|Offer|AggregateOffer|ProductGroup)$/.test(t))) ||
    /product/.test(section) ||
    normLines.some((l) => l.length < 40 && firstTerm(l, SHOP_TERMS) !== null);
  if (product) neg.push({ weight: 0.4, signal: 'Looks like a product or shop page' });

  const genre = normLines.slice(from, h1Index < 0 ? 20 : h1Index + 4).find((l) => l.length <= 120 && !!firstTerm(l, NON_RELEASE_GENRE_TERMS));
  if (genre) neg.push({ weight: 0.35, signal: `Labelled as another genre: '${genre.slice(0, 60)}'` });

  // Listing pages: many short lines that each carry a date (one per listed release), no dateline paragraph.
  const datedShort = normLines.filter((l) => l.length < 160 && findDates(l, language).length > 0).length;
  const longParas = normLines.filter((l) => l.length > 200).length;
  // …or many teaser paragraphs that each open with their own date ("05.12.2022 | Paris (iwr-pressedienst) - Was …").
  const datedTeasers = normLines.filter((l) => l.length > 100 && (findDates(l.slice(0, 40), language)[0]?.index ?? 99) < 25).length;
  if ((datedShort >= 8 && longParas < 3) || datedTeasers >= 5 || (datedShort >= 12 && !dateline?.place && !dateline?.wire)) {
    neg.push({ weight: 0.5, signal: `Looks like a list of releases (${datedShort} dated entries, little body text)` });
  }
  if (!dateline && !normLines.some((l) => textWeight(l) >= 100)) neg.push({ weight: 0.3, signal: 'No body paragraphs' });

  const p = 1 - pos.reduce((acc, s) => acc * (1 - s.weight), 1);
  const n = neg.reduce((acc, s) => acc + s.weight, 0);
  const score = Math.round(Math.max(0, Math.min(1, p - n)) * 1000) / 1000;
  const signals = [...pos.map((s) => s.signal), ...neg.map((s) => `Against: ${s.signal}`)].slice(0, 50);
  return {
    detection: { isPressRelease: score >= THRESHOLD, score, signals, incomplete },
    dateline,
    jsonLd,
  };
}

export function detect(doc: Document, url: string): Detection {
  return detectWithEvidence(doc, url).detection;
}
