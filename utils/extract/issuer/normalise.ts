import { LEGAL_FORM_TOKENS, ORG_ARTICLES, ORG_LINK_WORDS } from '../cues/issuer-cues';
import { CJK_ORGANIZATION_PARTS, ORGANIZATION_NOUNS, ORGANIZATION_NOUNS_BEFORE_OF } from '../cues/organization-words';

// When two names mean the same organisation: "Acme Corp." ~ "ACME Corporation" ~ "Acme", "BDZV" ~
// "Bundesverband Digitalpublisher und Zeitungsverleger e.V. (BDZV)", "BfS" ~ "Bundesamt für Strahlenschutz",
// "NorthStar Recovery Center" ~ "northstarrecovery.com". Used by the scorer to count agreeing sources.

// Case, diacritics, quotes and punctuation folded; "&" is "and". Keeps the word order.
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[®™©]/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// The bracketed abbreviation a name carries: "Canadian RV Association (CRVA)" → "CRVA".
export function bracketAbbreviation(name: string): string | null {
  return /\(\s*([\p{Lu}][\p{L}\d&.-]{1,9})\s*\)\s*$/u.exec(name)?.[1] ?? null;
}

// The name's words without articles, legal forms and a bracketed abbreviation: "The Buckle, Inc." → ["buckle"],
// "Stiftung Jugend forscht e. V." → ["stiftung", "jugend", "forscht"].
export function orgTokens(name: string): string[] {
  const noAbbr = name.replace(/\(\s*[^()]{1,12}\s*\)\s*$/u, '');
  // "e. V." / "e.V." and "S.A." / "S.p.A." fold to single letters; join them before dropping legal forms.
  const folded = foldName(noAbbr.replace(/\be\.\s?V\./giu, ' ev ').replace(/\bS\.\s?p\.\s?A\./gu, ' spa ').replace(/\b([A-Z])\.([A-Z])\.(?!\w)/gu, '$1$2'));
  const words = folded.split(' ').filter(Boolean);
  while (words.length > 1 && ORG_ARTICLES.includes(words[0] ?? '')) words.shift();
  while (words.length > 1 && LEGAL_FORM_TOKENS.includes(words[words.length - 1] ?? '')) words.pop();
  return words;
}

export function orgKey(name: string): string {
  return orgTokens(name).join(' ');
}

// Initials of a spelled-out name, two ways: every word ("Bundesamt für Strahlenschutz" → "bfs") and capitalised
// words only ("Bundesverband WindEnergie" → "bw", its capitals "bwe" below).
function initials(name: string): string[] {
  const words = name.replace(/\(\s*[^()]{1,12}\s*\)\s*$/u, '').split(/[\s/-]+/).filter((w) => /^[\p{L}\d]/u.test(w));
  const all = words.map((w) => w[0] ?? '').join('');
  const content = words.filter((w) => !ORG_LINK_WORDS.includes(w.toLowerCase())).map((w) => w[0] ?? '').join('');
  const capitals = words.map((w) => w.match(/\p{Lu}/gu)?.join('') ?? '').join('');
  return [all, content, capitals].map((s) => foldName(s).replace(/ /g, '')).filter((s) => s.length >= 2);
}

// A short name written as an abbreviation: 2–8 letters/digits with at least two capitals ("BKA", "BfS", "AUTO1").
export function isAbbreviation(name: string): boolean {
  const t = name.replace(/\s+(?:e\.\s?V\.|AG|SE|GmbH|Inc\.?)$/u, '').trim();
  return /^[\p{L}\d&-]{2,8}$/u.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

const FOLDED_LINK_WORDS = ORG_LINK_WORDS.map(foldName);

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

// "BMWK" ~ "Bundesministerium für Wirtschaft und Klimaschutz", "BKA" ~ "Bundeskriminalamt": German compounds give
// their abbreviations letters from inside a word. The abbreviation's letters are found in order in the long form,
// starting with its first letter, and every content word's initial is among them, in order.
function compoundAbbreviation(a: string, long: string): boolean {
  const tokens = orgTokens(long);
  const content = tokens.filter((w) => !FOLDED_LINK_WORDS.includes(w));
  if (!tokens.length || !content.length || a[0] !== tokens[0]?.[0]) return false;
  return isSubsequence(a, tokens.join('')) && isSubsequence(content.map((w) => w[0]).join(''), a);
}

function abbreviationOf(abbr: string, long: string): boolean {
  const a = foldName(abbr).replace(/ /g, '');
  if (a.length < 2 || isAbbreviation(long)) return false;
  if (foldName(bracketAbbreviation(long) ?? '') === a) return true;
  return initials(long).includes(a) || compoundAbbreviation(a, long);
}

// Do two names denote the same organisation? Equal keys; one key's words opening the other's ("Ascom" / "Ascom
// Holding") or, two words or more, ending it; the same first and last word ("Canadian RV Association" / "Canadian Recreational Vehicle Association");
// or an abbreviation and its spelled-out form. `defined` holds page-defined pairs "long form (ABBR)" as
// [abbreviation key, long-form key].
// "绿源新能源" and "绿源新能源科技有限公司", "ミドリ精機" and "ミドリ精機株式会社": a Chinese or Japanese name and the same name
// with the kind of body written on (no spaces to split them into words).
const CJK_NAME = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]+$/u;
const CJK_KIND = new RegExp(CJK_ORGANIZATION_PARTS.join('|'), 'u');
export function cjkLongForm(short: string, long: string): boolean {
  return CJK_NAME.test(short) && CJK_NAME.test(long) && short.length >= 2 && long.length > short.length && long.startsWith(short) && CJK_KIND.test(long.slice(short.length));
}

export function sameOrg(a: string, b: string, defined: ReadonlyMap<string, string> = new Map()): boolean {
  if (cjkLongForm(a, b) || cjkLongForm(b, a)) return true;
  const ta = orgTokens(a);
  const tb = orgTokens(b);
  if (!ta.length || !tb.length) return false;
  const ka = ta.join(' ');
  const kb = tb.join(' ');
  if (ka === kb) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  // A shorter name that opens the longer one, if it is a real word (not "the", not one letter).
  if (short.join('').length >= 3 && short.every((w, i) => long[i] === w)) return true;
  // A unit of it, named before it: "Gabinete de Comunicación de la Universidad de Salamanca" / "Universidad de
  // Salamanca", "Press Office of the Acme Group" / "Acme Group".
  if (short.length >= 2 && short.every((w, i) => long[long.length - short.length + i] === w)) return true;
  if (short.length >= 2 && long.length >= 3 && short[0] === long[0] && short.at(-1) === long.at(-1) && (short.at(-1) ?? '').length >= 4) return true;
  const abbrA = bracketAbbreviation(a);
  const abbrB = bracketAbbreviation(b);
  if (abbrA && abbrB && foldName(abbrA) === foldName(abbrB)) return true;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (!isAbbreviation(x)) continue;
    const kx = foldName(x).replace(/ /g, '');
    if (abbreviationOf(x, y)) return true;
    const longKey = defined.get(kx);
    if (longKey && (longKey === orgKey(y) || sameOrg(longKey, y))) return true;
  }
  return false;
}

// The kinds of body a name may open with ("Ministerio", "Universität", "City"), folded as orgTokens folds them.
const ORGANIZATION_KINDS: ReadonlySet<string> = new Set([...Object.values(ORGANIZATION_NOUNS).flat(), ...ORGANIZATION_NOUNS_BEFORE_OF].map((w) => foldName(w)));

// Does a domain's name ("eawag" of eawag.ch, "northstarrecovery" of northstarrecovery.com) stand for this name?
// The name written without spaces opens it or it opens the name (≥ 4 letters), or it is the name's initials.
export function domainMatches(label: string, name: string): boolean {
  const l = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (l.length < 2) return false;
  const tokens = orgTokens(name);
  const joined = tokens.join('');
  if (!joined) return false;
  if (l === joined) return true;
  if (l.length >= 4 && joined.startsWith(l)) return true;
  if (joined.length >= 4 && l.startsWith(joined)) return true;
  const first = tokens[0] ?? '';
  if (first.length >= 4 && l.startsWith(first) && tokens.length <= 4) return true;
  if (l.length >= 3 && initials(name).includes(l)) return true;
  // The body's own name after its kind: "vivienda" for "Ministerio de Vivienda", "oberhain" for "Universität Oberhain".
  const last = tokens.at(-1) ?? '';
  if (tokens.length >= 2 && tokens.length <= 4 && last.length >= 5 && l === last && ORGANIZATION_KINDS.has(first)) return true;
  // Initials and the last word: "hwsociety" for "Halifax Waterfront Society".
  if (tokens.length >= 3 && last.length >= 4 && l === `${tokens.slice(0, -1).map((t) => t[0]).join('')}${last}`) return true;
  const abbr = bracketAbbreviation(name);
  return !!abbr && foldName(abbr) === l;
}

// "www.presse.acme-corp.co.uk" → "acme-corp"; "example.test" → "example".
export function domainLabel(host: string): string | null {
  const parts = host.toLowerCase().replace(/^www\d?\./, '').split('.').filter(Boolean);
  if (parts.length < 2) return null;
  // Two-part public suffixes: co.uk, com.au, gv.at, ac.jp …
  const sld = parts.at(-2) ?? '';
  const twoPart = parts.length >= 3 && /^(?:co|com|org|net|ac|gv|gov|edu|or|ne|go)$/.test(sld);
  return (twoPart ? parts.at(-3) : sld) ?? null;
}
