import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { allLocales } from '@faker-js/faker';

// npm run first-names: writes utils/extract/contacts/first-names.ts, the given names the contact reader takes
// as evidence that a short capitalised piece is a person ("Olivia Miller") rather than an office or a building
// ("Pressestelle Landratsamt", "Haus der Wissenschaft"). The names come from @faker-js/faker's locale data, a
// well-kept list per language (a dev dependency only: the extension ships the generated list, not faker).
// Faker's lists are short (no Jürgen, Uwe, Heike, Jeroen, Siobhan, Aoife, Saoirse, Bartosz), so the given names of
// gender-detection-from-name (~67,000, en/de/fr/es/it/tr, gathered from name registers) are added, except those that
// are also ordinary words: that list holds "nature", "the", "von", which would make "Nature Microbiology" a person.
// A word is ordinary when stopwords-iso lists it for a cue language or wooorm's English, French or Spanish word
// lists hold it; a faker name is kept whatever it spells ("Grace", "Mark").

// Every locale of people who write their names in Latin letters (plus Japanese, Chinese and Korean for the
// transliterated names), so a press officer called Tamsin, Solène, Aoife, Ngozi or Nguyen Thi Lan counts as well
// as one called Olivia. The joke locales (en_BORK, en_AU_ocker) are left out.
const LOCALES = [
  'en', 'en_AU', 'en_CA', 'en_GB', 'en_GH', 'en_IE', 'en_IN', 'en_NG', 'en_US', 'en_ZA', 'af_ZA', 'zu_ZA', 'yo_NG', 'cy',
  'de', 'de_AT', 'de_CH', 'fr', 'fr_BE', 'fr_CA', 'fr_CH', 'fr_LU', 'fr_SN', 'es', 'es_MX', 'it', 'pt_BR', 'pt_PT',
  'nl', 'nl_BE', 'pl', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ', 'sk', 'hu', 'ro', 'ro_MD', 'hr', 'sr_RS_latin', 'lv', 'tr',
  'az', 'uz_UZ_latin', 'id_ID', 'vi', 'uk', 'ko', 'ja', 'zh_CN',
] as const;
const OUT = resolve(import.meta.dirname, '../utils/extract/contacts/first-names.ts');

function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).flatMap(namesOf);
  return [];
}

const REGISTER_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'tr'] as const;
const STOPWORD_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'da', 'no', 'sv', 'fi', 'pl', 'tr'] as const;
const WORD_LISTS = ['an-array-of-english-words', 'an-array-of-french-words', 'an-array-of-spanish-words'] as const;
const require = createRequire(import.meta.url);
const isNameShaped = (n: string) => /^\p{L}[\p{L}'’-]+$/u.test(n);

async function ordinaryWords(): Promise<Set<string>> {
  const words = new Set<string>();
  const stopwords = require('stopwords-iso') as Record<string, string[]>;
  for (const lang of STOPWORD_LANGUAGES) for (const w of stopwords[lang] ?? []) words.add(w.toLowerCase());
  for (const list of WORD_LISTS) {
    const all = JSON.parse(await readFile(require.resolve(`${list}/index.json`), 'utf8')) as string[];
    for (const w of all) words.add(w.toLowerCase());
  }
  return words;
}

function registerNames(): string[] {
  return REGISTER_LANGUAGES.flatMap((lang) => [...(require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>).keys()]);
}

async function main(): Promise<void> {
  const names = new Set<string>();
  for (const locale of LOCALES) {
    const person = (allLocales as Record<string, { person?: { first_name?: unknown } }>)[locale]?.person;
    for (const n of namesOf(person?.first_name)) if (isNameShaped(n)) names.add(n.toLowerCase());
  }
  const fromFaker = names.size;
  const ordinary = await ordinaryWords();
  for (const n of registerNames()) if (isNameShaped(n) && !ordinary.has(n.toLowerCase())) names.add(n.toLowerCase());
  const sorted = [...names].sort();
  const source = `// Written by scripts/first-names.ts from @faker-js/faker's locale data (${LOCALES.join(', ')}) and
// gender-detection-from-name (${REGISTER_LANGUAGES.join(', ')}) less ordinary words: do not edit by hand.
// ${sorted.length} given names, lower-cased, joined by '|' (a string parses faster than an array literal).
export const FIRST_NAMES = '${sorted.join('|').replace(/'/g, "\\'")}';
`;
  await writeFile(OUT, source);
  process.stdout.write(`wrote ${sorted.length} names to ${OUT} (${fromFaker} from faker, ${sorted.length - fromFaker} more from the name registers)\n`);
}

void main();
