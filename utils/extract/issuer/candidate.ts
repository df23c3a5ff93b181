import { PRESS_RELEASE_TERMS, RIGHTS_RESERVED_TERMS } from '../cues/release-cues';
import { LEGAL_FORMS, ORGANIZATION_NOUNS, ORGANIZATION_NOUNS_AFTER_NAME, ORGANIZATION_NOUNS_BEFORE_OF, ORGANIZATION_TAILS } from '../cues/organization-words';
import type { Dateline } from '../dateline';
import type { LdNode } from '../jsonld';
import { escapeRegExp } from '../text-norm';
import { overlap } from '../word-overlap';

// What an issuer candidate is, where it was read, and the tests the candidate readers share. The readers are in
// text-candidates.ts (the release's own text) and site-candidates.ts (the site around it); candidates.ts gathers
// them. None decides: the scorer (score.ts) weighs how many independent sources agree.

export type Source =
  | 'dateline' // inside the dateline: "01/16/2021 Place (Org) –", "/ Org /"
  | 'wire-lede' // opening the lede after a wire tag: "/PRNewswire/ -- Acme Corp, the …"
  | 'about' // boilerplate heading "About Acme" / "Über die Acme AG" / "À propos de Acme"
  | 'boilerplate' // boilerplate paragraph without heading: "Die Acme AG ist …"
  | 'lede-verb' // "Acme Corp. today announced …" / "Die Acme AG gab bekannt …" / "Acme annonce …"
  | 'lede-org' // the lede opens with an organisation, whatever its verb: "La Universidad de Salamanca ha creado …"
  | 'headline-subject' // the headline opens with it and the body repeats it
  | 'lede-subject' // headline and lede open with the same words
  | 'jsonld' // JSON-LD publisher / author / sourceOrganization of type Organization
  | 'meta-org' // <meta name="author|DC.creator|copyright"> naming an organisation
  | 'site-name' // og:site_name / application-name
  | 'title' // a part of <title> that is not the headline or a section
  | 'copyright' // "© 2022 Acme GmbH"
  | 'logo' // the header logo's alt text
  | 'contact-block' // an organisation line in the media-contact block
  | 'publisher-label' // a labelled publisher near the headline: "From: Home Office", "Herausgeber: Deutscher Wetterdienst"
  | 'wire-source'; // the wire's attribution under the release: "SOURCE Acme Corp", "Original-Content von: …"

export interface Candidate {
  name: string;
  source: Source;
}

// Sources that name the site rather than the release: a portal hosting someone else's release shows its own name here.
export const SITE_SOURCES: ReadonlySet<Source> = new Set(['jsonld', 'meta-org', 'site-name', 'title', 'copyright', 'logo']);

export interface PageInput {
  doc: Document;
  url: string;
  lines: readonly string[];
  dateline: Dateline | null;
  jsonLd: readonly LdNode[];
  headline: string | null;
  headlineIndex: number; // index in `lines` of the headline, -1 when not found
}

export const rightsAlt = RIGHTS_RESERVED_TERMS.map(escapeRegExp).join('|');
export const YEAR_AND_RIGHTS_END = new RegExp(String.raw`\s*\d{4}\.?\s*(?:${rightsAlt})?\.?$`, 'iu');
export const RIGHTS_END = new RegExp(String.raw`[.,]?\s*(?:${rightsAlt})\.?$`, 'iu');

// A legal form, a word for a kind of body, or a compound ending in one (the tables: ../cues/organization-words.ts):
// tells an organisation from a person or a phrase.
const alternation = (words: readonly string[]) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
export const LEGAL = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation([...LEGAL_FORMS, ...Object.values(ORGANIZATION_NOUNS).flat()])})(?![\p{L}])` +
    String.raw`|\p{Lu}\p{Ll}+(?:${alternation(ORGANIZATION_TAILS)})(?![\p{L}])|Polizei\p{L}*` +
    String.raw`|\p{Lu}\p{L}+\s(?:${alternation(ORGANIZATION_NOUNS_AFTER_NAME)})(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:${alternation(ORGANIZATION_NOUNS_BEFORE_OF)})\sof\s\p{Lu}`,
  'u',
);

// Title parts that name a section, not the site: "… | News | European Parliament".
export const SECTION_WORDS: readonly string[] = [
  ...PRESS_RELEASE_TERMS, 'news', 'newsroom', 'aktuelles', 'aktuelle meldungen', 'nachrichten', 'presse', 'press', 'media',
  'medien', 'actualités', 'actualites', 'noticias', 'notizie', 'nieuws', 'home', 'startseite', 'infoportal', 'blog',
  'listenseite', 'meldung', 'meldungen',
];

export function isDomain(s: string): boolean {
  return /^(?:www\.)?[\w-]+(?:\.[\w-]+)+$/i.test(s.trim());
}

// A title part that says the headline again, shorter or reworded: most of its words, at least three, are the headline's.
// Words of one to three letters ("de", "of", "der") do not count towards "most": "Ministerio de Vivienda" does not
// restate "El Gobierno aprueba el plan de vivienda joven".
const contentWords = (s: string) => s.split(/\s+/).filter((w) => w.replace(/[^\p{L}\p{N}]/gu, '').length > 3).join(' ');
export function restatesHeadline(part: string, headline: string): boolean {
  return part.split(/\s+/).length >= 3 && overlap(contentWords(part) || part, contentWords(headline) || headline) >= 0.6;
}
