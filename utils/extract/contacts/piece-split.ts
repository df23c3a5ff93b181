import { TITLE_LINK_WORDS } from '../cues/contact-cues';
import { escapeRegExp } from '../text-norm';
import { findCues } from './cues';
import type { Item } from './fields';
import { hasLegalForm } from './legal-forms';
import { addressSpellsWholeName, isPersonName, isPersonNameOrAddressed, splitLeadingName, splitTrailingName, startsWithGivenName } from './names';
import { isOrganization, isRole, knownOrganizationMatch, matchesKnownOrganization, splitTitleAndBody } from './roles';
import { isPressUnit } from './units';

// The pieces of one line of a contact block, cut where two fields ran together: a name and the organisation after it
// ("Shane Devenish Canadian RV Association"), a title and the body it works for ("Director of Communications Riverside
// Health System"), a title and the name after it ("Pressesprecherin Dr. Anna Berger"). The block reader then reads
// each piece as one field.

// A postal address: a post code before a capital, or a street word.
export const ADDRESS = /\b\d{4,5}\s+\p{Lu}|\b(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|avenue|ave\.|street|st\.|road|rd\.|boulevard|blvd\.?|suite|ste\.?|drive|lane|way|rue|calle|via|p\.?\s?o\.?\s?box|postfach|campus)\b/iu;
// Words that make a piece an organisation whatever else it holds.
export const STRONG_ORG_HINT = /(?:^|\s)(?:e\.\s?V\.|Inc\.?|Ltd\.?|LLC|GmbH|AG|Group|Agency|Association|Foundation|Stiftung|Verband|Office|University|Ministry|Ministerium)(?:$|[\s,.)])/u;
// "Für Rückfragen stehen Ihnen Anna Müller …", "Interviews are available with Dana Reyes …": a sentence that
// ends in the name, read only when the name starts with a known given name (splitTrailingName).
// A street named after a person ("1, avenue du Président Robert Schuman") is an address, not a sentence.
const isProse = (head: string) => !ADDRESS.test(head) && (/(?:^|\s)\p{Ll}{2,}/u.test(head) || findCues(head).length > 0);
// A title that ends in "of", "der", "de"… goes on with the person it serves (after an office of theirs: "spokesperson
// for Mayor Mark Linden").
const LINK_END = String.raw`\s(?:${[...TITLE_LINK_WORDS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
const OF_WORD_BEFORE_NAME = new RegExp(String.raw`${LINK_END}(?:\s\p{Lu}\p{Ll}+\.?)?$`, 'u');

// `emails`: the line's addresses; `issuer`: the release's.
export function splitPieces(items: readonly Item[], emails: readonly string[], issuer: string | null): Item[] {
  const domains = emails.map((e) => e.split('@')[1] ?? '');
  const isLabel = (rest: string) => STRONG_ORG_HINT.test(rest) || isRole(rest) || isOrganization(rest, issuer, domains);
  // The piece before was a person's name: "Kevin O'Brien, Lone Star Health Partners" is that person's organization,
  // not a second person called "Lone Star".
  let afterName = false;
  return items.flatMap((item) => {
    const previousNamed = afterName;
    // "Jane Doe Acme Robotics" looks like a four-word name until the issuer is seen in it.
    const nameLike = isPersonNameOrAddressed(item.text, emails) && !matchesKnownOrganization(item.text, issuer, domains);
    afterName = item.kind === 'piece' && nameLike;
    if (previousNamed && item.kind === 'piece' && !item.label && !nameLike && !isRole(item.text) && !isPressUnit(item.text) && isOrganization(item.text, issuer, domains)) {
      return [{ ...item, label: 'organization' as const }];
    }
    // A labelled value may run a name and an organization together too ("Agency: John Roe Brightline PR").
    if (item.kind === 'piece' && (item.label === 'organization' || item.label === 'name') && !nameLike) {
      const parts = splitLeadingName(item.text, isLabel, false);
      if (parts && !matchesKnownOrganization(parts[0], issuer, domains)) {
        return [{ ...item, text: parts[0], label: 'name' as const }, { ...item, text: parts[1], label: 'organization' as const }];
      }
    }
    if (item.kind !== 'piece' || item.label || nameLike) return [item];
    // "Stadtwerke Havelland GmbH" is one organization; only a run-together name is split off it. A title may
    // also come first: "Pressesprecherin Dr. Anna Berger".
    // "Green River Alliance" is not "Green" and a person called "River Alliance": the name part never spells
    // the issuer or the e-mail domain. "Acme Robotics Jane Doe" is then read from the end.
    const known = (name: string | undefined) => !!name && matchesKnownOrganization(name, issuer, domains);
    const leading = splitLeadingName(item.text, isLabel, !STRONG_ORG_HINT.test(item.text), emails);
    // "Director of Communications Riverside Health System": a title run into the body it works for. A body that looks
    // like a person's name is one when the issuer or the address names it ("Ferrante Energia", ferrante.example).
    const titleAndBody = (piece: Item): Item[] => {
      const titled = startsWithGivenName(piece.text) ? null : splitTitleAndBody(piece.text, (rest) => (!isPersonName(rest) || knownOrganizationMatch(rest, issuer, domains) > 0) && (STRONG_ORG_HINT.test(rest) || isOrganization(rest, issuer, domains)), (rest) => Math.max(knownOrganizationMatch(rest, issuer, domains), hasLegalForm(rest) && !isPersonName(rest) ? 1 : 0));
      return titled ? [{ ...piece, text: titled[0], label: 'role' }, { ...piece, text: titled[1], label: 'organization' }] : [piece];
    };
    // A person's surname may be the company's ("Alena Ebert, Ebert GmbH"): an address that spells it whole says so.
    if (leading && (!known(leading[0]) || emails.some((e) => addressSpellsWholeName(e, leading[0])))) return [{ ...item, text: leading[0] }, ...titleAndBody({ ...item, text: leading[1] })];
    const parts = titleAndBody(item);
    if (parts.length > 1) return parts;
    const trailing = splitTrailingName(item.text, isLabel) ?? splitTrailingName(item.text, isProse);
    // "spokesperson for Mayor Mark Linden", "assistant to Superintendent Rosa Alvarez": the name is whom the
    // contact works for, and the whole piece is their title.
    // "Ohio Department of Development Robert Lin" is still an organization, then its person.
    if (trailing && OF_WORD_BEFORE_NAME.test(trailing[0]) && !isOrganization(trailing[0], issuer, domains)) return [item];
    if (!trailing || known(trailing[1])) return [item];
    return [{ ...item, text: trailing[0] }, { ...item, text: trailing[1] }];
  });
}
