import { ContactSchema, type Contact } from '../../schema/record';
import { GENERAL_MAILBOXES } from '../cues/contact-cues';
import { contactLines } from './contact-lines';
import type { Draft } from './block-reader';
import { readContactBlocks } from './contact-blocks';
import { defaultCountry, isGuessedCountry } from './country';

// Media contacts of a press release: a DOM root in, validated contacts out. Pure: it reads a clone of the root
// and touches no browser API, so it runs the same in the content script, in tests and in the Node CLI.
//
// Only contacts inside a block named by a cue ("Media Contact:", "Pressekontakt", "For interviews please
// contact …", a press officer's business card) count; addresses elsewhere in the page (site footer, imprint,
// newsletter box, a news article's byline) are never read as contacts.

export interface ContactContext {
  url: string;
  language: string | null;
  issuer: string | null;
  // The page was detected as a release: a sentence that only asks to get in touch with a named person, with the
  // address spelling their name, is then a contact ("questions … should go to Bob Lee at blee@…"); under a news
  // story the same sentence asks readers for tips.
  release?: boolean;
  // extract()'s deadline: checked inside the long loops (every link, every line), so a pathological page
  // returns the contacts found so far within budget instead of overrunning it.
  late?: () => boolean;
}

const GENERAL = new Set(GENERAL_MAILBOXES);

function isGeneralMailbox(email: string): boolean {
  return GENERAL.has((email.split('@')[0] ?? '').toLowerCase());
}

// The site's general address box after a named press contact: "Bundesverband WindEnergie e.V. / EUREF-Campus 16 /
// 10829 Berlin / info@wind-energie.de / Tel. …".
function isTrailingAddressBox(d: Draft): boolean {
  return !d.name && d.afterNamed && (d.hasAddress || d.emails.length === 0 || d.emails.every(isGeneralMailbox));
}

// A "Kontakt" box holding only the organization's postal address and general mailbox is the imprint or a
// footer not marked as one ("Kontakt / Verband XY e.V. / Musterstraße 1 / 10115 Berlin / info@…"); a
// press cue ("Pressestelle") or a person's name makes it a contact.
function isImprintBox(d: Draft): boolean {
  return !d.name && d.genericBlock && d.hasAddress && d.emails.every(isGeneralMailbox);
}

// "Contact: 624-6456; 225-8452; 225-8458; …": a switchboard list; a press contact gives one to three numbers.
const MAX_PRESS_PHONES = 4;

function sameKey(a: Draft, b: Draft): boolean {
  if (a.name && b.name) return a.name.toLowerCase() === b.name.toLowerCase();
  if (a.name || b.name) return false;
  return a.emails.length > 0 && a.emails.every((e) => b.emails.some((f) => f.toLowerCase() === e.toLowerCase()));
}

function merge(into: Draft, from: Draft): void {
  into.role ??= from.role;
  into.organization ??= from.organization;
  for (const e of from.emails) if (!into.emails.some((x) => x.toLowerCase() === e.toLowerCase())) into.emails.push(e);
  for (const p of from.phones) if (!into.phones.includes(p)) into.phones.push(p);
}

function toContact(d: Draft, issuer: string | null): Contact | null {
  const candidate = {
    name: d.name?.slice(0, 200) ?? null,
    role: (d.role ?? (d.kind === 'investor' ? 'Investor relations' : null))?.slice(0, 300) ?? null,
    organization: (d.organization ?? issuer)?.slice(0, 300) ?? null,
    emails: d.emails.slice(0, 20),
    phones: d.phones.map((p) => p.slice(0, 60)).slice(0, 20),
  };
  const parsed = ContactSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

export interface ContactReading {
  contacts: Contact[];
  // Named contacts whose address the page hid ("[email protected]"): read the live page in the browser to decode it.
  hiddenAddresses: string[];
}

export function extractContacts(root: ParentNode, ctx: ContactContext): Contact[] {
  return readContacts(root, ctx).contacts;
}

export function readContacts(root: ParentNode, ctx: ContactContext): ContactReading {
  const country = defaultCountry(ctx.language, ctx.url);
  const countryGuessed = isGuessedCountry(ctx.language, ctx.url);
  const late = ctx.late ?? (() => false);
  const drafts = readContactBlocks(contactLines(root, late), { issuer: ctx.issuer, country, countryGuessed, release: ctx.release ?? false }, late).filter(
    (d) =>
      d.kind !== 'excluded' &&
      (d.emails.length > 0 || d.phones.length > 0 || (d.hiddenEmail && d.name !== null)) &&
      !isTrailingAddressBox(d) &&
      !isImprintBox(d) &&
      (d.name !== null || d.phones.length <= MAX_PRESS_PHONES),
  );
  const merged: Draft[] = [];
  for (const d of drafts) {
    const same = merged.find((m) => sameKey(m, d));
    if (same) merge(same, d);
    else merged.push(d);
  }
  // Investor-relations contacts count only when the release names no press contact at all.
  const press = merged.filter((d) => d.kind !== 'investor');
  const kept = press.length > 0 ? press : merged;
  const blocksWithInvestors = new Set(merged.filter((d) => d.kind === 'investor').map((d) => d.block));
  const out: Contact[] = [];
  const hiddenAddresses: string[] = [];
  for (const d of kept.slice(0, 50)) {
    // Where a block set media and investor contacts apart, say which one this is.
    if (!d.role && d.kind === 'media' && d.labelled && blocksWithInvestors.has(d.block)) d.role = 'Media';
    const c = toContact(d, ctx.issuer);
    if (!c) continue;
    out.push(c);
    if (d.hiddenEmail && c.emails.length === 0) hiddenAddresses.push(c.name ?? c.organization ?? 'a contact');
  }
  return { contacts: out, hiddenAddresses };
}
