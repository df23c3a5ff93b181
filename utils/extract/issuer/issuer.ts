import type { Dateline } from '../dateline';
import { ORGANIZATION_WORDS } from '../cues/contact-cues';
import { ORG_ARTICLES } from '../cues/issuer-cues';
import { labelIssuer } from '../headline';
import type { LdNode } from '../jsonld';
import { clean, norm } from '../text-norm';
import { allCandidates, emailDomainLabels, hostLabel, hostName, type PageInput } from './candidates';
import { bracketAbbreviation, domainMatches, foldName, isAbbreviation } from './normalise';
import { LEGAL } from './candidate';
import { scoreCandidates, type ScoredGroup } from './score';
import type { Evidence } from './weights';

// The organisation that issued the release: every source proposes names (candidates.ts), the scorer groups the
// names that mean the same organisation and ranks the groups by agreement (score.ts). The winner comes back with
// its reasons, for the record's signals. The page's host is the last resort, when no source names anyone.

export interface IssuerResult {
  issuer: string | null;
  signal: string | null;
  // True when no source named anyone and the issuer is the page's host: a guess, not an organisation to lend contacts.
  fromHost?: boolean;
}

const EVIDENCE_LABELS: Readonly<Record<Evidence, string>> = {
  dateline: 'dateline',
  'wire-lede': 'wire lede',
  about: 'About section',
  boilerplate: 'boilerplate paragraph',
  'lede-verb': 'lede ("… announced")',
  'lede-org': 'lede (opens with it)',
  'headline-subject': 'headline',
  'lede-subject': 'headline and lede',
  jsonld: 'JSON-LD publisher',
  'meta-org': 'meta author/copyright',
  'site-name': 'site name',
  title: 'page title',
  copyright: 'copyright line',
  logo: 'logo',
  'contact-block': 'contact block',
  'publisher-label': 'publisher label',
  'wire-source': "wire's source line",
  'email-domain': 'e-mail domain',
  host: 'page host',
  'release-mention': 'named in the release',
};

// "Bundesverband Digitalpublisher und Zeitungsverleger e.V. (BDZV)": the page spells an abbreviation out. The long
// form starts at the first word whose initial is the abbreviation's ("… des Bundesamtes für Strahlenschutz (BfS)").
const DEFINITION_RE = /((?:[\p{Lu}][\p{L}-]+)(?:,?\s+(?:e\.\s?V\.|[\p{L}-]+)){0,7}?)\s*\(([\p{Lu}][\p{L}\d&-]{1,7})\)/gu;

// A site's footer or logo writes it "BDZV - Bundesverband Digitalpublisher und Zeitungsverleger e.V.": the same
// definition with a dash, the long form at least two words opening with the abbreviation's letter.
const DASH_DEFINITION_RE = /(?:^|[\s©|])([\p{Lu}][\p{L}\d&-]{1,7})\s+[-–]\s+([\p{Lu}][\p{L}-]+(?:\s+(?:e\.\s?V\.|[\p{L}-]+)){1,7})/u;

export function abbreviationDefinitions(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    if (line.length > 200 || !line.includes(' -') && !line.includes(' –')) continue;
    const m = DASH_DEFINITION_RE.exec(line);
    const abbr = m?.[1] ?? '';
    const long = m?.[2]?.replace(/\s+(?:Impressum|Imprint|Datenschutz|Privacy|Kontakt|Contact)\b.*$/u, '') ?? '';
    if (isAbbreviation(abbr) && long[0]?.toLowerCase() === abbr[0]?.toLowerCase()) out.set(foldName(abbr).replace(/ /g, ''), `${long} (${abbr})`);
  }
  for (const line of lines.slice(0, 400)) {
    if (!line.includes('(')) continue;
    for (const m of line.matchAll(DEFINITION_RE)) {
      const abbr = m[2] ?? '';
      if (!isAbbreviation(abbr)) continue;
      const key = foldName(abbr).replace(/ /g, '');
      if (out.has(key) && !out.get(key)?.includes('-')) continue;
      const words = (m[1] ?? '').split(/\s+/);
      const at = words.findIndex((w) => w[0]?.toLowerCase() === abbr[0]?.toLowerCase());
      if (at >= 0) out.set(key, `${words.slice(at).join(' ')} (${abbr})`);
    }
  }
  return out;
}

function headlineIndexOf(lines: readonly string[], headline: string | null): number {
  if (!headline) return -1;
  const nh = norm(headline);
  return lines.findIndex((l) => norm(l) === nh);
}

export interface IssuerRanking {
  groups: ScoredGroup[]; // best first
  defined: Map<string, string>;
}

// Every candidate group with its score, best first (extractIssuer() takes the first; the weight-fitting script
// reads them all).
export function rankIssuers(
  doc: Document,
  url: string,
  lines: readonly string[],
  dateline: Dateline | null,
  jsonLd: readonly LdNode[],
  headline: string | null,
  weights?: Readonly<Record<Evidence, number>>,
): IssuerRanking {
  const headlineIndex = headlineIndexOf(lines, headline);
  const input: PageInput = { doc, url, lines, dateline, jsonLd, headline, headlineIndex };
  const start = headlineIndex >= 0 ? headlineIndex : dateline?.index ?? 0;
  const body = ` ${foldName([headline ?? '', ...lines.slice(start, start + 120)].join(' '))} `;
  const defined = abbreviationDefinitions(lines);
  const groups = scoreCandidates(allCandidates(input), {
    body,
    emailLabels: emailDomainLabels(doc, lines),
    hostLabel: hostLabel(url),
    defined,
    ...(weights ? { weights } : {}),
  });
  return { groups, defined };
}

// The shown name of a group: an abbreviation the page spells out is spelled out ("BMWK" → "Bundesministerium für …
// (BMWK)"), and a department named in the headline's label prefix is added ("Medienmitteilung der <Direktion>:").
export function displayName(group: ScoredGroup, defined: ReadonlyMap<string, string>, doc: Document): string {
  let name = clean(group.name);
  if (isAbbreviation(name) && !bracketAbbreviation(name)) name = defined.get(foldName(name).replace(/ /g, '')) ?? name;
  const unit = labelIssuer(doc);
  if (unit && !norm(name).includes(norm(unit))) name = `${name}, ${unit}`;
  return name;
}

// An organisation the release names ("The Halifax Waterfront Society, which organises …") that the contacts' e-mail
// domain stands for (tquinn@hwsociety.…): two independent witnesses, when no source put the name in an issuer's place.
const ORG_RUN = /\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:(?:of|for|für|de|du|des|del|di|der|and|und|the|la)\s+)?\p{Lu}[\p{L}\p{N}&'’-]*){1,7}/gu;
const LEADING_ARTICLE = new RegExp(String.raw`^(?:${ORG_ARTICLES.filter((a) => a.length > 1).join('|')})\s+`, 'iu');
function namedOrgForDomain(labels: readonly string[], lines: readonly string[]): string | null {
  if (labels.length === 0) return null;
  for (const line of lines.slice(0, 200)) {
    for (const m of line.matchAll(ORG_RUN)) {
      const name = m[0].replace(LEADING_ARTICLE, '');
      if (LEGAL.test(name) && labels.some((l) => l.length >= 3 && domainMatches(l, name))) return name;
    }
  }
  return null;
}

// The first word (or run of words, ignoring spaces and hyphens) of the text that spells one of the labels, with the
// organization word the text puts next to it ("aarhus.dk" → "Aarhus Kommune", "gdansk.pl" → "Miasto Gdańsk").
const ORGANIZATION_WORD_SET = new Set(ORGANIZATION_WORDS);
const isOrganizationWord = (word: string | undefined) => !!word && ORGANIZATION_WORD_SET.has(word.toLowerCase());
function domainWordInText(labels: readonly string[], lines: readonly string[]): string | null {
  const text = lines.slice(0, 200).join(' ');
  for (const label of labels.filter((l) => l.length >= 3)) {
    for (const m of text.matchAll(/[\p{Lu}][\p{L}\p{N}&-]*(?:\s[\p{Lu}][\p{L}\p{N}&-]*){0,3}/gu)) {
      const words = m[0].split(/\s+/);
      for (let from = 0; from < words.length; from++) {
        for (let to = words.length; to > from; to--) {
          if (foldName(words.slice(from, to).join(' ')).replace(/[\s-]/g, '') !== label.replace(/-/g, '')) continue;
          const end = (m.index ?? 0) + words.slice(0, to).join(' ').length;
          const after = /^\s+(\p{L}+)/u.exec(text.slice(end))?.[1];
          const first = isOrganizationWord(words[from - 1]) ? from - 1 : from;
          return [...words.slice(first, to), ...(isOrganizationWord(after) ? [after] : [])].join(' ');
        }
      }
    }
  }
  return null;
}

export function extractIssuer(
  doc: Document,
  url: string,
  lines: readonly string[],
  dateline: Dateline | null,
  jsonLd: readonly LdNode[],
  headline: string | null = null,
): IssuerResult {
  const { groups, defined } = rankIssuers(doc, url, lines, dateline, jsonLd, headline);
  const best = groups[0];
  if (!best) {
    // No source names an issuer, but the contacts' e-mail domain spells a word of the release ("Forschende der
    // Eawag …" and "…@eawag.ch"): that word, as the release writes it, before the bare host.
    const labels = emailDomainLabels(doc, lines);
    const named = namedOrgForDomain(labels, lines);
    if (named) return { issuer: named, signal: `Issuer '${named}' from: an organisation the release names, the contacts' e-mail domain` };
    const spelled = domainWordInText(labels, lines);
    if (spelled) return { issuer: spelled, signal: `Issuer '${spelled}' from: e-mail domain, named in the release` };
    const host = hostName(url);
    return { issuer: host, signal: host ? `Issuer '${host}' from: page host (no source names the issuer)` : null, fromHost: true };
  }
  const name = displayName(best, defined, doc);
  const reasons = best.evidence.map((e) => EVIDENCE_LABELS[e]).join(', ');
  return { issuer: name, signal: `Issuer '${name}' from: ${reasons}`.slice(0, 300) };
}
