import type { CountryCode } from 'libphonenumber-js/max';
import { countryOfDomain } from './country';
import type { FieldKind } from '../cues/contact-cues';
import type { ContactLine } from './contact-lines';
import { endsBlock, findCues, isMediaRoleLine, opensBlock, type CueKind, type CueMatch } from './cues';
import { lineFields } from './fields';
import { isPersonName, splitLeadingName, stripHonorifics } from './names';
import { isOrganization, isRole, matchesKnownOrganization } from './roles';

// Finds contact blocks by their cue lines and reads each block into draft contacts, one per person or
// mailbox: a new draft starts at a new name once the current one has data, at a sub-label ("Investor
// Relations:", "For Public Inquiries:"), and at an organization line after data (the postal-address box that
// often follows the press officer: "Bundesverband WindEnergie e.V. / EUREF-Campus 16 / info@…").

export interface Draft {
  name: string | null;
  role: string | null;
  organization: string | null;
  emails: string[];
  phones: string[];
  kind: CueKind;
  hasAddress: boolean;
  // A named contact came before it in the same block.
  afterNamed: boolean;
  // Which block it was read from (to label "Media" where that block also had investor contacts).
  block: number;
  // An explicit sub-label ("Media:", "Investors:") named its kind.
  labelled: boolean;
}

export interface BlockContext {
  issuer: string | null;
  country: CountryCode | undefined;
  // The country is only the language's default; a block whose e-mails all share a ccTLD is re-read in it.
  countryGuessed: boolean;
}

const MAX_BLOCK_LINES = 40;
const MAX_GAP = 4;
const ADDRESS = /\b\d{4,5}\s+\p{Lu}|\b(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|avenue|ave\.|street|st\.|road|rd\.|boulevard|blvd\.?|suite|ste\.?|drive|lane|way|rue|calle|via|p\.?\s?o\.?\s?box|postfach|campus)\b/iu;
const STRONG_ORG_HINT = /(?:^|\s)(?:e\.\s?V\.|Inc\.?|Ltd\.?|LLC|GmbH|AG|Group|Agency|Association|Foundation|Stiftung|Verband|Office|University|Ministry|Ministerium)(?:$|[\s,.)])/u;

function newDraft(kind: CueKind, block: number, afterNamed: boolean): Draft {
  return { name: null, role: null, organization: null, emails: [], phones: [], kind, hasAddress: false, afterNamed, block, labelled: false };
}

const hasData = (d: Draft) => d.emails.length > 0 || d.phones.length > 0;
const isEmpty = (d: Draft) => !hasData(d) && !d.name && !d.role && !d.organization;

function cleanName(text: string): string {
  const { honorifics, rest } = stripHonorifics(text);
  return [...honorifics, ...rest].join(' ');
}

class BlockReader {
  readonly drafts: Draft[] = [];
  private current: Draft;
  private namedSeen = false;
  private pendingFirstName: string | null = null;
  // The current role was read before the name: it may describe the office, and the person's own title wins.
  private roleBeforeName = false;
  // An organization heading the block before any person ("Stadtwerke Havelland GmbH / Unternehmenskommunikation").
  private blockOrganization: string | null = null;

  constructor(private readonly ctx: BlockContext, private readonly block: number, kind: CueKind) {
    this.current = newDraft(kind === 'generic' ? 'media' : kind, block, false);
  }

  private close(kind: CueKind): void {
    if (!isEmpty(this.current)) this.drafts.push(this.current);
    if (this.current.name) this.namedSeen = true;
    this.current = newDraft(kind, this.block, this.namedSeen);
    this.roleBeforeName = false;
  }

  setRole(role: string): void {
    // A title after a person's phone and e-mail heads the next person ("IHR ANSPRECHPARTNER FÜR ENERGIE").
    if (this.current.name && hasData(this.current)) this.close(this.current.kind === 'excluded' ? 'media' : this.current.kind);
    if (!this.current.role || (this.roleBeforeName && !this.current.name)) {
      this.current.role = role;
      this.roleBeforeName = !this.current.name;
    }
  }

  // A cue inside a line that is not a label of its own ("Media Relations Manager", "Philips Investor Relations"):
  // it says which kind of contact the current one is.
  describe(kind: CueKind): void {
    if (kind === 'generic' || kind === this.current.kind) return;
    if (hasData(this.current)) this.close(kind);
    else this.current.kind = kind;
  }

  // A sub-label inside the block: "Investor Relations:", "Media:", "For Public Inquiries:". After data it starts
  // the next contact; before data it describes the current one ("Derya Guzel / Philips Investor Relations").
  subLabel(kind: CueKind): void {
    if (kind === 'generic') {
      if (hasData(this.current)) this.close(this.current.kind === 'excluded' ? 'media' : this.current.kind);
      return;
    }
    if (hasData(this.current)) this.close(kind);
    else this.current.kind = kind;
    this.current.labelled = true;
  }

  private setName(name: string): void {
    if (this.current.name || hasData(this.current)) this.close(this.current.kind === 'excluded' ? 'media' : this.current.kind);
    this.current.name = cleanName(name);
  }

  private setOrganization(org: string): void {
    if (hasData(this.current) && this.current.name) this.close(this.current.kind);
    if (!this.current.organization) this.current.organization = org;
    if (this.drafts.length === 0 && !this.current.name && !hasData(this.current)) this.blockOrganization ??= org;
  }

  // Returns whether the line held anything a contact is made of.
  line(text: string, inherited: FieldKind | null): { useful: boolean; dangling: FieldKind | null } {
    const fields = lineFields(text, this.ctx.country, inherited);
    const domains = fields.emails.map((e) => e.split('@')[1] ?? '');
    const lineHasData = fields.emails.length > 0 || fields.phones.length > 0;
    let useful = lineHasData;
    const pieces = fields.pieces.flatMap((p) => {
      if (p.label || isPersonName(p.text)) return [p];
      const isLabel = (rest: string) => STRONG_ORG_HINT.test(rest) || isRole(rest) || isOrganization(rest, this.ctx.issuer, domains);
      // "Stadtwerke Havelland GmbH" is one organization; only a run-together name is split off it.
      const split = splitLeadingName(p.text, isLabel, !STRONG_ORG_HINT.test(p.text));
      return split ? [{ text: split[0], label: null }, { text: split[1], label: null }] : [p];
    });
    // Name pieces come first so that "Name, phone, e-mail" on one line after another contact's data starts
    // a new draft before the data is added.
    for (const piece of pieces) {
      const t = piece.text.trim();
      if (t.length < 2 || t.length > 120) continue;
      // Notes next to a number or address ("(BXL)", "ext.") are not names or organizations.
      if (piece.label === 'phone' || piece.label === 'mobile' || piece.label === 'email') continue;
      if (piece.label === 'firstName') {
        this.pendingFirstName = t;
        useful = true;
        continue;
      }
      if (piece.label === 'lastName') {
        this.setName(this.pendingFirstName ? `${this.pendingFirstName} ${t}` : t);
        this.pendingFirstName = null;
        useful = true;
        continue;
      }
      if (piece.label === 'name' && isPersonName(t)) {
        this.setName(t);
        useful = true;
        continue;
      }
      if (piece.label === 'role') {
        this.setRole(t);
        useful = true;
        continue;
      }
      if (piece.label === 'organization') {
        this.setOrganization(t);
        useful = true;
        continue;
      }
      if (ADDRESS.test(t) && /\d/.test(t)) {
        // A postal address after a person's phone and e-mail starts the office's address box.
        if (this.current.name && hasData(this.current)) this.close(this.current.kind);
        this.current.hasAddress = true;
        useful = true;
        continue;
      }
      const knownOrg = matchesKnownOrganization(t, this.ctx.issuer, domains);
      if (isPersonName(t) && !knownOrg) {
        // "Katie Sullivan / Springer Nature": a second name-like piece before any data is the organization.
        if (this.current.name && !hasData(this.current) && !this.current.organization && fields.emails.length + fields.phones.length === 0) this.current.organization = t;
        else this.setName(t);
        useful = true;
      } else if (!/^\p{Lu}/u.test(t) || t.split(/\s+/).length > 8) {
        // A sentence fragment ("including consultation with a professional financial advisor"), not a field.
        continue;
      } else if (STRONG_ORG_HINT.test(t) || knownOrg) {
        this.setOrganization(t);
        useful = true;
      } else if (isRole(t)) {
        this.setRole(t);
        useful = true;
      } else if (isOrganization(t, this.ctx.issuer, domains)) {
        this.setOrganization(t);
        useful = true;
      } else if (!lineHasData && this.current.name && !this.current.organization && !hasData(this.current) && /^\p{Lu}[\p{L}&.' -]{2,40}$/u.test(t) && findCues(t).length === 0) {
        // A short capitalised piece right after a name: the agency ("Relevance").
        this.current.organization = t;
        useful = true;
      }
    }
    for (const e of fields.emails) if (!this.current.emails.includes(e)) this.current.emails.push(e);
    for (const p of fields.phones) if (!this.current.phones.includes(p)) this.current.phones.push(p);
    return { useful, dangling: fields.danglingLabel };
  }

  finish(): Draft[] {
    this.close('media');
    if (this.blockOrganization) for (const d of this.drafts) d.organization ??= this.blockOrganization;
    return this.drafts;
  }
}

function opener(line: ContactLine, cues: readonly CueMatch[], country: CountryCode | undefined): CueMatch | null {
  if (line.chrome) return null;
  // "Contact:General Inquiries …", "Kontakt für Zeugenhinweise": a contact, but not for the press.
  if (cues.some((c) => c.kind === 'excluded')) return null;
  for (const [i, cue] of cues.entries()) {
    const hasData = () => {
      const data = lineFields(cue.remainder, country);
      return data.emails.length + data.phones.length > 0;
    };
    if (!opensBlock(line.text, cue, hasData)) continue;
    // "For interviews please contact Olivia Miller…", "For media inquiries, please contact: …": the block's
    // text starts after the last of the cues that follow each other.
    let last = cue;
    for (const next of cues.slice(i + 1)) {
      if (next.start > last.end + 3) break;
      last = next;
    }
    return { ...cue, remainder: last.remainder };
  }
  return null;
}

// A line that is only a link ("Pressekontakt" in a menu not marked as <nav>) is navigation, not a label.
function isLinkOnly(line: ContactLine): boolean {
  for (const a of Array.from(line.element.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (/^(mailto|tel):/i.test(href)) continue;
    if ((a.textContent ?? '').replace(/\s+/g, ' ').trim() === line.text) return true;
  }
  return false;
}

// Feeds one line to the reader. A cue followed by a colon, or ending a line it (nearly) fills, is a label
// ("Investors:", "Contact data:", "BWE Pressekontakt"); any other cue describes the line it is in
// ("Media Relations Manager", "Acme Investor Relations", "Acme Global Press Office").
function feedLine(reader: BlockReader, text: string, dangling: FieldKind | null): { useful: boolean; dangling: FieldKind | null } {
  const cues = isPersonName(text) ? [] : findCues(text, true);
  const isLabel = (c: CueMatch) => {
    const after = text.slice(c.end);
    if (/^\s*:/.test(after)) return true;
    return /^\s*$/.test(after) && text.slice(0, c.start).trim().split(/\s+/).filter(Boolean).length <= 1;
  };
  const labels = cues.filter(isLabel);
  for (const c of cues) if (!labels.includes(c)) reader.describe(c.kind);
  let useful = cues.length > 0;
  const parts: { kind: CueKind | null; label: string | null; text: string }[] = [];
  let pos = 0;
  let kind: CueKind | null = null;
  let label: string | null = null;
  for (const c of labels) {
    parts.push({ kind, label, text: text.slice(pos, c.start) });
    kind = c.kind;
    label = text.slice(c.start, c.end);
    pos = c.end;
  }
  parts.push({ kind, label, text: text.slice(pos).replace(/^\s*:\s*/, '') });
  for (const part of parts) {
    if (part.kind) reader.subLabel(part.kind);
    // "Public Relations:" names the person's function as well as the kind of contact.
    if (part.label && isRole(part.label)) reader.setRole(part.label);
    if (!part.text.trim()) continue;
    const r = reader.line(part.text, dangling);
    dangling = r.dangling;
    useful ||= r.useful;
  }
  return { useful, dangling };
}

function readBlock(lines: readonly ContactLine[], from: number, first: string, cue: CueKind, ctx: BlockContext, block: number): { drafts: Draft[]; next: number } {
  const reader = new BlockReader(ctx, block, cue);
  let dangling = feedLine(reader, first, null).dangling;
  let gap = 0;
  let i = from + 1;
  const startChrome = lines[from]?.chrome ?? false;
  for (; i < lines.length && i - from <= MAX_BLOCK_LINES; i++) {
    const line = lines[i];
    if (!line) break;
    if (line.chrome && !startChrome) break;
    if (endsBlock(line.text)) break;
    if (line.heading && !isPersonName(line.text) && findCues(line.text, true).length === 0) break;
    if (line.text.length > 250) {
      const fields = lineFields(line.text, ctx.country);
      if (fields.emails.length + fields.phones.length === 0) break;
    }
    const r = feedLine(reader, line.text, dangling);
    dangling = r.dangling;
    gap = r.useful ? 0 : gap + 1;
    if (gap > MAX_GAP) break;
  }
  return { drafts: reader.finish(), next: i };
}

// The one country all of a block's e-mail domains point to by their ccTLD, if there is exactly one.
function emailCountry(drafts: readonly Draft[]): CountryCode | undefined {
  const countries = new Set(drafts.flatMap((d) => d.emails.map((e) => countryOfDomain(e.split('@')[1] ?? ''))));
  const [only] = [...countries];
  return countries.size === 1 ? only : undefined;
}

export function readContactBlocks(lines: readonly ContactLine[], ctx: BlockContext): Draft[] {
  const drafts: Draft[] = [];
  let block = 0;
  // A label line like "Herausgeber:" (publisher) or "Send us your comments" makes the box right under it a
  // non-press contact.
  let excludedUntil = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const cues = findCues(line.text);
    if (line.text.length <= 80 && cues.some((c) => c.kind === 'excluded' && c.leading)) excludedUntil = i + 1;
    const cue = opener(line, cues, ctx.country);
    if (cue && !isLinkOnly(line)) {
      const kind = i <= excludedUntil ? 'excluded' : cue.kind;
      let { drafts: found, next } = readBlock(lines, i, cue.remainder, kind, ctx, block);
      const hint = ctx.countryGuessed ? emailCountry(found) : undefined;
      // "Phone: 020 7946 0958 / jane@acme.co.uk" on an English page of a .com site: read it as British.
      if (hint && hint !== ctx.country) ({ drafts: found, next } = readBlock(lines, i, cue.remainder, kind, { ...ctx, country: hint }, block));
      block++;
      drafts.push(...found);
      i = next - 1;
      continue;
    }
    // A newsroom business card with no heading: a name, then a press job title.
    const prev = lines[i - 1];
    if (!line.chrome && isMediaRoleLine(line.text) && prev && !prev.chrome && isPersonName(prev.text)) {
      const { drafts: found, next } = readBlock(lines, i, `${prev.text} | ${line.text}`, 'media', ctx, block++);
      drafts.push(...found);
      i = next - 1;
    }
  }
  return drafts;
}
