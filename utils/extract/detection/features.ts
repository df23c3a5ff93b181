import {
  EMBARGO_TERMS,
  END_MARKS,
  FILING_COVER_TERMS,
  IMMEDIATE_RELEASE_TERMS,
  SELF_REFERENCE_TERMS,
  NEWS_AGENCY_TAGS,
  NEWS_REPORTING_TERMS,
  NON_RELEASE_GENRE_TERMS,
  ORG_WORDS,
  PRESS_RELEASE_TERMS,
  PRESS_SECTION_NAMES,
  PRESS_SECTION_TERMS,
  SHOP_TERMS,
  CONTACT_HEADING_TERMS,
  JOB_POSTING_TERMS,
  JOB_TITLE_MARKERS,
} from '../cues/release-cues';
import { findDateline, type Dateline } from '../dateline';
import { findDates } from '../dates';
import { languageSample, normaliseTag, resolveLanguage } from '../language';
import { ldString, ldTypes, parseJsonLd, type LdNode } from '../jsonld';
import { overlap } from '../word-overlap';
import { aboutHeading } from '../about-heading';
import { titleCore } from '../title-parts';
import { LETTER, UPPER } from '../letter-classes';
import { escapeRegExp, firstTerm, hasTerm, norm, termsRegExp, textWeight } from '../text-norm';
import { ANNOUNCE_ADVERBS, ANNOUNCE_VERBS, CJK_ANNOUNCE_MARKERS } from '../cues/issuer-cues';
import type { PageSnapshot } from '../page-snapshot';
import { allCues, CONTACT_REQUEST_WORDS, GENERIC_CONTACT_CUES, MEDIA_CONTACT_CUES, MEDIA_ROLE_WORDS, PRESS_CONTACT_TERMS, PRESS_UNIT_WORDS } from '../cues/contact-cues';
import type { FeatureId } from './feature-ids';
import { addressEvidence } from './page-address';

// The detector's evidence: what a page snapshot shows, as numbers a fitted weight table turns into a verdict
// (score.ts), each with the sentence a person reads in the popup's "why". Nothing here decides: a feature says
// what is there, the weights (fitted on the corpus by scripts/fit-detector.ts) say how much it counts.

// "<Name>[, Inc.][ (NYSE: X)][, a/an/the …,] [today|proudly] announces|announced|launches|unveils|…" in the first sentence,
// with the issuer reader's verbs and adverbs (issuer-cues.ts): one vocabulary for "the lede announces".
// The name's words are split at spaces only: "(?:Word\s?){1,6}" could split one word six ways, and backtracking
// over an all-caps lede took V8's regex interpreter milliseconds.
const verbAlt = [...ANNOUNCE_VERBS].sort((a, b) => b.length - a.length).map((v) => escapeRegExp(v).replace(/ /g, '\\s+')).join('|');
const advAlt = ANNOUNCE_ADVERBS.map((v) => escapeRegExp(v).replace(/ /g, '\\s+')).join('|');
const LEDE_ANNOUNCES =
  new RegExp(String.raw`^[${UPPER}0-9][${LETTER}0-9&.'’®-]*(?:,?\s[${UPPER}0-9][${LETTER}0-9&.'’®-]*){0,5}(?:\s?\([^)]{2,40}\))?,?(?:\s+(?:a|an|the|one of|ein|eine|un|une|una|uno)\s[^.]{5,200}?,)?\s+(?:(?:${advAlt}|proudly|is proud to|has|ha|a)\s+)?(?:${verbAlt})(?![${LETTER}])`, 'u');
// The Japanese and Chinese release lede: "ミドリ電機株式会社（本社：東京都港区、…）は、…を発売することをお知らせいたします",
// "某某公司今天宣布…".
// The Chinese verbs are the issuer reader's (CJK_ANNOUNCE_MARKERS without the Japanese topic particle).
const HAN_ANNOUNCE = CJK_ANNOUNCE_MARKERS.filter((m) => /^\p{Script=Han}+$/u.test(m)).join('|');
const CJK_LEDE_ANNOUNCES = new RegExp(
  String.raw`^[^。]{2,120}(?:（本社[：:]|は、[^。]{0,200}(?:を発表|を発売|を開始|をお知らせ|を公開|を締結))|^[^。]{2,80}(?:今天|今日|日前|近日)?(?:${HAN_ANNOUNCE})`,
  'u',
);
// Each cue list as one regex, so a line is checked in one native scan instead of one includes() per term.
const REPORTING_RE = termsRegExp(NEWS_REPORTING_TERMS);
// The detector's own contact labels and every press cue the contact reader knows ("Rückfragehinweis",
// "Contacto de prensa"): one vocabulary, so a block the reader would read is evidence here too.
// Japanese and Chinese labels stand in brackets: "【本件に関するお問い合わせ先】".
const CONTACT_START_RE = termsRegExp(PRESS_CONTACT_TERMS, '^[【［〔]?');
// The same cue as a label ("Media Contact:"), which may open a long run-together line in plain-text wires.
const CONTACT_LABEL_RE = termsRegExp(PRESS_CONTACT_TERMS, '^', '\\s*:');
// The label after a sentence, where a text export ran the contact block into the last paragraph ("… Admission is
// free. Media inquiries: Theresa Nguyen, theresa@…"), with an address or number right after it.
const CONTACT_INLINE_LABEL_RE = new RegExp(
  String.raw`${termsRegExp(PRESS_CONTACT_TERMS, '[.!?]\\s+').source}\s*:(?=.{0,160}?(?:@[\w-]+\.\w|\d{3}[-.\s]\d{3}[-.\s]\d{4}|\+\d))`,
  'u',
);
// A bare "Kontakt" / "Contact" heading on a line of its own, or a generic contact cue the contact reader knows
// opening a line ("Para más información:", "Contact Information", "Ihre Ansprechpersonen").
const CONTACT_HEADING_RE = new RegExp(
  `${termsRegExp(CONTACT_HEADING_TERMS, '^[【［〔]?', '[】］〕]?\\s*:?$').source}|${termsRegExp(allCues(GENERIC_CONTACT_CUES), '^[【［〔]?', '(?![\\p{L}])').source}`,
  'u',
);
const CONTACT_DATA_RE = /@[\w-]+\.\w|(?:\+|\b0)\d[\d ()/.-]{6,}\d/;
// "For more information, contact Jane Doe at jane@…", "… contactez Solène Marchal au 04 72 …": a sentence asking the
// reader to get in touch, with an address or number before it ends. Also North American numbers ("(617) 555-0100",
// "617-555-0100"), which CONTACT_DATA_RE leaves to a nearby press title.
const CONTACT_SENTENCE_TERMS = [...new Set([...allCues(CONTACT_REQUEST_WORDS), ...allCues(GENERIC_CONTACT_CUES), ...allCues(MEDIA_CONTACT_CUES)].map((t) => t.toLowerCase()))];
const CONTACT_SENTENCE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CONTACT_SENTENCE_TERMS.map(escapeRegExp).join('|')})(?:[^.!?]|[.](?=\S)){0,160}?(?:@[\w-]+\.\w|(?:\+|\b0|\(\d{3}\)\s?|\b\d{3}[-.])\d[\d ()/.-]{5,}\d)`,
  'u',
);
const SENTENCE_DATA_RE = /@|\d[\s.()/-]?\d[\s.()/-]?\d/;
// A press officer's title or a communications office, matched inside words ("unternehmenskommunikation",
// "polizeisprecherin"), but a loudspeaker ("lautsprecher") is no spokesman.
const PRESS_ROLE_RE = termsRegExp([...MEDIA_ROLE_WORDS, ...PRESS_UNIT_WORDS], '(?<!laut)');
// An embargo term opening the line, or followed by a space anywhere in it.
const EMBARGO_RE = new RegExp(`${termsRegExp(EMBARGO_TERMS, '^').source}|${termsRegExp(EMBARGO_TERMS, '', ' ').source}`);
// "By Jane Doe" / "von Max Muster • 12. März": a byline line (lower-cased text).
const BYLINE_RE = new RegExp(String.raw`^(?:by|von|par|por|di|door|av|af) ([${LETTER}.' &-]{3,60}?)(?:\s*[•|·,]\s*.*)?$`, 'u');
// "Rome (ANSA) - …": a news agency's dateline.
const AGENCY_DATELINE_RE = new RegExp(String.raw`^[${LETTER} .,'-]{0,40}\(([${LETTER} .]{2,20})\)\s*[-–—]`, 'u');

export type FeatureValues = Record<FeatureId, number>;

export interface PageFeatures {
  values: FeatureValues;
  // What a person reads for each feature that fired ("Wire-service dateline: NEW YORK, …").
  reasons: Partial<Record<FeatureId, string>>;
  dateline: Dateline | null;
  jsonLd: LdNode[];
}

export function pageFeatures(snapshot: PageSnapshot): PageFeatures {
  const values = Object.create(null) as FeatureValues;
  const reasons: Partial<Record<FeatureId, string>> = {};
  const set = (id: FeatureId, value: number, reason: string) => {
    values[id] = value;
    if (value) reasons[id] = reason;
  };
  const { url, lines } = snapshot;
  // As the extractor decides it, so both read the page's dates alike (a German page left with lang="en").
  const language = resolveLanguage(snapshot.lang ? normaliseTag(snapshot.lang) : null, languageSample(lines));

  // 1. JSON-LD: a PressRelease type, or a genre / section that says so.
  const jsonLd = parseJsonLd(snapshot.jsonLd);
  const ldPress = jsonLd.find((n) => {
    if (ldTypes(n).some((t) => /pressrelease/i.test(t))) return true;
    const genre = norm(`${ldString(n['genre']) ?? ''} ${ldString(n['articleSection']) ?? ''}`);
    return !!genre && !!firstTerm(genre, PRESS_RELEASE_TERMS);
  });
  set('ldPress', ldPress ? 1 : 0, 'Structured data (JSON-LD) marks it as a press release');

  // 2. The page's address, and the one it gives itself
  const address = addressEvidence(url, snapshot.canonical);
  set('urlRelease', address.release ? 1 : 0, `URL says '${address.release}'`);
  set('urlSection', address.section ? 1 : 0, `URL is in a '${address.section}' section`);
  set('wireHost', address.wire ? 1 : 0, `Published on a release-distribution service: ${address.wire}`);

  // 3. Title / H1 / og:title / section meta
  const rawTitle = snapshot.title;
  const title = norm(rawTitle);
  const h1 = norm(snapshot.h1);
  const section = norm(snapshot.section);
  const titleTerm = firstTerm(`${title} | ${h1} | ${section}`, PRESS_RELEASE_TERMS);
  // The main heading only names the section ("Press Releases", "Newsroom — Acme"): the section's own page.
  // The title's headline part, once: the section test, the headline's line and the site part below all use it.
  const rawCore = titleCore(rawTitle);
  const heading = h1 || norm(rawCore);
  const sectionName = heading.split(/\s+/).length <= 6 ? firstTerm(heading, PRESS_SECTION_NAMES) : null;
  const sectionHeading = !!sectionName && heading.startsWith(sectionName);
  set('titleTerm', titleTerm && !sectionHeading ? 1 : 0, `Title or section says '${titleTerm}'`);
  set('sectionHeading', sectionHeading ? 1 : 0, `The main heading names a section, not a story: '${heading.slice(0, 60)}'`);

  // 4. Text evidence (bounded lines)
  const normLines = lines.map((l) => norm(l.slice(0, 300)));
  // Where the headline sits: the H1's line, else (no H1, or an H1 in the footer) the first line the title starts with.
  const core = norm(rawCore.replace(/^\[[^\]]{1,30}\]\s*/u, ''));
  const h1Line = h1 ? normLines.findIndex((l) => l === h1 || (l.length > 20 && (h1.startsWith(l) || l.endsWith(h1)))) : -1;
  const titleLine = core.length >= 15 ? normLines.findIndex((l) => l.length >= 10 && (l === core || core.startsWith(l) || l.startsWith(core))) : -1;
  const h1Index = h1Line >= 0 && (titleLine < 0 || overlap(h1, core) >= 0.5) ? h1Line : titleLine;
  // A label, breadcrumb or category line near the headline: "Pressemitteilung", "Home › Presse › Pressemitteilungen",
  // "Category : Press Releases", "Press information". Phrases that REPORT on a release ("said in a press release") do not count.
  const from = h1Index < 0 ? 0 : Math.max(0, h1Index - 8);
  const to = h1Index < 0 ? 40 : h1Index + 25;
  const labelLine = normLines.slice(from, to).find((l) => l.length <= 160 && !!firstTerm(l, PRESS_RELEASE_TERMS) && !REPORTING_RE.test(l));
  const isLabel = !!labelLine && labelLine !== h1;
  set('labelLine', isLabel ? 1 : 0, `Labelled '${labelLine?.slice(0, 60)}' near the headline`);
  // The title's site part counts too ("Acme launches … | Acme Newsroom"): the page sits in the press section.
  const titleSite = norm(rawTitle.replace(rawCore, ''));
  const sectionLine = isLabel
    ? null
    : normLines.slice(from, h1Index < 0 ? 40 : h1Index + 6).find((l) => l.length <= 80 && !!firstTerm(l, PRESS_SECTION_TERMS)) ??
      (titleSite && !sectionHeading && firstTerm(titleSite, PRESS_SECTION_TERMS) ? titleSite : null);
  set('sectionLine', sectionLine ? 1 : 0, `In the press section: '${sectionLine?.slice(0, 60)}'`);

  // Headings are never datelines ("Our BI Research Shows – A Mix of …" looks like "Place – Lede").
  const headings = new Set(snapshot.headings);
  const datelineLines = lines.map((l, i) => (headings.has(i) ? '' : l));
  // Start near the headline: menus before it can be hundreds of lines long.
  const dateline = findDateline(datelineLines, language, h1Index > 0 ? h1Index - 3 : 0, 80, h1Index) ?? (h1Index > 0 ? findDateline(datelineLines, language, 0, h1Index, h1Index) : null);
  const datelineText = `Dateline: ${dateline?.text.slice(0, 120)}`;
  set('datelineWire', dateline?.wire ? 1 : 0, `Wire-service dateline: ${dateline?.text.slice(0, 120)}`);
  set('datelinePlaceDate', !dateline?.wire && dateline?.place && dateline.date ? 1 : 0, datelineText);
  set('datelinePlace', !dateline?.wire && dateline?.place && !dateline.date ? 1 : 0, datelineText);

  // The release lede introduces its issuer: "Tootl Transport, a non-emergency medical transportation service …,
  // announces …" / "Acme Corp. (NYSE: ACME) today announced …". News ledes say "said" instead. A lede that opens
  // with the dateline ("SAN JOSE, Calif., March 3, 2026 -- Acme … announced") is read after it.
  const ledeLine = lines.slice(Math.max(0, h1Index + 1), Math.max(0, h1Index + 1) + 12).find((l) => textWeight(l) >= 100) ?? '';
  const ledes = [ledeLine.slice(0, 400), (dateline?.rest ?? '').slice(0, 400)];
  const announces = ledes.some((lede) => LEDE_ANNOUNCES.test(lede) || CJK_LEDE_ANNOUNCES.test(lede));
  set('ledeAnnounces', announces ? 1 : 0, 'The lede has the issuer announce the news');

  const dateNearHeadline =
    h1Index >= 0 && normLines.slice(Math.max(0, h1Index - 3), h1Index + 5).some((l) => l.length < 60 && findDates(l, language).length > 0);
  set('dateNearHeadline', dateNearHeadline && !dateline?.date ? 1 : 0, 'Dated next to the headline');

  const immediate = normLines.find((l) => l.length < 120 && firstTerm(l, IMMEDIATE_RELEASE_TERMS));
  set('immediateRelease', immediate ? 1 : 0, `Says '${immediate?.slice(0, 60)}'`);

  const embargo = normLines.find((l) => l.length < 300 && EMBARGO_RE.test(l));
  set('embargoNotice', embargo ? 1 : 0, `Embargo notice: '${embargo?.slice(0, 80)}'`);

  set('endMark', normLines.some((l) => END_MARKS.slice(0, 6).includes(l)) ? 1 : 0, `Ends with a wire end mark ('###' / '-30-')`);

  // "About Acme" followed by a paragraph about Acme ("Acme is …"): issuer boilerplate, not a menu item.
  const about = aboutHeading(lines);
  set('aboutBoilerplate', about ? 1 : 0, `Issuer boilerplate: 'About ${about?.slice(0, 60)}'`);

  // A contact cue starting a line ("Media Contact:Robert Smith …" runs on in plain-text wires), or contact details
  // signed by a press office: a short line with a press title or unit after the headline, with an address or number
  // within three lines ("Thomas Weber / Leiter Unternehmenskommunikation / Telefon …"). A news story quotes
  // spokespeople in long prose lines, without their numbers.
  const cue = normLines.find((l) => (l.length < 300 && CONTACT_START_RE.test(l)) || CONTACT_LABEL_RE.test(l) || CONTACT_INLINE_LABEL_RE.test(l));
  const signed = cue
    ? undefined
    : normLines.find((l, i) => i > h1Index && l.length < 120 && PRESS_ROLE_RE.test(l) && normLines.slice(Math.max(0, i - 3), i + 4).some((n) => CONTACT_DATA_RE.test(n)));
  const contact = cue ?? signed;
  const inline = cue && !CONTACT_START_RE.test(cue) && !CONTACT_LABEL_RE.test(cue) ? CONTACT_INLINE_LABEL_RE.exec(cue) : null;
  const cueText = inline ? cue?.slice(inline.index).replace(/^[.!?]\s+/, '') : cue;
  set('mediaContact', contact ? 1 : 0, cueText ? `Media-contact block: '${cueText.slice(0, 60)}'` : `Contact details signed by a press office: '${signed?.slice(0, 60)}'`);
  // A bare "Kontakt" / "Contact" heading after the story, followed by an e-mail address or phone number.
  const bodyEnd = h1Index < 0 ? 0 : Math.min(normLines.length, h1Index + 200);
  const contactDetails = contact
    ? -1
    : normLines.findIndex((l, i) => i > h1Index && i < bodyEnd && l.length < 300 && CONTACT_HEADING_RE.test(l) && normLines.slice(i, i + 6).some((n) => CONTACT_DATA_RE.test(n)));
  set('contactDetails', contactDetails >= 0 ? 1 : 0, `Contact details after the story: '${normLines[contactDetails]}'`);
  // Neither a block nor a heading: the contact is given in a sentence after the headline.
  const sentence = contact || contactDetails >= 0
    ? undefined
    : lines.find((l, i) => i > h1Index && SENTENCE_DATA_RE.test(l) && CONTACT_SENTENCE_RE.test(l.toLowerCase()));
  set('contactSentence', sentence ? 1 : 0, `Contact details in a sentence: '${sentence?.slice(0, 80)}'`);

  let selfReference: string | null = null;
  for (let i = 0; i < normLines.length && !selfReference; i++) selfReference = firstTerm(normLines[i] as string, SELF_REFERENCE_TERMS);
  set('selfReference', selfReference ? 1 : 0, `Calls itself a press release: '${selfReference}'`);

  const bylineLine = normLines.slice(0, Math.max(60, h1Index + 15)).find((l) => l.length < 120 && BYLINE_RE.test(l));
  const bylineName = bylineLine ? BYLINE_RE.exec(bylineLine)?.[1] ?? '' : '';
  const orgByline = !!bylineName && ORG_WORDS.some((w) => hasTerm(bylineName, w)) && !NEWS_AGENCY_TAGS.some((t) => bylineName.includes(t)) && !/associated press|press association|staff/.test(bylineName);
  set('orgByline', orgByline ? 1 : 0, `Published in the name of an organisation: '${bylineLine?.slice(0, 60)}'`);

  // 5. Evidence against: a news article, a shop, a listing, a filing cover.
  const reporting = normLines.filter((l) => REPORTING_RE.test(l)).length;
  set('reporting', Math.min(3, reporting), `Reports on others' statements ("said in a statement" style) ${reporting}×`);

  const ldPerson = jsonLd.some((n) => {
    if (!ldTypes(n).some((t) => /NewsArticle|ReportageNewsArticle/.test(t))) return false;
    const a = n['author'];
    const first = Array.isArray(a) ? a[0] : a;
    return !!first && typeof first === 'object' && ldTypes(first as LdNode).includes('Person');
  });
  // A newsroom's own story is signed by its press officer, who is also its media contact; a reporter never is.
  // Only under a heading or label: "Jane Roe can be reached at …" after a news story is the reporter's own address.
  const labelled = !!contact && (contact.length <= 40 || CONTACT_LABEL_RE.test(contact));
  const contactAt = [labelled ? normLines.indexOf(contact) : -1, contactDetails].filter((i) => i >= 0);
  const writer = bylineName.trim();
  const writerIsContact = writer.length >= 5 && contactAt.some((i) => normLines.slice(i, i + 8).some((l) => l.includes(writer)));
  const reporter = ((bylineName && !orgByline && !writerIsContact) || ldPerson) && !dateline?.wire && !ldPress;
  set('reporterByline', reporter ? 1 : 0, `Has a reporter's byline${bylineName ? `: '${bylineLine?.slice(0, 60)}'` : ''}`);

  const agency = normLines.slice(0, 120).find((l) => {
    const m = AGENCY_DATELINE_RE.exec(l);
    return !!m && NEWS_AGENCY_TAGS.includes((m[1] ?? '').trim());
  });
  set('agencyDateline', agency ? 1 : 0, `News-agency dateline: '${agency?.slice(0, 40)}'`);

  // Shop pages: schema.org Product/Offer, og:type product, a cart button.
  const product =
    jsonLd.some((n) => ldTypes(n).some((t) => /^(?:Product|Offer|AggregateOffer|ProductGroup)$/.test(t))) ||
    /product/.test(section) ||
    normLines.some((l) => l.length < 40 && firstTerm(l, SHOP_TERMS) !== null);
  set('productPage', product ? 1 : 0, 'Looks like a product or shop page');

  const genre = normLines.slice(from, h1Index < 0 ? 20 : h1Index + 4).find((l) => l.length <= 120 && !!firstTerm(l, NON_RELEASE_GENRE_TERMS));
  set('otherGenre', genre ? 1 : 0, `Labelled as another genre: '${genre?.slice(0, 60)}'`);

  // Listing pages: many short lines that each carry a date (one per listed release), no dateline paragraph…
  // A story under the heading (two body paragraphs right after it) ends the count: what follows it is the release's
  // "More press releases" box, not the page.
  const dated = (l: string) => findDates(l, language).length > 0;
  const opensDated = (l: string) => (findDates(l.slice(0, 40), language)[0]?.index ?? 99) < 25;
  const listed = normLines.slice(0, storyAfterHeading(normLines, h1Index, dated, opensDated) ?? normLines.length);
  const datedShort = listed.filter((l) => l.length < 160 && dated(l)).length;
  const longParas = normLines.filter((l) => l.length > 200).length;
  // …or many teaser paragraphs that each open with their own date ("05.12.2022 | Paris (iwr-pressedienst) - Was …").
  const datedTeasers = listed.filter((l) => l.length > 100 && opensDated(l)).length;
  const listing = (datedShort >= 8 && longParas < 3) || datedTeasers >= 5 || (datedShort >= 12 && !dateline?.place && !dateline?.wire);
  set('listing', listing ? 1 : 0, `Looks like a list of releases (${datedShort} dated entries, little body text)`);
  // …or a run of headings, each a listed item's title, with little text between them.
  const headingRun = manyHeadings(snapshot.headings.filter((i) => i >= h1Index && i <= h1Index + 12 + 5 * MIN_LISTED), lines, h1Index);
  set('headingList', headingRun >= MIN_LISTED ? 1 : 0, `Looks like a list of items (${headingRun} headings with short teasers)`);

  set('noBody', !dateline && !normLines.some((l) => textWeight(l) >= 100) ? 1 : 0, 'No body paragraphs');

  // A securities filing's cover page ("Commission File Number", "Check the appropriate box"): it may list
  // "Exhibit 99.1 Press release", but the release itself is another document.
  const cover = normLines.filter((l) => !!firstTerm(l, FILING_COVER_TERMS)).length;
  set('filingCover', cover >= 2 ? 1 : 0, `A filing's cover page (${cover} cover-page phrases)`);

  // A vacancy: two of a posting's headings, or one under a job title's gender marker (a release announcing jobs may
  // write "Auszubildende (m/w/d)" in its title, but has no "Ihr Profil").
  const marker = JOB_TITLE_MARKERS.find((m) => `${title} ${h1}`.includes(m));
  const postingLines = normLines.filter((l) => l.length <= 60 && !!firstTerm(l, JOB_POSTING_TERMS)).length;
  set('jobPosting', postingLines >= 2 || (marker && postingLines >= 1) ? 1 : 0, `Looks like a job posting (${postingLines} vacancy headings${marker ? `, '${marker}'` : ''})`);

  return { values, reasons, dateline, jsonLd };
}

// Where the story under the page's heading ends, when the heading is followed by at least two body paragraphs within
// its next six lines (a listing has one introduction at most; only the first of a story's paragraphs opens with a
// date, a listing's teasers each do): the first line after them that is neither a body paragraph nor a longer undated
// line (a quote, a short paragraph). Null when no story.
const STORY_REACH = 6;
function storyAfterHeading(lines: readonly string[], h1Index: number, dated: (l: string) => boolean, opensDated: (l: string) => boolean): number | null {
  if (h1Index < 0) return null;
  const body = (l: string) => textWeight(l) >= 100;
  const near = lines.slice(h1Index + 1, h1Index + 1 + STORY_REACH).filter(body);
  if (near.length < 2 || near.slice(1).some(opensDated)) return null;
  // The first paragraph may open with the release's own date ("12.03.2026 – Berlin: …").
  const first = h1Index + 1 + lines.slice(h1Index + 1).findIndex(body);
  const goesOn = (l: string) => (body(l) || (l.length >= 60 && !dated(l))) && !opensDated(l);
  let end = first + 1;
  while (end < lines.length && goesOn(lines[end] ?? '')) end++;
  return end;
}

// A listing shows at least this many items, the first of them right under the page's heading.
const MIN_LISTED = 5;

// The longest run of headings (h2–h6 after the first line) separated only by short lines: a listing's titles
// with their dates and one-line teasers. The run must start before any paragraph of body text: the same run
// after a story is the page's "Related posts" or footer widgets, which a release page has as often as any.
const BODY_PARAGRAPH = 200;
function manyHeadings(headings: readonly number[], lines: readonly string[], from: number): number {
  let best = 0;
  let run = 0;
  let start = from;
  for (let k = 0; k < headings.length; k++) {
    const at = headings[k] as number;
    const prev = headings[k - 1];
    const between = prev === undefined ? [] : lines.slice(prev + 1, at);
    const short = prev !== undefined && at - prev <= 5 && between.every((l) => l.length < 260);
    if (!short) start = at;
    run = short ? run + 1 : 1;
    if (!lines.slice(Math.max(0, from), start).some((l) => textWeight(l) >= BODY_PARAGRAPH)) best = Math.max(best, run);
  }
  return best;
}
