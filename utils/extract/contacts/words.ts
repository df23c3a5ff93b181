import {
  allCues, EXCLUDED_CONTACT_CUES, FIELD_LABELS, GENERIC_CONTACT_CUES, INVESTOR_CUES, MEDIA_CONTACT_CUES,
  ORGANIZATION_WORDS, ROLE_MODIFIERS, ROLE_WORDS,
} from '../cues/contact-cues';

// Word-level lookups over the cue tables, shared by the name, role and organization classifiers.

export function normalize(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A regex that finds any of the phrases as whole words: no letter on either side, and not inside an e-mail
// address or URL ("pressestelle@diakonie.de" is not the cue "Pressestelle"). With `prefix`, the phrase may run
// on into a glued word ("General Inquiriesleadtheway@…").
export function phraseRegex(phrases: readonly string[], flags = 'iu', prefix = false): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape);
  const after = prefix ? '(?![@_]|\\.\\p{L})' : '(?![\\p{L}\\p{N}@_]|\\.\\p{L})';
  return new RegExp(`(?<![\\p{L}\\p{N}@./_-])(?:${sorted.join('|')})${after}`, flags);
}

// Every single word that appears in a cue, role, organization or label entry: such a word is never part of
// a person's name ("Press Officer", "Contact Details", "Bateman Group").
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  [
    ...allCues(MEDIA_CONTACT_CUES), ...allCues(GENERIC_CONTACT_CUES), ...INVESTOR_CUES, ...EXCLUDED_CONTACT_CUES,
    ...ROLE_WORDS, ...ORGANIZATION_WORDS, ...Object.values(FIELD_LABELS).flat(),
    // "Senior Science Writer" is not a Mr Science: the words that qualify a title, less those that are
    // also surnames ("West", "Brand").
    ...ROLE_MODIFIERS.filter((w) => !['north', 'south', 'east', 'west', 'brand'].includes(w)),
    'the', 'and', 'for', 'of', 'in', 'at', 'us', 'our', 'your', 'ihr', 'ihre', 'here', 'hier', 'news', 'release',
    'press', 'presse', 'media', 'medien', 'team', 'general', 'global', 'international', 'national', 'email',
    'information', 'informationen', 'details', 'inquiries', 'enquiries', 'expert', 'perspective', 'more', 'visit',
    'click', 'read', 'follow', 'download', 'downloads', 'print', 'share', 'call', 'write', 'send', 'message',
    'united', 'states', 'street', 'avenue', 'road', 'suite', 'floor', 'box', 'germany', 'deutschland', 'berlin',
    'new', 'york', 'washington', 'london', 'paris', 'brussels', 'bruxelles', 'strasbourg', 'whatsapp', 'telegram',
    'signal', 'vcard', 'visitenkarte', 'business', 'card', 'contact', 'kontakt', 'daten', 'data', 'number',
    // The boilerplate heading "About Acme Robotics" is not a person called that.
    'about', 'über', 'ueber', 'propos', 'acerca',
  ]
    .flatMap((p) => normalize(p).split(/[^\p{L}.'-]+/u))
    .filter((w) => w.length > 0),
);
