import type { PressRelease } from '../schema/record';
import type { ContactReading } from './contacts';
import { textBlocks } from './block-text';
import { readContacts } from './contacts';
import { isoDatePart, findDates } from './dates';
import { detectWithEvidence, PAGE_SKIP } from './detect';
import { findEmbargo } from './embargo';
import { extractHeadline } from './headline';
import { overlap } from './word-overlap';
import { extractIssuer } from './issuer/issuer';
import { ldString, mainArticle } from './jsonld';
import { languageSample, pageLanguage } from './language';
import { metaContent } from './meta';
import { canonicalHref } from './page-snapshot';
import { extractSummary } from './summary';
import { clean, norm } from './text-norm';

// The full extractor: detect()'s evidence plus every record field. Pure and read-only — it never mutates `doc`
// (a test checks the live page stays byte-identical), touches no browser API, and returns plain data that the
// caller validates with PressReleaseSchema.

export interface ExtractOptions {
  // Wall-clock budget in ms (default 1500). Past it, the remaining fields stay null and a signal says so:
  // a pathological page degrades to a partial record instead of hanging the tab.
  budgetMs?: number;
  now?: () => number;
  // 'always' when the journalist asked for the record (the popup, "Clip anyway", the context menu, a pasted
  // text): the contacts are read whatever the verdict. The default reads them only on a detected release, so an
  // automatic record of a news page never carries a quoted spokesperson as a media contact.
  contacts?: 'always' | 'ifRelease';
}

const MAX_TEXT = 300_000;

function cap(s: string | null, max: number): string | null {
  if (!s) return null;
  const c = clean(s);
  return c ? c.slice(0, max) : null;
}

// Not the snapshot's `canonical`: that one reads og:url from property= alone, takes the first even when empty, and is
// cut to CANONICAL_MAX before it is resolved.
function canonical(doc: Document, url: string): string | null {
  const href = canonicalHref(doc) ?? metaContent(doc, ['og:url']);
  if (!href) return null;
  try {
    const u = new URL(href, url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href.slice(0, 4096) : null;
  } catch {
    return null;
  }
}

export function extract(doc: Document, url: string, options: ExtractOptions = {}): PressRelease {
  const now = options.now ?? (() => Date.now());
  const deadline = now() + (options.budgetMs ?? 1500);
  const late = () => now() > deadline;

  // One walk of the page: detect() reads the first part of these same blocks.
  const body = doc.body ?? doc.documentElement;
  const blocks = body ? textBlocks(body, { maxChars: MAX_TEXT, skipSelector: PAGE_SKIP, shouldStop: late }) : [];
  const evidence = detectWithEvidence(doc, url, blocks);
  if (late()) return partial(emptyRecord(evidence.detection, url, doc));
  const { detection, dateline, jsonLd } = evidence;
  const signals = [...detection.signals];
  const lines = blocks.map((b) => b.text);
  const language = pageLanguage(doc, languageSample(lines));

  const record: PressRelease = {
    isPressRelease: detection.isPressRelease,
    confidence: detection.score,
    signals,
    url: url.slice(0, 4096),
    canonicalUrl: canonical(doc, url),
    language,
    headline: null,
    issuer: null,
    releaseDate: null,
    datelinePlace: cap(dateline?.place ?? null, 200),
    embargo: null,
    summary: null,
    contacts: [],
  };

  const article = mainArticle(jsonLd);
  const siteName = metaContent(doc, ['og:site_name']);
  const before = dateline?.index ? lines[dateline.index - 1] ?? null : null;
  const lineBeforeDateline = before && before.length >= 15 && before.length <= 300 && before.split(' ').length >= 3 ? before : null;
  record.headline = cap(extractHeadline(doc, jsonLd, siteName, lineBeforeDateline), 1000);
  if (late()) return partial(record);

  const issuer = extractIssuer(doc, url, lines, dateline, jsonLd, record.headline);
  record.issuer = cap(issuer.issuer, 300);
  // The record holds at most 50 signals (schema).
  if (issuer.signal && signals.length < 50) signals.push(issuer.signal);

  // The release's own date: dateline, then metadata, then a date line next to the headline — never a date
  // from a sidebar or "last updated".
  const headlineIndex = record.headline ? findHeadlineIndex(lines, record.headline) : -1;
  const near = headlineIndex >= 0 ? lines.slice(Math.max(0, headlineIndex - 4), headlineIndex + 8) : lines.slice(0, 40);
  const nearHeadline = near.filter((l) => l.length < 200 && !/updated|aktualisiert|mis à jour|actualizado|modified|geändert/i.test(l));
  // A line that IS a date or a labelled date ("08. Februar 2022", "Erschienen am: 13.10.2021", "FOR IMMEDIATE
  // RELEASE: November 22, 2024") beats a date mentioned inside a sentence.
  const dateLine = (l: string) => {
    const d = findDates(l, language)[0];
    if (!d) return null;
    const labelled = /^(?:for immediate release|date|datum|dated|published|veröffentlicht|erschienen am|stand|fecha|publié le|data|news date|release date)\b/i.test(l);
    return l.length <= 60 || labelled ? d.iso : null;
  };
  const labelledAnywhere = lines.slice(0, 400).filter((l) => l.length < 120 && /^(?:for immediate release|release date|erschienen am)\b/i.test(l)).map(dateLine).find((d): d is string => !!d);
  record.releaseDate =
    dateline?.date ??
    labelledAnywhere ??
    isoDatePart(metaContent(doc, ['article:published_time', 'og:published_time', 'datePublished', 'date', 'dc.date', 'DC.date', 'dcterms.created'])) ??
    isoDatePart(article ? ldString(article['datePublished']) : null) ??
    nearHeadline.map(dateLine).find((d): d is string => !!d) ??
    nearHeadline.map((l) => findDates(l, language)[0]?.iso).find((d): d is string => !!d) ??
    isoDatePart(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    null;
  if (late()) return partial(record);

  record.embargo = findEmbargo(lines, language);
  record.summary = cap(extractSummary(lines, headlineIndex, dateline, record.headline), 2000);
  if (late()) return partial(record);

  if ((record.isPressRelease || options.contacts === 'always') && !late()) {
    const reading = safeContacts(body, { url, language, issuer: issuer.fromHost ? null : record.issuer, release: record.isPressRelease, late });
    record.contacts = reading.contacts;
    if (reading.hiddenAddresses.length) record.signals = [...record.signals, hiddenSignal(reading.hiddenAddresses)].slice(0, 50);
    // The contact reader stops at the deadline with what it found so far: say the record may be partial.
    if (late()) return partial(record);
  }
  return record;
}

function emptyRecord(detection: { isPressRelease: boolean; score: number; signals: string[] }, url: string, doc: Document): PressRelease {
  return {
    isPressRelease: detection.isPressRelease,
    confidence: detection.score,
    signals: [...detection.signals],
    url: url.slice(0, 4096),
    canonicalUrl: canonical(doc, url),
    language: null,
    headline: null,
    issuer: null,
    releaseDate: null,
    datelinePlace: null,
    embargo: null,
    summary: null,
    contacts: [],
  };
}

function partial(record: PressRelease): PressRelease {
  record.signals = [...record.signals, 'Stopped early: the page took too long to read (partial record)'].slice(0, 50);
  return record;
}

function safeContacts(root: ParentNode | null, ctx: { url: string; language: string | null; issuer: string | null; release: boolean; late: () => boolean }): ContactReading {
  const none = { contacts: [], hiddenAddresses: [] };
  if (!root) return none;
  try {
    const reading = readContacts(root, ctx);
    return { contacts: reading.contacts.slice(0, 50), hiddenAddresses: reading.hiddenAddresses };
  } catch {
    return none;
  }
}

// Shown with the record: the journalist knows the address exists and where to get it.
function hiddenSignal(names: readonly string[]): string {
  const who = names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
  return `E-mail address hidden by the page for ${who} (address protection, an image or a reveal button): clip the release's own page in the browser to decode it, or copy it from there`.slice(0, 300);
}

function findHeadlineIndex(lines: readonly string[], headline: string): number {
  const nh = norm(headline);
  const exact = lines.findIndex((l) => norm(l) === nh);
  if (exact >= 0) return exact;
  const similar = lines.findIndex((l) => l.length < nh.length * 2 + 40 && overlap(l, headline) >= 0.8);
  if (similar >= 0) return similar;
  // A headline broken over several lines (<br>): its first line.
  return lines.findIndex((l) => l.length >= 10 && nh.startsWith(norm(l)));
}
