import type { CountryCode } from 'libphonenumber-js/max';
import {
  ALWAYS_CONNECTORS, AUDIENCE_SUB_LABELS, OFFICE_DETERMINERS, OFFICE_NOUNS, TITLE_PREPOSITIONS, type FieldKind,
} from '../cues/contact-cues';
import { escapeRegExp } from '../text-norm';
import { findCues, type CueKind } from './cues';
import { lineFields, type Item } from './fields';
import { ADDRESS, splitPieces, STRONG_ORG_HINT } from './piece-split';
import { addressSpellsName, addressSpellsWholeName, isPersonName, isPersonNameOrAddressed, isSalutedSurname, nameInProse, shownName, startsWithGivenName } from './names';
import { hasLegalForm } from './legal-forms';
import { isOrganization, isRole, matchesKnownOrganization, knownOrganizationMatch, titleBeforeKnownBody } from './roles';
import { cjkOrganizationAndUnit, isPressUnit, isSubUnit, officeBeforeBody } from './units';

// Reads the lines of one contact block into draft contacts, one per person or mailbox: a new draft starts at
// a new name once the current one has data, at a sub-label ("Investor Relations:", "For Public Inquiries:"),
// at a title after a person's data, and at an organization or postal address after data (the office's
// address box that often follows the press officer: "Bundesverband WindEnergie e.V. / EUREF-Campus 16 / info@…").

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
  // The page hid this contact's address ("[email protected]", a cloaking notice): keep the person without it.
  hiddenEmail: boolean;
  // Which block it was read from (to label "Media" where that block also had investor contacts).
  block: number;
  // An explicit sub-label ("Media:", "Investors:") named its kind.
  labelled: boolean;
  // The block was opened by a generic "Contact"/"Kontakt", not by a press cue.
  genericBlock: boolean;
}

export interface BlockContext {
  issuer: string | null;
  country: CountryCode | undefined;
  // The country is only the language's default; a block whose e-mails all share a ccTLD is re-read in it.
  countryGuessed: boolean;
  // The page was detected as a release (see ContactContext).
  release?: boolean;
}

const alt = (words: readonly string[]) => words.map(escapeRegExp).join('|');
const OFFICE_IN_PROSE = new RegExp(
  String.raw`^(?:(?:${alt(ALWAYS_CONNECTORS)})\s+)?(?:${alt(OFFICE_DETERMINERS)})\s+(?:\p{L}+\s+)?(?:${alt([...AUDIENCE_SUB_LABELS, 'news'])})\s*(?:${alt(OFFICE_NOUNS)})?$`,
  'iu',
);

function newDraft(kind: CueKind, block: number, afterNamed: boolean, genericBlock: boolean): Draft {
  return { name: null, role: null, organization: null, emails: [], phones: [], kind, hasAddress: false, afterNamed, hiddenEmail: false, block, labelled: false, genericBlock };
}

// A hidden address counts as data: the person behind it is a contact, and a name after it is the next one.
const hasData = (d: Draft) => d.emails.length > 0 || d.phones.length > 0 || d.hiddenEmail;
const hasFullCard = (d: Draft) => d.emails.length > 0 && d.phones.length > 0;
const isEmpty = (d: Draft) => !hasData(d) && !d.name && !d.role && !d.organization;

// "… or to the lab's manager, Carla Diaz": a piece that opens with a preposition is a phrase, not a title.
const PROSE_START = new RegExp(String.raw`^(?:${alt(TITLE_PREPOSITIONS)})\s`, 'iu');


export class BlockReader {
  readonly drafts: Draft[] = [];
  private current: Draft;
  private namedSeen = false;
  private pendingFirstName: string | null = null;
  // The current role was read before the name: it may describe the office, and the person's own title wins.
  private roleBeforeName = false;
  // An organization heading the block before any person ("Stadtwerke Havelland GmbH / Unternehmenskommunikation").
  private blockOrganization: string | null = null;

  private readonly genericBlock: boolean;
  private lastBare = false;
  // Which line() call is being read, and which one named the current person: a title on the name's own line
  // ("Anna Reid, anna@…, Senior Media Officer, +44 …") is that person's, even after their address.
  private lineNo = 0;
  private nameLineNo = -1;
  // The current person has an address or number on a line after their name's.
  private dataBelowName = false;
  // Lines of the page, as beginLine() counts them (lineNo counts the pieces a cue cuts a line into), and the name's.
  private physicalLine = 0;
  private namePhysicalLine = -1;
  private headerRow = false;
  // Names were seen after the addresses they own ("jane@acme.com (Jane Doe)").
  private nameFollowsData = false;
  // A name-shaped piece not taken for a person ("LUVRIIA HINTZ": capitals and a given name no list knows), kept
  // until an address below it spells it whole and so makes it the person's name.
  private nameCandidate: string | null = null;
  // The current organization was read from its words alone, not a legal form or a known body (guessWasTitle).
  private guessedOrganization: string | null = null;

  constructor(private readonly ctx: BlockContext, private readonly block: number, kind: CueKind, private blockRole: string | null = null) {
    this.genericBlock = kind === 'generic';
    this.current = newDraft(kind === 'generic' ? 'media' : kind, block, false, this.genericBlock);
  }

  // The kind a new person in the block gets: that of the one before, except that a person after a public line
  // ("For Public Inquiries: …") is a press contact again.
  private nextKind(): CueKind {
    return this.current.kind === 'excluded' ? 'media' : this.current.kind;
  }

  // The current contact has data, and a person's is more than an address on their name's line ("[Jane Doe](mailto:…)" /
  // "Responsabile Ufficio Stampa": the title under it, cue or not, is still theirs).
  private cardEnded(): boolean {
    return hasData(this.current) && (!this.current.name || this.dataBelowName || hasFullCard(this.current) || this.namePhysicalLine === this.physicalLine);
  }

  // A new line of the page starts (feedLine calls this before its labels and pieces).
  beginLine(): void {
    this.physicalLine++;
  }

  private noteData(): void {
    if (this.current.name && this.lineNo !== this.nameLineNo) this.dataBelowName = true;
  }

  private close(kind: CueKind): void {
    if (!isEmpty(this.current)) this.drafts.push(this.current);
    if (this.current.name) this.namedSeen = true;
    this.current = newDraft(kind, this.block, this.namedSeen, this.genericBlock);
    this.roleBeforeName = false;
    this.dataBelowName = false;
  }

  // `continues`: the piece right before, on this line, was a title too ("Director, Corporate Communications",
  // "Vice President, Media Relations"): the comma is inside one title, not between two.
  setRole(role: string, continues = false): void {
    if (continues && this.current.role) {
      this.current.role = `${this.current.role}, ${role}`;
      return;
    }
    // A title after a person's phone and e-mail heads the next person ("IHR ANSPRECHPARTNER FÜR ENERGIE").
    // An address on the name's own line ("[Jane Doe](mailto:…)" / "Director of Communications") does not end the card:
    // the title under it is still theirs.
    if (this.current.name && (this.dataBelowName || hasFullCard(this.current)) && this.nameLineNo !== this.lineNo) this.close(this.nextKind());
    // A role read before the name may describe the office ("Media Relations contact"): the person's own title,
    // after the name, wins.
    if (!this.current.role || this.roleBeforeName) {
      this.current.role = role;
      this.roleBeforeName = !this.current.name;
    }
  }

  // A cue inside a line that is not a label of its own ("Media Relations Manager", "Philips Investor Relations"):
  // it says which kind of contact the current one is.
  describe(kind: CueKind): void {
    if (kind === 'generic' || kind === this.current.kind) return;
    if (this.cardEnded()) this.close(kind);
    else this.current.kind = kind;
  }

  // A sub-label inside the block: "Investor Relations:", "Media:", "For Public Inquiries:". After data it starts
  // the next contact; before data it describes the current one ("Derya Guzel / Philips Investor Relations").
  // `title`: the label is a job title or press office ("Responsabile Ufficio Stampa"), which may be the current person's.
  subLabel(kind: CueKind, title = false): void {
    const ended = title ? this.cardEnded() : hasData(this.current);
    if (kind === 'generic') {
      if (ended) this.close(this.nextKind());
      return;
    }
    if (ended) this.close(kind);
    else this.current.kind = kind;
    this.current.labelled = true;
  }

  private setName(name: string): void {
    // "jane@acme.com (Jane Doe)": a name after an address that spells it is that address's owner.
    const owner = !this.current.name && this.current.emails.some((e) => addressSpellsName(e, name));
    if (owner) this.nameFollowsData = true;
    else if (this.current.name || hasData(this.current)) this.close(this.nextKind());
    this.current.name = shownName(name);
    this.nameLineNo = this.lineNo;
    this.namePhysicalLine = this.physicalLine;
    this.dataBelowName = false;
  }

  // A label that names a press office of a body ("Pressestelle der Stadtwerke Talheim"): the role and organization of
  // the people under it.
  // Japanese and Chinese sign a block with the company and its unit ("株式会社ミドリ 広報部").
  officeLabel(label: string): void {
    if (officeBeforeBody(label)) this.setOrganization(label);
    const cjk = cjkOrganizationAndUnit(label);
    if (!cjk?.organization || cjk.rest) return;
    this.setOrganization(cjk.organization);
    this.blockRole ??= cjk.unit;
  }

  // "Prof. Dr. Martina Vogt / Lehrstuhl für Zellbiologie / Universität Heidelberg": a piece under the name taken for
  // the organization only by its words, followed by another organization before any data, was the person's title
  // or department. The card's order (name, title, body, then data) decides what no word list can.
  private guessWasTitle(): void {
    const d = this.current;
    if (!d.name || d.role || hasData(d) || !d.organization || d.organization !== this.guessedOrganization) return;
    d.role = d.organization;
    d.organization = null;
    this.guessedOrganization = null;
  }

  // `ownLine`: a labelled organization on the person's own line ("Name: … Email: … Organization: …") is theirs.
  private setOrganization(organization: string, ownLine = false): void {
    if (hasData(this.current) && this.current.name && !(ownLine && this.nameLineNo === this.lineNo)) this.close(this.current.kind);
    // "Pressestelle der Stadtwerke Lindau": the press office is the person's role, the body their organization.
    const office = officeBeforeBody(organization);
    const org = office ? office.body : organization;
    if (office) this.current.role ??= office.office;
    if (!this.current.organization) this.current.organization = org;
    if (this.drafts.length === 0 && !this.current.name && !hasData(this.current)) this.blockOrganization ??= org;
  }

  // Returns whether the line held anything a contact is made of.
  line(text: string, inherited: FieldKind | null): { useful: boolean; dangling: FieldKind | null } {
    this.lineNo++;
    const fields = lineFields(text, this.ctx.country, inherited, this.ctx.countryGuessed);
    // A label alone ("Phone" in a <th>) names the next line, unless labels follow each other: then they are a
    // table's header row ("Name | Organisation | Phone | E-mail") and name no single line after them.
    const bare = fields.danglingLabel !== null && fields.items.length === 0;
    this.headerRow = bare && (this.headerRow || this.lastBare);
    this.lastBare = bare;
    if (bare) return { useful: true, dangling: this.headerRow ? null : fields.danglingLabel };
    const domains = fields.emails.map((e) => e.split('@')[1] ?? '');
    const lineHasData = fields.emails.length > 0 || fields.phones.length > 0 || fields.items.some((i) => i.kind === 'hidden');
    let useful = lineHasData;
    const items = splitPieces(fields.items, fields.emails, this.ctx.issuer);
    const dataFollows = (at: number) => fields.items.some((i) => i.kind !== 'piece' && i.at > at);
    let wasRole = false;
    let previous: Item | null = null;
    for (const piece of items) {
      const afterRole = wasRole;
      wasRole = false;
      // The piece before was this contact's name, on this line ("Mette Sørensen, pressechef, Aarhus Kommune").
      const afterName = !!previous && previous.kind === 'piece' && !!this.current.name && shownName(previous.text) === this.current.name;
      previous = piece;
      if (piece.kind === 'hidden') {
        this.current.hiddenEmail = true;
        this.noteData();
        useful = true;
        continue;
      }
      if (piece.kind === 'email') {
        // "jane@… (Jane Doe), john@… (John Roe)": where names follow their addresses, an address after a named one is
        // the next person's.
        if (this.nameFollowsData && this.current.name && this.current.emails.length > 0) this.close(this.nextKind());
        if (!this.current.emails.includes(piece.text)) this.current.emails.push(piece.text);
        this.noteData();
        if (!this.current.name && this.nameCandidate && addressSpellsWholeName(piece.text, this.nameCandidate)) {
          if (this.current.organization === this.nameCandidate) this.current.organization = null;
          this.current.name = shownName(this.nameCandidate);
        }
        this.nameCandidate = null;
        continue;
      }
      if (piece.kind === 'phone') {
        if (!this.current.phones.includes(piece.text)) this.current.phones.push(piece.text);
        this.noteData();
        continue;
      }
      // "…, and John Roe, john@…": the joining word is not part of the name.
      const t = piece.text.trim().replace(/^(?:and|und|et|y|e|or|oder|ou|o)\s+(?=\p{Lu})/u, '');
      if (t.length < 2 || t.length > 120) continue;
      // Read once: the piece is tested as a name by several branches below.
      const personName = isPersonName(t) || isSalutedSurname(t);
      if (!this.current.name && !piece.label && !personName && isPersonName(t, true)) this.nameCandidate = t;
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
      if (piece.label === 'name' && personName) {
        this.setName(t);
        useful = true;
        continue;
      }
      if (piece.label === 'role') {
        this.setRole(t, afterRole);
        wasRole = true;
        useful = true;
        continue;
      }
      if (piece.label === 'address') {
        this.current.hasAddress = true;
        useful = true;
        continue;
      }
      if (piece.label === 'organization') {
        this.setOrganization(t, true);
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
      // "Tom Berger, tom@berger-pr.com": a name that starts with a known given name is a person even when the
      // address's domain spells the surname; only the issuer's own name makes it an organization.
      const knownOrg = startsWithGivenName(t) ? matchesKnownOrganization(t, this.ctx.issuer, []) : matchesKnownOrganization(t, this.ctx.issuer, domains);
      const cjk = cjkOrganizationAndUnit(t);
      if ((personName || isPersonNameOrAddressed(t, fields.emails)) && !knownOrg) {
        // "Katie Sullivan / Springer Nature": a second name-like piece before any data is the organization, unless
        // only the second starts with a given name ("Sociedad Anónima de Capital Variable / Ian A. Northon").
        const secondBeforeData = !!this.current.name && !hasData(this.current) && !this.current.organization;
        if (secondBeforeData && fields.emails.length + fields.phones.length === 0) {
          if (startsWithGivenName(t) && !startsWithGivenName(this.current.name ?? '')) {
            this.current.organization = this.current.name;
            this.current.name = shownName(t);
          } else this.current.organization = t;
        } else if (this.current.name && !this.current.organization && (secondBeforeData || (this.nameLineNo === this.lineNo && !hasFullCard(this.current))) && startsWithGivenName(this.current.name) && !startsWithGivenName(t)) {
          // On the person's own line, with their address: "Carla Diaz (Nature Microbiology), c.diaz@…", "Carla Diaz
          // c.diaz@… (Nature Microbiology)". After an address and a number the person's card is complete, and a name
          // is the next person's ("Rahul Sharma, rahul@…, +1 … | Nguyen Thi Lan, …").
          this.current.organization = t;
        } else this.setName(t);
        useful = true;
      } else if (cjk) {
        // "ミドリ精機株式会社 広報部": the company, and the press office the person works in.
        if (cjk.organization) this.setOrganization(cjk.organization);
        if (cjk.rest && isPersonName(cjk.rest)) this.setName(cjk.rest);
        if (cjk.unit) this.setRole(cjk.unit);
        useful = true;
      } else if (!/^\p{Lu}/u.test(t) && !PROSE_START.test(t) && isRole(t) && t.split(/\s+/).length <= 6 && (lineHasData || afterName || (fields.items.length === 1 && !!this.current.name))) {
        // Romance, Slavic and Nordic languages write titles in lower case: "María García, responsable de comunicación,
        // maria@…", or on the line under the name ("Anna Kowalska / rzeczniczka prasowa / tel. …"); on a line with an
        // address or number, right after the name, or alone under a name, so a sentence fragment of prose is not taken
        // for one.
        this.setRole(t, afterRole);
        wasRole = true;
        useful = true;
      } else if (!/^\p{Lu}/u.test(t) && this.current.name && hasData(this.current) && OFFICE_IN_PROSE.test(t)) {
        // "…, or the press office on 020 7946 0000": the office's line after a person's is a contact of its own.
        this.close(this.current.kind);
        useful = true;
      } else if (!/^\p{Lu}/u.test(t) || t.split(/\s+/).length > 8) {
        // A sentence fragment ("including consultation with a professional financial advisor"), not a field, unless
        // it names the person whose address or number follows ("… contact Jane Doe in the Office of Communications
        // at jane@…").
        const named = dataFollows(piece.at) ? nameInProse(t, fields.emails) : null;
        if (named && !matchesKnownOrganization(named, this.ctx.issuer, domains)) {
          this.setName(named);
          useful = true;
        }
        continue;
      } else if (this.current.name && !this.current.role && !hasData(this.current) && isSubUnit(t)) {
        // "Prof. Dr. Martina Vogt / Institut für Zellbiologie": the unit the person works in is their role; the body is
        // named after it, or is the issuer.
        this.setRole(t, afterRole);
        wasRole = true;
        useful = true;
      } else if (isPressUnit(t)) {
        // "Dr. Markus Feld / Referat Presse- und Öffentlichkeitsarbeit / Universität Oberhain": the press office the
        // person works in is their role; the body is named elsewhere, or is the issuer.
        this.setRole(t, afterRole);
        wasRole = true;
        useful = true;
      } else if (STRONG_ORG_HINT.test(t) || knownOrg) {
        // "Senior Manager Kestrel Bio, Inc.", "Pressesprecher der Stadt Kaltenbach": a title run into the issuer's or the
        // address's name; the title is the role, without the word that links it to the body.
        const titled = titleBeforeKnownBody(t, (rest) => knownOrganizationMatch(rest, this.ctx.issuer, domains));
        if (titled) this.setRole(titled[0]);
        else this.guessWasTitle();
        this.setOrganization(titled ? titled[1] : t);
        useful = true;
      } else if (isRole(t)) {
        this.setRole(t, afterRole);
        wasRole = true;
        useful = true;
      } else if (isOrganization(t, this.ctx.issuer, domains)) {
        this.guessWasTitle();
        this.setOrganization(t);
        if (!hasLegalForm(t)) this.guessedOrganization = this.current.organization;
        useful = true;
      } else if (!lineHasData && this.current.name && !this.current.organization && !hasData(this.current) && /^\p{Lu}[\p{L}&.' -]{2,40}$/u.test(t) && findCues(t).length === 0) {
        // A short capitalised piece right after a name: the agency ("Relevance").
        this.current.organization = t;
        this.guessedOrganization = t;
        useful = true;
      } else if (/\s\p{Ll}{2,}/u.test(t) && dataFollows(piece.at)) {
        // "…, Alice Granger can be reached at agranger@…": a sentence that opens with the name.
        const named = nameInProse(t, fields.emails);
        if (named && t.startsWith(named) && !matchesKnownOrganization(named, this.ctx.issuer, domains)) {
          this.setName(named);
          useful = true;
        }
      }
    }
    return { useful, dangling: fields.danglingLabel };
  }

  // "contact Jane Doe or Bill Roe at jane.doe@… and bill.roe@…": names listed before their addresses. The addresses
  // all went to the last name; each goes back to the earlier name it spells.
  private shareListedAddresses(): void {
    for (let i = this.drafts.length - 1; i > 0; i--) {
      const last = this.drafts[i];
      if (!last?.name || last.emails.length === 0) continue;
      for (let j = i - 1; j >= 0; j--) {
        const earlier = this.drafts[j];
        if (!earlier?.name || hasData(earlier)) break;
        const own = last.emails.filter((e) => addressSpellsName(e, earlier.name ?? '') && !addressSpellsName(e, last.name ?? ''));
        if (own.length === 0) break;
        // "Jane Dorsey, who speaks for Mark Linden, jdorsey@…, 217-…": every address spells the earlier name, so the
        // later one is only mentioned; the data is all the earlier person's.
        const allEarlier = own.length === last.emails.length;
        earlier.emails.push(...own);
        last.emails = last.emails.filter((e) => !own.includes(e));
        earlier.phones.push(...last.phones);
        if (allEarlier) last.phones = [];
      }
    }
  }

  finish(): Draft[] {
    this.close('media');
    // "Anna Berger / Tel. … / anna@… / Pressesprecherin der Stadtwerke": a title after the last person's data, with
    // no one after it, was that person's after all.
    const last = this.drafts[this.drafts.length - 1];
    const before = this.drafts[this.drafts.length - 2];
    if (last && before && last.role && !last.name && !hasData(last) && before.name && !before.role) {
      before.role = last.role;
      before.organization ??= last.organization;
      this.drafts.pop();
    }
    this.shareListedAddresses();
    if (this.blockOrganization) for (const d of this.drafts) d.organization ??= this.blockOrganization;
    // A press office heading ("Pressestelle", "Ufficio Stampa") is also the role of a mailbox under it with no name.
    const unitRole = !!this.blockRole && isPressUnit(this.blockRole);
    if (this.blockRole) for (const d of this.drafts) if (d.name || unitRole) d.role ??= this.blockRole;
    return this.drafts;
  }
}
