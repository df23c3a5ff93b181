import { escapeRegExp } from '../text-norm';
import { ARTICLES, WORKPLACE_LINKS } from './contact-cues';
import { AND_WORDS } from './issuer-cues';

// Word tables that several readers match, each in its own place in a pattern: the table's alternation is built here
// once, as a regular-expression source, and each reader puts it where it needs it.
const alternation = (words: readonly string[]): string => `(?:${words.map(escapeRegExp).join('|')})`;

// "and" in the languages of the tables: between two names, at the end of one ("Die Stadtwerke Lindau GmbH und").
export const AND_WORD = alternation(AND_WORDS);
// A definite article before a body's name ("Press Secretary at the Ohio Department of …").
export const BODY_ARTICLE = alternation(ARTICLES);
// A word between a title or press office and the body it belongs to ("Pressestelle der …", "Gabinete de Comunicación
// del …"), longest first so "de la" is not read as "de".
export const WORKPLACE_LINK = alternation([...WORKPLACE_LINKS].sort((a, b) => b.length - a.length));
// "Pressestelle der …", "Gabinete de Comunicación del …": each link word between a press office or title and the capital
// that starts the body it belongs to (officeBeforeBody() in contacts/units.ts tries them in turn).
export const LINK_BEFORE_BODY = new RegExp(String.raw`\s+${WORKPLACE_LINK}\s+(?=\p{Lu})`, 'gu');
