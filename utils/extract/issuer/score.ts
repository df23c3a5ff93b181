import { DISTRIBUTOR_WORDS, GENERIC_NAMES, HONORIFICS, LEGAL_FORM_TOKENS, NEWS_SITE_WORDS } from '../cues/issuer-cues';
import { AND_WORD } from '../cues/word-alternations';
import { MONTHS, NEWS_AGENCY_TAGS } from '../cues/release-cues';
import { LEGAL, SITE_SOURCES, type Candidate, type Source } from './candidate';
import { cjkLongForm, domainMatches, foldName, isAbbreviation, orgKey, orgTokens, sameOrg } from './normalise';
import { BLOCK_EXTRA, EVIDENCE_BLOCKS, HEADLINE_ALONE, SOURCE_WEIGHTS, type Evidence } from './weights';

// The issuer is the organisation most independent sources agree on. Candidates that name the same organisation
// (normalise.ts: legal forms, case, abbreviation ~ spelled-out form) form one group; a group scores the weights of
// its sources by independent block (agreement() below; weights.ts, compared with fitted tables by
// scripts/fit-issuer-weights.ts), with the page's e-mail domains and host when they spell the same name, and the
// release text when it mentions it.
// Known non-issuers are dropped or penalised: wire services and press portals, news agencies, page furniture
// ("Home", "Newsroom"), dates, people, and a news site's own name that the release never mentions.

export interface ScoreContext {
  // Folded text of the release (headline to end of body), padded with spaces: " acme corp today announced … ".
  body: string;
  emailLabels: readonly string[];
  hostLabel: string | null;
  // Page-defined abbreviations: folded abbreviation → its spelled-out form ("bdzv" → "Bundesverband … (BDZV)").
  defined: ReadonlyMap<string, string>;
  weights?: Readonly<Record<Evidence, number>>;
}

export interface ScoredGroup {
  name: string; // the group's representative spelling
  names: string[];
  sources: Source[];
  evidence: Evidence[]; // sources plus supporting evidence (e-mail domain, host, mention in the release)
  score: number;
  factor: number; // the penalty's factor on the agreement score (1: none)
  penalty: string | null; // why the score was cut, if it was
}

const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;

// "July 2", "2. Mai", "Monday": a date, not a name.
function isDate(name: string): boolean {
  if (YEAR.test(name)) return true;
  const words = foldName(name).split(' ');
  const month = (w: string) => Object.hasOwn(MONTHS, w);
  return words.some((w) => month(w) && w.length >= 3) && words.every((w) => month(w) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(w));
}

function hasPhrase(folded: string, phrases: readonly string[]): boolean {
  const padded = ` ${folded} `;
  return phrases.some((p) => padded.includes(` ${p} `));
}

// Mentioned in the release: its words without legal form, as a phrase (" acme ", " acmes ").
export function mentioned(name: string, body: string): boolean {
  const key = orgKey(name);
  if (key.length < 2) return false;
  return body.includes(` ${key} `) || body.includes(` ${key}s `);
}

function isDistributor(name: string): boolean {
  const f = foldName(name);
  return hasPhrase(f, DISTRIBUTOR_WORDS) || /(?:news|press|media)wire/.test(f.replace(/ /g, '')) || NEWS_AGENCY_TAGS.includes(f);
}

function isGeneric(name: string): boolean {
  const f = foldName(name);
  return !f || GENERIC_NAMES.includes(f) || GENERIC_NAMES.includes(orgKey(name)) || /^[\d\s]+$/.test(f);
}

// "Dr. Jane Roe", or two or three capitalised words without any organisation word that the release refers to by
// surname, quotes or names with a role ("…, said Jane Roe", "Jane Roe, CEO of …").
function looksLikePerson(name: string, body: string): boolean {
  const words = foldName(name).split(' ');
  if (HONORIFICS.includes(words[0] ?? '') && words.length >= 2) return true;
  const written = name.split(/\s+/);
  if (LEGAL.test(name) || isAbbreviation(name) || written.length < 2 || written.length > 3) return false;
  if (!written.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const key = foldName(name);
  // A person is named in full once and then by surname ("Olafur Eliasson … Eliasson sagte"); a first name never
  // stands alone. An organisation's last word is rarely its short form.
  const count = (phrase: string) => body.split(` ${phrase} `).length - 1;
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (last.length >= 4 && count(first) === count(key) && count(last) > count(key)) return true;
  return new RegExp(
    ` (?:said|says|sagte|sagt|erklarte|erklart|betonte|dit|a declare|declare|dijo|afirmo|explico|ha detto|zegt|zei) ${key} | ${key} (?:said|says|sagte|sagt|erklarte|betonte|dit|dijo|afirmo|ha detto) | ${key} (?:ceo|president|chairman|founder|director|geschaftsfuhrer|vorstand|prasident|prasidentin|directeur|directrice|presidente|director general|spokesperson|sprecher|sprecherin) `,
  ).test(body);
}

function isNewsSiteName(name: string): boolean {
  const words = foldName(name).split(' ');
  return words.some((w) => NEWS_SITE_WORDS.includes(w) || /^\w{3,}news$/.test(w));
}

function isShouted(name: string): boolean {
  return name.length > 4 && name === name.toUpperCase() && /\p{Lu}{4}/u.test(name);
}

// Does a domain name stand for this group? Any of its spellings may match.
function domainSupports(label: string | null, names: readonly string[]): boolean {
  return !!label && names.some((n) => domainMatches(label, n));
}

// The spelling shown: the most reliable source's, unless the headline names a more specific unit of the same
// organisation ("Homewatch CareGivers of Houston Galleria" after "About Homewatch CareGivers") or writes the same
// organisation its own way ("Canadian RV Association" for the boilerplate's "Canadian Recreational Vehicle
// Association": same first and last word).
const JOINED_REST = new RegExp(String.raw`^\s${AND_WORD}\s\p{Lu}\S*$`, 'u');

function representative(members: readonly Candidate[], weights: Readonly<Record<Evidence, number>>): string {
  // The most reliable source's spelling; for one in capitals ("HARBOUR VIEW RESORT"), a member in mixed case that
  // says as much or more ("Harbour View Resort and Marina").
  // A label naming the organisation ("SOURCE …", "Herausgeber: …") spells it as it calls itself.
  const labelled = members.find((m) => LABEL_SOURCES.has(m.source) && !isShouted(m.name))?.name;
  if (labelled) return labelled;
  let top = [...members].sort((x, y) => weights[y.source] - weights[x.source])[0]?.name ?? '';
  if (isShouted(top)) {
    const key = orgKey(top);
    top = members.find((m) => !isShouted(m.name) && orgKey(m.name).startsWith(key))?.name ?? top;
  }
  // A Chinese or Japanese name with its kind of body written on is the full name ("绿源新能源科技有限公司").
  const cjkFull = members.find((m) => cjkLongForm(top, m.name))?.name;
  if (cjkFull) return cjkFull;
  // Of the spellings with the same words, the fullest: "The Buckle, Inc." over "Buckle"; a Romance or German
  // article is the sentence's, not the name's ("La Fundación Mar Abierto anuncia …").
  const best =
    members
      .map((m) => m.name)
      .filter((n) => orgKey(n) === orgKey(top))
      .sort((x, y) => Number(isShouted(x)) - Number(isShouted(y)) || Number(SENTENCE_ARTICLE.test(x)) - Number(SENTENCE_ARTICLE.test(y)) || y.length - x.length)[0] ?? top;
  // "Fundación Sol" from the headline ("Fundación Sol y Tierra entrega …" reads as two parties), "Fundación Sol y
  // Tierra" from the lede: the lede's fuller name, joined by "y", "and", "und" …, is the one name.
  // After a legal form ("Kestrel Bio, Inc. and Nordlys Labs") the joined words are a second party.
  const endsLegal = LEGAL_FORM_TOKENS.includes(foldName(best).split(' ').at(-1) ?? '');
  const fuller = endsLegal ? undefined : members.find((m) => m.source !== 'headline-subject' && m.name.startsWith(`${best} `) && JOINED_REST.test(m.name.slice(best.length)))?.name;
  if (fuller) return fuller;
  const subject = members.find((c) => c.source === 'headline-subject' && !isShouted(c.name))?.name;
  if (!subject || orgKey(subject) === orgKey(best)) return best;
  const ws = orgTokens(subject);
  const wb = orgTokens(best);
  if (ws[0] !== wb[0]) return best;
  if (subject.length > best.length && subject.startsWith(best)) return subject;
  if (ws.at(-1) === wb.at(-1) && ws.length >= 2 && wb.length >= 2) return subject;
  return best;
}

const LABEL_SOURCES: ReadonlySet<Source> = new Set(['wire-source', 'publisher-label']);
const SENTENCE_ARTICLE = /^(?:Die|Der|Das|La|Le|Les|El|Los|Las|Il|Lo|L['’])\s*\p{Lu}/u;

// The headline's subject is what the release is about, often a unit, product or partner: alone (with no other
// source naming it) it counts HEADLINE_ALONE of its weight.
// Independent blocks add up; within a block the strongest counts whole, the rest BLOCK_EXTRA of their weight.
export function agreement(evidence: readonly Evidence[], weights: Readonly<Record<Evidence, number>>): number {
  const blocks = new Map<string, number[]>();
  for (const e of evidence) blocks.set(EVIDENCE_BLOCKS[e], [...(blocks.get(EVIDENCE_BLOCKS[e]) ?? []), weights[e]]);
  const corroborated = [...blocks.keys()].some((k) => k !== 'headline' && k !== 'mention');
  let score = 0;
  for (const [block, ws] of blocks) {
    const sorted = ws.sort((x, y) => y - x);
    const sum = (sorted[0] ?? 0) + BLOCK_EXTRA * sorted.slice(1).reduce((x, y) => x + y, 0);
    score += block === 'headline' && !corroborated ? HEADLINE_ALONE * sum : sum;
  }
  return score;
}

export function scoreCandidates(candidates: readonly Candidate[], ctx: ScoreContext): ScoredGroup[] {
  const weights = ctx.weights ?? SOURCE_WEIGHTS;
  const groups: Candidate[][] = [];
  for (const c of candidates) {
    const group = groups.find((g) => g.some((m) => sameOrg(m.name, c.name, ctx.defined)));
    if (group) group.push(c);
    else groups.push([c]);
  }
  const scored: ScoredGroup[] = [];
  for (const members of groups) {
    const names = [...new Set(members.map((m) => m.name))];
    const sources = [...new Set(members.map((m) => m.source))];
    const name = representative(members, weights);
    if (isGeneric(name) || names.every(isDistributor) || isDate(name) || /[!?]/.test(name)) continue;
    const evidence: Evidence[] = [...sources];
    if (ctx.emailLabels.some((l) => domainSupports(l, names))) evidence.push('email-domain');
    if (domainSupports(ctx.hostLabel, names)) evidence.push('host');
    const siteOnly = sources.every((s) => SITE_SOURCES.has(s));
    const inRelease = names.some((n) => mentioned(n, ctx.body));
    if (inRelease) evidence.push('release-mention');
    let factor = 1;
    let penalty: string | null = null;
    if (siteOnly && !inRelease && names.some(isNewsSiteName)) {
      factor = 0.4;
      penalty = 'a news or portal site name the release never mentions';
    } else if (names.every((n) => looksLikePerson(n, ctx.body))) {
      factor = 0.3;
      penalty = 'a person';
    } else if (name.split(/\s+/).length > 8) {
      factor = 0.5;
      penalty = 'a phrase, not a name';
    }
    const score = agreement(evidence, weights) * factor;
    scored.push({ name, names, sources, evidence, score, factor, penalty });
  }
  return scored.sort((a, b) => b.score - a.score);
}
