import { ANNOUNCE_ADVERBS, ANNOUNCE_VERBS, CJK_ANNOUNCE_MARKERS, HEADLINE_VERBS, PUBLISHER_LABELS, RESEARCH_TEAM_LEADS, SUBJECT_DESCRIPTORS, WIRE_SOURCE_LABELS } from '../cues/issuer-cues';
import { allCues, AUDIENCE_SUB_LABELS, GENERIC_CONTACT_CUES, PRESS_CONTACT_TERMS } from '../cues/contact-cues';
import { AND_WORD, BODY_ARTICLE } from '../cues/word-alternations';
import { aboutHeadings } from '../about-heading';
import type { Dateline } from '../dateline';
import { datelineOrg } from '../dateline-org';
import { clean, escapeRegExp, firstTerm, norm, textWeight } from '../text-norm';
import { NAME_LINK_WORDS, ORGANIZATION_NOUNS_AFTER_NAME } from '../cues/organization-words';
import { isPressUnit, namesCjkBody, officeBeforeBody } from '../contacts/units';
import { isRole } from '../contacts/roles';
import { LEGAL, type Candidate, type PageInput } from './candidate';

// Issuer candidates read from the release's own text: dateline, "About …" boilerplate, the lede's "X announced",
// the headline's subject, the media-contact block.
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
const NAME = String.raw`((?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’®™-]*)(?:,?\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’®™-]*|of|and|for|für|und|y|et|e|i|de|des|du|del|della|di|d’|d'|der|la|le|e\.\s?V\.|Inc\.?|Ltd\.?|plc|gGmbH|S\.A\.|S\.p\.A\.)){0,7}(?:\s(?:${ORGANIZATION_NOUNS_AFTER_NAME.join('|')})(?![\p{L}]))?)`;
const verbAlt = ANNOUNCE_VERBS.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|');
const advAlt = ANNOUNCE_ADVERBS.map(escapeRegExp).join('|');
const ARTICLE = String.raw`(?:(?:Die|Der|Das|The|La|Le|Les|El|Los|Las|Il|Lo|Gli|A|O|As|Os|Het|De)\s+|L['’]\s*)`;
const DESCRIPTOR = String.raw`(?:(?:${SUBJECT_DESCRIPTORS.map(escapeRegExp).join('|')})\s+)`;
// The team before the institution ("Researchers at the …"), sorted so the longest lead is tried first.
// A lede opens with the lead's first letter in capitals.
const capitalOrNot = (lead: string) => `[${lead.charAt(0).toUpperCase()}${lead.charAt(0)}]${escapeRegExp(lead.slice(1))}`;
const TEAM = String.raw`(?:(?:${[...RESEARCH_TEAM_LEADS].sort((a, b) => b.length - a.length).map(capitalOrNot).join('|')})\s*(?:the\s+|l['’]\s*|la\s+)?)`;
// The lede's subject: an article and a common noun, or a research team, may come before the name, a parenthesis after it.
const SUBJECT = String.raw`^(?:${TEAM}|${ARTICLE}${DESCRIPTOR}?)?${NAME}(?:\s*\([^)]{1,60}\))?`;
const LEDE_VERB_RE = new RegExp(
  String.raw`${SUBJECT}(?:,\s[^,;]{2,160},)?\s+(?:(?:${advAlt})\s+)?(?:${verbAlt})(?:\s+(?:${advAlt}))?(?![\p{L}])`,
  'u',
);

// The Chinese and Japanese lede: "2026年4月14日，深圳——华光科技股份有限公司今天宣布…", "株式会社ミドリ電機（本社：東京都港区、…）は、
// …を発表". The name runs from the lede's start, or after its date and place, to the marker (the cue table's
// CJK_ANNOUNCE_MARKERS), past a parenthesis with the head office and any "today".
// A Japanese company name may open in katakana ("ミドリ精機株式会社").
const CJK_NAME = String.raw`([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-z0-9・ー&]{1,30}?)`;
// A name may open in hiragana too ("みどり食品株式会社"), but then it must carry a company form: a sentence opens so as well.
const HIRAGANA_START = /^\p{Script=Hiragana}/u;
const CJK_LEDE_RE = new RegExp(
  String.raw`^(?:[^。]{0,40}?(?:——|—|–|，|,)\s*)?${CJK_NAME}(?:[（(][^）)]{0,80}[）)])?(?:今天|今日|日前|近日|本日)?(?:${CJK_ANNOUNCE_MARKERS.map(escapeRegExp).join('|')})`,
  'u',
);

// Without an announcing verb, the lede's opening words still name the issuer when they are an organisation's (a legal
// form or an organisation word: "La Universidad de Salamanca ha creado …", "Die Verkehrsbetriebe Freiburg GmbH
// richten …", "The California Department of Parks and Recreation will extend …"), up to the first word in lower case.
const LEDE_ORG_RE = new RegExp(
  String.raw`${SUBJECT},?\s+\p{Ll}`,
  'u',
);

const TRAILING_AND = new RegExp(String.raw`\s+${AND_WORD}$`, 'u');
function ledeOrganisation(para: string): string | null {
  // "Die Stadtwerke Lindau GmbH und das Landratsamt …": a joining word left at the end goes.
  const name = LEDE_ORG_RE.exec(para.slice(0, 400))?.[1]?.replace(/,$/, '').trim().replace(TRAILING_AND, '');
  // A comma inside is the sentence's ("On Wednesday, Parliament approved …"), unless a legal form follows it.
  const clause = !!name && /,(?!\s*(?:Inc|Ltd|LLC|L\.P|plc|S\.A|S\.p\.A|N\.V|B\.V)\b)/.test(name);
  return name && !clause && LEGAL.test(name) && name.split(/\s+/).length <= 8 ? name : null;
}

export function ledeVerbCandidates(input: PageInput): Candidate[] {
  const { lines, dateline, headlineIndex } = input;
  const paras: string[] = [];
  if (dateline?.rest) paras.push(dateline.rest);
  // From the headline or the dateline, whichever comes first (an exhibit's headline may be mis-read further down).
  const from = Math.min(headlineIndex >= 0 ? headlineIndex + 1 : 0, dateline?.index ?? Infinity);
  // The lede only: further down, "Registration opens on June 1" has a subject and a verb too.
  for (const line of lines.slice(from, from + 25)) {
    if (textWeight(line) >= 80) paras.push(line);
    if (paras.length >= 2) break;
  }
  for (const para of paras) {
    const cjk = CJK_LEDE_RE.exec(para.slice(0, 200))?.[1];
    if (cjk && (!HIRAGANA_START.test(cjk) || namesCjkBody(cjk))) return [{ name: cjk, source: 'lede-verb' }];
    const m = LEDE_VERB_RE.exec(para.slice(0, 400));
    // A trailing comma or full stop goes, unless the full stop ends a legal form ("Wisła Energia S.A.").
    const name = m?.[1]?.replace(/,$|(?<!\b(?:Inc|Ltd|Co|Corp|S\.A|S\.p\.A|N\.V|B\.V|e\.\s?V))\.$/u, '').trim();
    if (name && name.length >= 2 && name.split(/\s+/).length <= 8) return [{ name, source: 'lede-verb' }];
  }
  for (const para of paras) {
    const name = ledeOrganisation(para);
    if (name) return [{ name, source: 'lede-org' }];
  }
  return [];
}

// The organisation the headline is about, when the body names it too: "Stonegate Capital Partners Initiates …".
// The verb is matched in either case ("Announces", "announces"); the name's words must be capitalised, so a
// lower-case verb ends it ("Harbour City Marathon moves to October" → "Harbour City Marathon").
const HEADLINE_VERB_ALT = HEADLINE_VERBS.map((v) => `[${v[0]}${v[0]?.toUpperCase()}]${escapeRegExp(v.slice(1))}`).join('|');
const HEADLINE_SUBJECT = new RegExp(
  String.raw`^((?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’®-]*)(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’®-]*|of|and|for)){0,5}?)(?:\s+\([^)]{1,20}\))?(?:'s|’s)?\s+(?:${HEADLINE_VERB_ALT})(?![\p{L}])`,
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
// A name's inner linking words ("Ayuntamiento de Villaverde", "Universität der Künste"), and the articles a headline
// puts before a name so built ("El Ayuntamiento de …"), which are the sentence's ("Le Monde", with no link, keeps its).
const NAME_LINKS = new Set(NAME_LINK_WORDS);
const HEADLINE_ARTICLES = new Set(['the', 'el', 'la', 'los', 'las', 'le', 'les', 'die', 'der', 'das', 'il', 'lo']);

function frequentName(title: string, lines: readonly string[]): string | null {
  const body = lines.slice(1, 80).join(' ');
  const words = title.split(/\s+/);
  let best: string | null = null;
  let bestKey = 0;
  for (let i = 0; i < words.length; i++) {
    for (let len = 2; len <= 5 && i + len <= words.length; len++) {
      const slice = words.slice(i, i + len);
      const inner = (w: string, k: number) => k > 0 && k < len - 1 && NAME_LINKS.has(w.toLowerCase());
      if (!slice.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || inner(w, k))) {
        // A linking word may be followed by the rest of the name: try a longer slice.
        if (NAME_LINKS.has((slice[len - 1] ?? '').toLowerCase())) continue;
        break;
      }
      // A possessive ends the name, and the body writes it without ("Harborline Coffee's Pre-order Rush …").
      const possessive = /['’]s$/u.test(slice[len - 1] ?? '');
      const linked = slice.some((w, k) => inner(w, k));
      const named = linked && HEADLINE_ARTICLES.has((slice[0] ?? '').toLowerCase()) ? slice.slice(1) : slice;
      const name = named.join(' ').replace(/[,:;.]$/, '').replace(/['’]s$/u, '');
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
    // The lede goes on with the name ("La universidad lanza …" / "La Universidad Politécnica del Sur ofrecerá …"):
    // the shared words are the start of a longer name, which the lede readers take whole.
    if (/^\p{Lu}/u.test(pw[n] ?? '') && !/[,:;]$/.test(pw[n - 1] ?? '')) continue;
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

// An organisation line in the media-contact block: "Media contact: / Jane Roe / Acme Corp. / +1 …", "Rückfragen bitte
// an: / Polizeipräsidium Mittelfranken / Pressestelle / …" (the contact reader's cue tables open a block too).
// "Media: Jun Park, …", "Presse: …": the audience alone, as a label.
const AUDIENCE_LABEL = new RegExp(String.raw`^(${AUDIENCE_SUB_LABELS.map(escapeRegExp).join('|')})\s*:`, 'iu');
const BLOCK_CUES = [...new Set([...PRESS_CONTACT_TERMS, ...allCues(GENERIC_CONTACT_CUES)].map(norm))];
export function contactBlockCandidates(lines: readonly string[]): Candidate[] {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = line.length <= 60 && !!firstTerm(norm(line), BLOCK_CUES);
    // The block may run on in the cue's own line: "Media: Jun Park, Seattle Public Utilities, 206-555-0177".
    const lead = norm(line.slice(0, 60));
    const label = AUDIENCE_LABEL.test(line) || (!heading && BLOCK_CUES.some((c) => lead.startsWith(c)) && line.includes(':'));
    if (!heading && !label) continue;
    const inline = label
      ? line.slice(line.indexOf(':') + 1).split(/\s*[,;|·•]\s*|\s+[–—-]\s+/u).slice(0, 6).map((p) => p.replace(/^\(|\)$/g, '').trim())
      : [];
    // "Gabinete de Comunicación del Ministerio de Vivienda": the heading names the body its press office belongs to.
    const own = heading ? officeBeforeBody(clean(line).replace(/[,;:]$/, ''), (office) => isPressUnit(office) || isRole(office)) : null;
    const owner = own ? [own.body] : [];
    for (const next of [...owner, ...inline, ...lines.slice(i + 1, i + 7)]) {
      const name = bodyAfterTitle(clean(next).replace(/[,;:]$/, ''));
      if (name.length < 3 || name.length > 80 || /[@\d]|https?:/.test(name) || isPressUnit(name)) continue;
      if (LEGAL.test(name) && name.split(/\s+/).length <= 8) return [{ name, source: 'contact-block' }];
    }
  }
  return [];
}

// "Press Secretary at the Kings County Transit Authority": the body a title names, without the title.
// Not splitTitleAndBody() (roles.ts): it cuts at a link word only before a known body; here the body is the unknown.
const AT_BODY = new RegExp(String.raw`^(.{3,60}?)\s+(?:at|with|bei|chez)\s+(?:${BODY_ARTICLE}\s+)?(?=\p{Lu})`, 'u');
function bodyAfterTitle(name: string): string {
  const m = AT_BODY.exec(name);
  return m && isRole(m[1] ?? '') ? name.slice(m[0].length) : name;
}

// The wire's own attribution under the release: "SOURCE Clientele Luxury Global Magazine", "Original-Content von:
// Stadtwerke Musterstadt, übermittelt durch news aktuell". The last such line counts (a quoted release may carry one).
const WIRE_SOURCE_RE = new RegExp(String.raw`^(?:${WIRE_SOURCE_LABELS.map(escapeRegExp).join('|')})\s+(\p{Lu}[^,]{1,100}?)(?:,\s*übermittelt durch.*)?$`, 'u');
export function wireSourceCandidates(lines: readonly string[]): Candidate[] {
  for (let i = lines.length - 1; i >= 0; i--) {
    const raw = WIRE_SOURCE_RE.exec((lines[i] ?? '').trim())?.[1];
    if (!raw || /[@]|https?:/.test(raw)) continue;
    // "SOURCE Acme Robotics Inc.": the full stop is the legal form's.
    const name = clean(raw).replace(/[;:]$/, '');
    if (name.split(/\s+/).length <= 10) return [{ name, source: 'wire-source' }];
  }
  return [];
}

// "From: Home Office and Border Force" / "Herausgeber: Deutscher Wetterdienst" near the headline. Of two publishers
// the first is taken when a kind of body ends the first or opens the second ("Home Office and Border Force",
// "Department for Transport and Office for …"); "Department of Health and Human Services" and "Ministerio de Ciencia e
// Innovación" are one name each.
const TWO_PUBLISHERS = new RegExp(String.raw`\s+${AND_WORD}\s+(?=\p{Lu})`, 'u');
const PUBLISHER_RE = new RegExp(String.raw`^(?:${PUBLISHER_LABELS.map(escapeRegExp).join('|')})\s*:?\s+(\p{Lu}.{2,100})$`, 'iu');
export function publisherLabelCandidates(input: PageInput): Candidate[] {
  const { lines, headlineIndex } = input;
  const from = headlineIndex >= 0 ? Math.max(0, headlineIndex - 5) : 0;
  for (const line of lines.slice(from, from + 20)) {
    const raw = PUBLISHER_RE.exec(line.trim())?.[1];
    if (!raw || /[@\d]|https?:/.test(raw)) continue;
    const [first = raw, second = ''] = raw.split(TWO_PUBLISHERS);
    const two = !!second && (LEGAL.test(first.split(/\s+/).at(-1) ?? '') || LEGAL.test(second.split(/\s+/)[0] ?? ''));
    const name = clean(two ? first : raw).replace(/[.;:]$/, '');
    if (name.split(/\s+/).length <= 10 && /^\p{Lu}/u.test(name)) return [{ name, source: 'publisher-label' }];
  }
  return [];
}
