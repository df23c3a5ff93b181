import { NEWS_AGENCY_TAGS, PRESS_RELEASE_TERMS, PRESS_SECTION_TERMS, SECTION_LABELS, WEEKDAYS, WIRE_TAGS } from './cues/release-cues';
import { findDates } from './dates';
import { escapeRegExp } from './text-norm';
import { caseless, LETTER, LOWER, UPPER } from './letter-classes';

// The dateline that opens a release's first paragraph, in the layouts wires and press offices use:
//   "PALO ALTO, Calif., April 25, 2016 /PRNewswire/ -- HackerRank, ..."          (PR Newswire)
//   "NEW YORK, Jan. 05, 2026 (GLOBE NEWSWIRE) -- Acme Corp ..."                   (GlobeNewswire)
//   "SAN FRANCISCO--(BUSINESS WIRE)--Acme ..."                                    (Business Wire: no date)
//   "Baar, Switzerland, August 23, 2018 – Ascom ..."                              (company)
//   "Hamburg, 02.11.2021. Die Stiftung ..." / "Potsdam – Das Land ..."            (German press offices)
//   "01/16/2021 North Korea (International Christian Concern) – ..."             (NGO: date, place, issuer)
//   "CHICAGO — ..."                                                              (all-caps place, no date)

export interface Dateline {
  text: string; // the dateline as written, without the dash that ends it
  place: string | null;
  date: string | null; // YYYY-MM-DD
  wire: string | null; // the wire tag as written ("PRNewswire")
  // An issuer named inside the dateline (NGO form, a "/ Org /" tag); the one opening a wire lede is found by
  // datelineOrg() (dateline-org.ts), which only extraction needs.
  org: string | null;
  rest: string; // the lede after the dateline
  wireLede?: true; // the lede follows a wire tag, so it opens with the issuer's name
  index?: number; // which of the lines given to findDateline held it
}

// Letter classes instead of \p{…} and tags spelled caseless instead of the `i` flag: see letter-classes.ts.
const wireAlt = WIRE_TAGS.map((w) => caseless(escapeRegExp(w)).replace(/ /g, '[\\s-]?')).join('|');
// "/PRNewswire/", "/PRNewswire-HISPANIC PR WIRE/", "(GLOBE NEWSWIRE)", "(BUSINESS WIRE)", "/EINPresswire.com/"
// Up to two words may precede the tag inside the brackets: "(NOTICIAS NEWSWIRE)", "/Canada NewsWire/".
const WIRE_RE = new RegExp(
  String.raw`(?:[/(]|--)\s*((?:[${LETTER}.]+\s){0,2}(?:${wireAlt})(?:[.\w-]*(?:\s[\w.-]+){0,3})?)\s*(?:[/)]|--)`,
  'u',
);
// A bare tag between dateline parts: "POMPANO BEACH, Fla., May 12, 2026 PRISM MediaWire (...) – BioStem ..."
const BARE_WIRE_RE = new RegExp(String.raw`(?<=\s)((?:[${LETTER}]+\s)?(?:${wireAlt}))(?:\s*\([^)]{0,80}\))?\s*[-–—]+\s`, 'u');
const DASH = '(?:--|[-–—:|]|\\s-\\s)';
// "PALO ALTO, Calif." / "Baar, Switzerland" / "Hofheim am Taunus | Wiesbaden" / "Steinheim, Nordrhein-Westfalen/Stuttgart"
// / "Halle (Saale)", "Frankfurt (Oder)": a town's qualifier in brackets.
const PLACE_RE =
  new RegExp(String.raw`^[${UPPER}][${LETTER}.'’\- ]{1,40}(?:\s*\([${LETTER}. ]{2,20}\))?(?:\s*[,|/]\s*[${LETTER}][${LETTER}.'’\- ]{1,30}){0,2}$`, 'u');
// Words that never start a place: bylines, labels, weekdays, and the deadlines of a sidebar's event teaser ("Ends
// January 9, 2026", "Anmeldeschluss 12. März"). Tested on the lower-cased place (no `i` flag).
const NOT_PLACE =
  new RegExp(String.raw`^(?:by|von|par|por|di|updated|posted|published|veröffentlicht|stand|datum|date|press release|news release|pressemitteilung|medienmitteilung|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|home|news|aktuelles|presse|press|publié|publiée|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|erschienen|erstellt|geändert|zuletzt|last updated|posted on|ends|ending|starts|closes|expires|deadline|due|until|endet|bis|frist|anmeldeschluss|jusqu|hasta|scade)(?![${LETTER}])`, 'u');

// The dateline shapes parseDateline() tries, compiled once (see letter-classes.ts for the classes).
const NGO_RE = new RegExp(String.raw`^(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})\s+([${UPPER}][${LETTER}.' -]{1,40}?)\s*\(([^)]{2,80})\)\s*[-–—]+\s*`, 'u');
const SOURCE_TAG_RE = new RegExp(String.raw`^\(([${LETTER}][${LETTER}0-9 .&-]{1,40})\)\s*[-–—]+\s*`, 'u');
const PLACE_AFTER_DATE_RE = new RegExp(String.raw`^[,\s]*(?:[-–—]\s*)?([${UPPER}][${LETTER}.' ,-]{1,40}?)\s*[-–—]\s+`, 'u');
const PLACE_STOP_RE = new RegExp(String.raw`^([${UPPER}][${LETTER}.' -]{1,30}(?:\s*[,/|]\s*[${UPPER}][${LETTER}.' -]{1,30}){1,2})\.\s+(?=[${UPPER}„"“])`, 'u');
// A place in brackets opening the lede, no dash: "(Berlin) Der Verband fordert …".
const BRACKET_PLACE_RE = new RegExp(String.raw`^\(([${UPPER}][${LETTER}.'’ /-]{2,30})\)\s+(?=[${UPPER}„"“])`, 'u');
// One place of one or two words, then a full stop: "München. Die Acme GmbH hat …" / "BERLIN. Der Senat …".
const SINGLE_PLACE_STOP_RE = new RegExp(String.raw`^([${UPPER}][${LETTER}'’-]{2,25}(?:\s[${UPPER}][${LETTER}'’-]{1,20})?)\.\s+(?=[${UPPER}„"“])`, 'u');
// The Chinese dateline: "2026年4月14日，深圳——", "【2026年4月14日，北京】", "（北京，2026年4月14日）". A bracket or a dash must
// close it: "2026年4月14日，株式会社…" opens a Japanese lede, not a place.
const CJK_DATE = String.raw`(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)`;
const HAN_PLACE = String.raw`(\p{Script=Han}{2,8})`;
const CJK_DATELINE_RE = new RegExp(
  String.raw`^[【（(［]?\s*(?:${CJK_DATE}\s*[，,、]\s*${HAN_PLACE}|${HAN_PLACE}\s*[，,、]\s*${CJK_DATE})\s*(?:[】）)］]\s*(?:——|—|–|-|：|:)?|——|—|–|：)\s*`,
  'u',
);
const HAS_LOWER = new RegExp(String.raw`[${LOWER}]`, 'u');
const PLACE_DASH_RE = new RegExp(String.raw`^([${UPPER}][${LETTER}.' -]{1,30}?(?:,\s*[${LETTER}][${LETTER}.]{1,20}(?:\s[${LETTER}][${LETTER}.]{1,20}){0,2})?)\s+[–—-]{1,2}\s+(?=[${UPPER}„"“])`, 'u');
const CAPS_PLACE_RE = new RegExp(String.raw`^([${UPPER}][${UPPER}.' -]{2,30}(?:,\s*[${UPPER}][${LETTER}.]{1,20}(?:\s[${UPPER}][${LETTER}.]{1,20})?)?)\s*(?:--|[–—]|\s-\s)\s*`, 'u');
const THREE_CAPS = new RegExp(String.raw`[${UPPER}]{3}`, 'u');
const CAPS_PLACE_ALONE_RE = new RegExp(String.raw`^[${UPPER}][${UPPER}.' -]{2,25},\s*[${UPPER}][${UPPER}.' -]{1,25}$`, 'u');

// Labels a page glues to the place or puts where a place would be: "Berlin Pressemitteilung", "Paris (ots)",
// "News – …", "Aktuelles | 12.05.2022". Matched on the lower-cased text.
const PLACE_LABELS: readonly string[] = [...PRESS_RELEASE_TERMS, ...PRESS_SECTION_TERMS, ...SECTION_LABELS];
const TAGS: readonly string[] = [...WIRE_TAGS, ...NEWS_AGENCY_TAGS, ...PRESS_RELEASE_TERMS];

// What the dateline writes, as a place: a label or a wire/agency tag glued on at either end is cut, and text that a
// page doubles with nested or responsive elements ("BERLIN BERLIN", "BerlinBerlin") is read once.
export function normalisePlace(raw: string): string {
  let p = raw.trim();
  for (let changed = true; changed; ) {
    changed = false;
    const lower = p.toLowerCase();
    // A whole label stays whole ("Press Releases" is not "Press" + "Releases"); cleanPlace() rejects it.
    if (PLACE_LABELS.includes(lower)) break;
    const tag = /\s*[(/]\s*([^()/]{1,40}?)\s*[)/]$/u.exec(p);
    if (tag && TAGS.includes((tag[1] ?? '').toLowerCase())) {
      p = p.slice(0, tag.index).trim();
      changed = true;
      continue;
    }
    for (const label of PLACE_LABELS) {
      if (lower.length > label.length + 1 && lower.endsWith(label) && /[\s|:–—-]/u.test(lower[lower.length - label.length - 1] ?? '')) {
        p = p.slice(0, p.length - label.length).replace(/[\s|:–—-]+$/u, '');
        changed = true;
        break;
      }
      if (lower.length > label.length + 1 && lower.startsWith(label) && /[\s|:–—-]/u.test(lower[label.length] ?? '')) {
        p = p.slice(label.length).replace(/^[\s|:–—-]+/u, '');
        changed = true;
        break;
      }
    }
  }
  const words = p.split(/\s+/);
  const half = words.length / 2;
  if (words.length % 2 === 0 && words.slice(0, half).join(' ').toLowerCase() === words.slice(half).join(' ').toLowerCase()) {
    p = words.slice(0, half).join(' ');
  } else if (p.length % 2 === 0 && p.length >= 6 && p.slice(0, p.length / 2).toLowerCase() === p.slice(p.length / 2).toLowerCase()) {
    p = p.slice(0, p.length / 2);
  }
  return p;
}

const WEEKDAY_END = new RegExp(String.raw`,?\s+(?:${WEEKDAYS.map(escapeRegExp).join('|')})\.?$`, 'iu');

function cleanPlace(raw: string): string | null {
  // "Lyon, le 12 juin 2025" / "Berlin, den 24.01.2022" / "Madrid, a 3 de mayo": the article is not the place.
  const p = normalisePlace(
    raw
      .replace(/[\s,(–—-]+$/u, '')
      .replace(/,?\s+(?:le|den|am|el|il|a|the|on)$/iu, '')
      .replace(WEEKDAY_END, '')
      .replace(/,?\s+(?:le|den|am|el|il|a|the|on)$/iu, '')
      .replace(/^[\s,–—-]+/u, ''),
  ).replace(/[\s,–—-]+$/u, '');
  // A section label is never a place ("News", "Press Releases", "Aktuelles", "Medien").
  if (!p || p.length > 60 || !PLACE_RE.test(p) || NOT_PLACE.test(p.toLowerCase()) || PLACE_LABELS.includes(p.toLowerCase())) return null;
  if (p.split(/\s+/).length > 7) return null;
  return p;
}

function lede(s: string): string {
  return s.replace(new RegExp(`^\\s*\\)?\\s*${DASH}?\\s*`, 'u'), '').trim();
}

// Parse one line (a paragraph's text); null when it does not open with a dateline.
export function parseDateline(input: string, language: string | null = null): Dateline | null {
  // A dateline in brackets on its own line: "( Pescasseroli, 14 Gennaio 20 )".
  const line = /^\(\s*[^()]{3,80}\s*\)$/.test(input) ? input.slice(1, -1).trim() : input;
  const head = line.slice(0, 260);

  // NGO form: "01/16/2021 North Korea (International Christian Concern) – ..."
  const ngo = NGO_RE.exec(
    head,
  );
  if (ngo) {
    const date = findDates(ngo[1] ?? '', language)[0]?.iso ?? null;
    const place = cleanPlace(ngo[2] ?? '');
    if (date && place) {
      return { text: ngo[0].replace(/\s*[-–—]+\s*$/, ''), place, date, wire: null, org: ngo[3]?.trim() ?? null, rest: line.slice(ngo[0].length).trim() };
    }
  }

  const cjk = CJK_DATELINE_RE.exec(head);
  if (cjk) {
    const date = findDates(cjk[1] ?? cjk[4] ?? '', language)[0]?.iso ?? null;
    const rest = line.slice(cjk[0].length).trim();
    if (date && rest.length >= 10) return { text: cjk[0].replace(/[\s—–:：-]+$/u, ''), place: cjk[2] ?? cjk[3] ?? null, date, wire: null, org: null, rest };
  }

  const wire = WIRE_RE.exec(head) ?? BARE_WIRE_RE.exec(head);
  const dates = findDates(head, language).filter((d) => d.index < 120);

  // Any bracketed source tag opening the line: "(ExampleWire) - May 4, 2026 - PORTLAND, Ore. — …"
  const tag = wire ? null : SOURCE_TAG_RE.exec(head);
  // "(Reuters) - …" opens a news story, not a release.
  if (tag && !NEWS_AGENCY_TAGS.includes((tag[1] ?? '').trim().toLowerCase())) {
    const inner = parseDateline(line.slice(tag[0].length), language);
    if (inner && (inner.date || inner.place)) return { ...inner, text: `${tag[0].trim()} ${inner.text}`, wire: tag[1]?.trim() ?? null };
  }
  if (wire && wire.index === 0) {
    // Tag first: "(NewMediaWire) - September 05, 2024 - CHICAGO — Two separate studies ..."
    const inner = parseDateline(line.slice(wire[0].length).replace(/^\s*[-–—]+\s*/u, ''), language);
    if (inner) return { ...inner, text: `${wire[0].trim()} ${inner.text}`, wire: wire[1]?.trim() ?? null };
  }
  if (wire && wire.index < 180) {
    const before = head.slice(0, wire.index);
    const date = dates.find((d) => d.index < wire.index) ?? null;
    const placeRaw = date ? before.slice(0, date.index) : before.replace(/[-–—\s]+$/u, '');
    let place = cleanPlace(placeRaw);
    let rest = lede(line.slice(wire.index + wire[0].length));
    let dateIso = date?.iso ?? null;
    let text = line.slice(0, wire.index + wire[0].length).trim();
    // Date after the tag: "Houston, TX (Newsworthy.ai) Tuesday Oct 1, 2024 @ 7:00 AM Central — Project Luong ..."
    // or "BURLINGTON, ON / PR Karma / February 11, 2025 15:20"
    if (!date) {
      const after = dates.find((d) => d.index >= wire.index + wire[0].length && d.index < wire.index + wire[0].length + 40);
      if (after) {
        dateIso = after.iso;
        const dash = /\s[-–—]{1,2}\s/u.exec(line.slice(after.index + after.length, after.index + after.length + 50));
        const end = dash ? after.index + after.length + dash.index + dash[0].length : after.index + after.length;
        text = line.slice(0, end).replace(/\s*[-–—]+\s*$/u, '').trim();
        rest = line.slice(end).trim();
      }
    }
    if (!place && placeRaw.trim() === '') place = null;
    return { text, place, date: dateIso, wire: wire[1]?.trim() ?? null, org: null, rest, wireLede: true };
  }

  // Place then date: "Baar, Switzerland, August 23, 2018 – ..." / "Hamburg, 02.11.2021. ..."
  const d0 = dates[0];
  if (d0 && d0.index <= 70) {
    let after = line.slice(d0.index + d0.length);
    // An unknown source's tag between the date and the dash ("TORONTO, March 3, 2026 /Reportable/ --",
    // "PARIS, 3 mars 2026 (Agence X) -"): a distribution service's, so part of the dateline; a news agency's
    // ("(Reuters)") ends the search, since the story is news.
    const source = /^\s*[/(]\s*([^()/]{2,40}?)\s*[/)]\s*(?=--|[-–—])/u.exec(after);
    if (source) {
      if (NEWS_AGENCY_TAGS.includes((source[1] ?? '').trim().toLowerCase())) return null;
      after = after.slice(source[0].length);
    }
    const dateEnd = d0.index + d0.length + (source?.[0].length ?? 0);
    // "Madrid, 3 de mayo de 2025.- La Fundación …": Spanish offices close the dateline with ".-".
    const closer = /^\s*\)?\s*(?:--|[-–—:|/]|\.[-–—]?\s|\s-\s|\s*$)/u.exec(after);
    if (d0.index === 0) {
      // Date first: "24.01.2022 – Die Bundesregierung ..." or "August 23, 2018, Baar – ..."
      const pm = PLACE_AFTER_DATE_RE.exec(after);
      const place = pm ? cleanPlace(pm[1] ?? '') : null;
      if (place && pm) {
        return { text: head.slice(0, dateEnd + pm[0].length).replace(/\s*[-–—]\s*$/, ''), place, date: d0.iso, wire: null, org: null, rest: line.slice(dateEnd + pm[0].length).trim() };
      }
      if (closer) {
        return { text: d0.text, place: null, date: d0.iso, wire: null, org: null, rest: lede(after.replace(/^\s*\.[-–—]?\s/, ' ')) };
      }
    } else if (closer) {
      const placeRaw = head.slice(0, d0.index).replace(/[\s,(/]+$/u, '');
      const place = cleanPlace(placeRaw);
      // "Medien, 14.02.2025 – …": a section label where the place would be still dates the release.
      if (place || PLACE_LABELS.includes(normalisePlace(placeRaw.replace(/[\s,–—-]+$/u, '')).toLowerCase())) {
        return {
          text: head.slice(0, dateEnd).trim(),
          place,
          date: d0.iso,
          wire: null,
          org: null,
          rest: lede(after.replace(/^\s*\.[-–—]?\s/, ' ')),
        };
      }
    }
  }

  // Place with parts, then a full stop: "Steinheim, Nordrhein-Westfalen/Stuttgart. Die EnBW hat …"
  const stop = PLACE_STOP_RE.exec(head);
  if (stop) {
    const place = cleanPlace(stop[1] ?? '');
    // Mixed case only: an all-caps "THE BUCKLE, INC. REPORTS …" is a headline, not a place.
    if (place && HAS_LOWER.test(place) && line.length - stop[0].length >= 60) {
      return { text: place, place, date: null, wire: null, org: null, rest: line.slice(stop[0].length).trim() };
    }
  }

  // A one-place dateline closed by a full stop: a lede of its own must follow, so "Danke. Die …" in a short line is none.
  const single = SINGLE_PLACE_STOP_RE.exec(head);
  if (single && line.length - single[0].length >= 100) {
    const place = cleanPlace(single[1] ?? '');
    if (place) return { text: place, place, date: null, wire: null, org: null, rest: line.slice(single[0].length).trim() };
  }

  const bracketed = BRACKET_PLACE_RE.exec(head);
  const tagName = (bracketed?.[1] ?? '').trim().toLowerCase();
  if (bracketed && line.length - bracketed[0].length >= 100 && !TAGS.includes(tagName)) {
    const place = cleanPlace(bracketed[1] ?? '');
    if (place) return { text: bracketed[0].trim(), place, date: null, wire: null, org: null, rest: line.slice(bracketed[0].length).trim() };
  }

  // Place then a spaced dash, mixed case: "Potsdam – Zum Ende ..." / "New York, NY – The range ..."
  // "Amsterdam, the Netherlands – Royal Philips …": the region may start lower-case and have up to three words.
  const mixed = PLACE_DASH_RE.exec(head);
  if (mixed) {
    const place = cleanPlace(mixed[1] ?? '');
    if (place && place.split(/\s+/).length <= 4) {
      return { text: place, place, date: null, wire: null, org: null, rest: line.slice(mixed[0].length).trim() };
    }
  }

  // All-caps place then a dash, no date: "CHICAGO — ..." / "DALLAS, Texas -- ..."
  const caps = CAPS_PLACE_RE.exec(head);
  if (caps) {
    const place = cleanPlace(caps[1] ?? '');
    if (place && THREE_CAPS.test(place)) {
      return { text: place, place, date: null, wire: null, org: null, rest: line.slice(caps[0].length).trim() };
    }
  }
  return null;
}

// First dateline among the first `maxLines` lines that look like body paragraphs. A dateline may also stand on
// its own line above the lede ("Hamburg, 2. November 2021" / "BAAR, SWITZERLAND"), then the next line is the lede.
// `headline`: the headline's line, when known. Above it, only a dated or wire dateline counts: a place-only one
// there is a site's tagline ("Pressedienst – Nachrichten aus Wirtschaft und Verwaltung").
export function findDateline(
  lines: readonly string[],
  language: string | null = null,
  start = 0,
  maxLines = 80,
  headline = -1,
): Dateline | null {
  // A date-only opener ("24.01.2022 | Pressemitteilung Nr. 12 | …") is kept as a fallback while a dateline with a
  // place follows within a few lines ("Berlin, 24.01.2022 – Das …").
  let fallback: Dateline | null = null;
  const end = Math.min(lines.length, start + maxLines);
  for (let i = Math.max(0, start); i < end; i++) {
    if (fallback && fallback.index !== undefined && i > fallback.index + 6) return fallback;
    const d = datelineAt(lines, i, language);
    if (!d || (i < headline && !d.date && !d.wire)) continue;
    if (d.place || d.wire) return d;
    fallback ??= d;
  }
  return fallback;
}

const DATED_LEDE = 80;

function datelineAt(lines: readonly string[], i: number, language: string | null): Dateline | null {
  const line = lines[i] ?? '';
  const next = lines[i + 1] ?? '';
  if (line.length < 25) {
    if (line.length < 4 || next.length < DATED_LEDE) return null;
  }
  const found = parseDateline(line, language);
  const d = found ? { ...found, index: i } : null;
  // "Southborough, United States - December 21, 2024 / Drug Rehab … at Northstar Recovery Center /": a slash-tagged
  // source or category, not the lede — the lede is the next paragraph.
  const slashTag = d ? /^\/\s*([^/]{2,160}?)\s*\/\s*$/u.exec(d.rest) : null;
  if (d && (d.wire || d.rest.length >= 20) && !slashTag) return d;
  // Dateline alone on its line, maybe with a source tag: "Seattle, United States - November 7, 2025 / Catalyst Marketing Agency /"
  // The paragraph after it is the lede: a long one, or a shorter one after a place and a date ("Zaragoza, 8 de abril
  // de 2026" above a two-line lede).
  if (d && d.place && (d.rest.length < 20 || slashTag) && line.length <= 200 && next.length >= (d.date ? DATED_LEDE : 120)) {
    const tag = slashTag ?? /^\/?\s*([^/]{2,80}?)\s*\/\s*$/u.exec(d.rest);
    // A short tag names the issuer ("/ Catalyst Marketing Agency /"); a long one is a category line.
    const org = tag?.[1] && tag[1].split(/\s+/).length <= 6 ? tag[1] : null;
    // The next paragraph may repeat the dateline ("Dallas, TX - January 15, 2026 - Cassiar Gold Corp. …").
    const repeated = parseDateline(next, language);
    const rest = repeated?.place && repeated.rest.length >= 20 && (!repeated.date || repeated.date === d.date) ? repeated.rest : next;
    return { ...d, org: d.org ?? org, rest, index: i };
  }
  if (!d && line.length <= 40 && next.length >= 150) {
    // "BAAR, SWITZERLAND" — with its region: a lone capitalised word ("SIGNATURES", "HIGHLIGHTS") is a heading.
    const caps = CAPS_PLACE_ALONE_RE.exec(line);
    const place = caps ? cleanPlace(line) : null;
    if (place) return { text: place, place, date: null, wire: null, org: null, rest: next, index: i };
  }
  return null;
}
