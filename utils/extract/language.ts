import { francAll } from 'franc';
import { metaContent } from './meta';
import { textWeight } from './text-norm';

// The release's language: <html lang>, then Content-Language / og:locale meta, then a guess from the text. The
// guess is franc's (trigram profiles, restricted to the cue languages), which tells a one-line Spanish lede from
// Portuguese; the function-word count below settles what franc finds nearly as likely (a page of Finnish names
// written in English). From one long line per corpus page the two name 113 of 123 languages, the word count alone
// 57; from a page's long lines, all 123.

const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'for', 'with', 'that', 'on'],
  de: ['der', 'die', 'und', 'das', 'ist', 'mit', 'für', 'von', 'den', 'nicht'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'pour', 'une', 'dans', 'du'],
  es: ['el', 'la', 'los', 'y', 'de', 'que', 'para', 'con', 'una', 'las', 'del'],
  pt: ['o', 'a', 'os', 'e', 'de', 'que', 'para', 'com', 'uma', 'não', 'do', 'da'],
  it: ['il', 'la', 'di', 'e', 'che', 'per', 'con', 'una', 'della', 'del', 'sono'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'voor', 'met', 'op', 'niet'],
  // The Nordic languages and Polish, whose cue words the tables carry too; no word another list has ("de", "i",
  // "en"), so a Danish page does not count as Dutch. Danish and Norwegian differ in "af"/"av", "hvor"/"hvor", "å".
  da: ['og', 'af', 'det', 'er', 'til', 'på', 'med', 'som', 'ikke', 'fra', 'har', 'vil', 'også', 'efter', 'siger'],
  no: ['og', 'av', 'det', 'er', 'til', 'på', 'med', 'som', 'ikke', 'fra', 'har', 'vil', 'også', 'etter', 'å', 'sier'],
  sv: ['och', 'att', 'det', 'är', 'som', 'på', 'för', 'med', 'till', 'av', 'inte', 'har', 'om', 'från', 'ska', 'ett', 'säger'],
  fi: ['ja', 'on', 'että', 'ei', 'se', 'ovat', 'myös', 'kanssa', 'joka', 'kun', 'oli'],
  pl: ['w', 'na', 'z', 'się', 'do', 'że', 'nie', 'jest', 'od', 'przez', 'dla', 'oraz', 'jak'],
};

// franc's ISO 639-3 codes for the languages the cue tables know.
const FRANC_CODES: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', dan: 'da', nob: 'no', swe: 'sv', fin: 'fi', pol: 'pl',
};
const FRANC_ONLY = Object.keys(FRANC_CODES);
// franc's score for the function words' language, relative to its best, from which the words decide; and the
// function words they need for it (a short line's "la … de … de" is French as well as Spanish).
const NEARLY_AS_LIKELY = 0.85;
const MIN_FUNCTION_WORDS = 12;

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  if (/[\u3040-\u30ff]/.test(sample)) return 'ja';
  if (/[\u4e00-\u9fff]{20,}/.test(sample)) return 'zh';
  const ranked = francAll(sample, { only: FRANC_ONLY, minLength: 10 });
  const byWords = functionWordGuess(sample);
  const near = ranked.find(([code]) => FRANC_CODES[code] === byWords);
  const guess = byWords && near && near[1] >= NEARLY_AS_LIKELY ? byWords : (FRANC_CODES[ranked[0]?.[0] ?? ''] ?? byWords);
  return guess === 'da' || guess === 'no' ? danishOrNorwegian(sample, guess) : guess;
}

// Danish and Norwegian share most words and letters, and franc mixes them up on a short lede ("Aarhus Havn har i dag
// indgået aftale om …" read as Norwegian). The spellings that differ decide: "af"/"av", "efter"/"etter",
// "aftale"/"avtale", "-tion"/"-sjon", "færdig"/"ferdig".
const NORDIC_SPELLINGS: Readonly<Record<'da' | 'no', RegExp>> = {
  da: /(?<![\p{L}])(?:af|efter|siger|sagde|blev|mellem|hvad|nu|meget|aftale\p{L}*|færdig\p{L}*|oplysninger|yderligere|danmark\p{L}*|dansk\p{L}*)(?![\p{L}])|\p{L}tion(?:en|er)?(?![\p{L}])/giu,
  no: /(?<![\p{L}])(?:av|etter|sier|sa|ble|mellom|hva|nå|mye|avtale\p{L}*|ferdig\p{L}*|opplysninger|ytterligere|norge|norsk\p{L}*)(?![\p{L}])|\p{L}sjon(?:en|er)?(?![\p{L}])/giu,
};
function danishOrNorwegian(sample: string, guess: 'da' | 'no'): 'da' | 'no' {
  const da = sample.match(NORDIC_SPELLINGS.da)?.length ?? 0;
  const no = sample.match(NORDIC_SPELLINGS.no)?.length ?? 0;
  return da > no ? 'da' : no > da ? 'no' : guess;
}

function functionWordGuess(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return null;
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    const score = list.reduce((n, w) => n + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= MIN_FUNCTION_WORDS ? best : null;
}

export function normaliseTag(tag: string): string | null {
  const t = tag.trim().replace('_', '-');
  return /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(t) ? t.slice(0, 35) : null;
}

export function declaredLanguage(doc: Document): string | null {
  const attr = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  const meta = metaContent(doc, ['content-language', 'language', 'og:locale', 'dc.language', 'DC.language']);
  const httpEquiv = (doc.head ?? doc).querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? null;
  for (const v of [attr, httpEquiv, meta]) {
    const t = v ? normaliseTag(v) : null;
    if (t) return t;
  }
  return null;
}

// The page's own long lines, the sample the language is guessed from.
// Weighed, not counted: a Chinese or Japanese paragraph is a long line in half the characters.
export function languageSample(lines: readonly string[]): string {
  return lines.filter((l) => textWeight(l) > 80).slice(0, 10).join(' ');
}

export function pageLanguage(doc: Document, bodyText: string): string | null {
  return resolveLanguage(declaredLanguage(doc), bodyText);
}

// Declared language wins unless the body text clearly is another language (sites leave lang="en" on German pages).
// The detector (from a snapshot's declared language) and the extractor (from the document) both decide here, so
// they read a page's dates in the same language.
// The guess runs only where it can decide: the detector calls this on every page.
export function resolveLanguage(declared: string | null, bodyText: string): string | null {
  if (declared && bodyText.length <= 600) return declared;
  const guessed = guessLanguage(bodyText);
  if (declared && guessed && !declared.toLowerCase().startsWith(guessed)) return guessed;
  return declared ?? guessed;
}
