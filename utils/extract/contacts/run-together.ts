import { allCues, GENERIC_CONTACT_CUES, MEDIA_CONTACT_CUES } from '../cues/contact-cues';
import { escapeRegExp } from '../text-norm';

// Plain-text wires and copied web pages lose the line breaks of a contact block and glue its fields together:
//   "Media Relations contactChristine PreyerDirector Communications & PRPhone: +49 …Email: press@auto1-group.comMaria …"
//   "Contact:Mitesco Investor RelationsJimmy Caplanjimmycaplan@me.com512.329.9505Mitesco Media RelationsRick …"
// Such a line is cut back into its fields where a word ends and the next begins with no space between them, so
// the block reader sees the lines a person sees. Only lines with several such joins and an address or number are
// cut: "iPhone", "McKinsey" or "PRNewswire" in a sentence stay as they are.

// A lower-case letter, digit or closing punctuation directly followed by a capitalised word; or an acronym
// followed by one ("PRPhone").
// And a word followed by a phone number ("…@me.com512.329.9505").
const JOIN = /(?<=[\p{Ll}\d)])(?=\p{Lu}\p{Ll})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}{2})|(?<=\.\p{Ll}{2,6})(?=\p{Lu})|(?<=\p{Ll}{2})(?=\+?\d{3}[\d.\s-]{6})/gu;
// Name prefixes that a capital follows inside one word: McCook, MacDonald, DeAngelo, LaToya, VanDyke, O'Neill.
const NAME_PREFIX = /(?:^|[^\p{L}])(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz)$/u;
const DATA = /@|\d[\d\s().-]{6,}\d/;
const MIN_JOINS = 3;

export function splitRunTogether(text: string): string[] {
  if (text.length < 60 || !DATA.test(text)) return [text];
  const cuts: number[] = [];
  for (const m of text.matchAll(JOIN)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 12), at);
    // Inside an address's local part ("MediaRelations@acme.com"): the next '@' comes before any space.
    const after = text.slice(at, at + 64);
    const at64 = after.indexOf('@');
    if (at64 >= 0 && !/\s/.test(after.slice(0, at64))) continue;
    // A one-letter start ("iPhone", "eBay") or a name prefix is one word.
    const word = /[\p{L}']*$/u.exec(before)?.[0] ?? '';
    if (/\p{L}$/u.test(before) && (word.length < 2 || NAME_PREFIX.test(before))) continue;
    cuts.push(at);
  }
  if (cuts.length < MIN_JOINS) return [text];
  const parts: string[] = [];
  let from = 0;
  for (const at of cuts) {
    parts.push(text.slice(from, at));
    from = at;
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

// A contact label glued to the end of the sentence before it, in a wire text that lost its line breaks:
// "… visit www.acme.com.Media Contacts", "…on logistics.Pressekontakt:". The line is cut before the label, so
// the label heads a line of its own, as it did on the page. A label in lower case, or after a space, is prose.
const GLUED_CUE = new RegExp(
  String.raw`(?<=[\p{Ll}\d][.!?)]?)(?:${[...new Set([...allCues(MEDIA_CONTACT_CUES), ...allCues(GENERIC_CONTACT_CUES)])]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})`,
  'giu',
);
// Under the i flag \p{Ll} matches capitals too: the letter after the label is tested without it. The label may be
// glued to its value as well ("Media ContactsJane Doe…").
const LOWER = /\p{Ll}/u;
const GLUED_SPOT = /[\p{Ll}\d][.!?)]?\p{Lu}/u;

export function splitGluedCue(text: string): string[] {
  if (!GLUED_SPOT.test(text)) return [text];
  const cuts = [...text.matchAll(GLUED_CUE)]
    .filter((m) => !LOWER.test(text[(m.index ?? 0) + m[0].length] ?? ''))
    .map((m) => m.index ?? 0)
    // Not inside an address ("MediaContacts@acme.com", "info@acme.comContact"): no "@" in the word around the cut.
    .filter((at) => at > 0 && /\p{Lu}/u.test(text[at] ?? '') && !/@\S*$/.test(text.slice(Math.max(0, at - 64), at)) && !/^\S*@/.test(text.slice(at, at + 64)));
  if (cuts.length === 0) return [text];
  return [0, ...cuts].map((from, i, all) => text.slice(from, all[i + 1] ?? text.length).trim()).filter(Boolean);
}
