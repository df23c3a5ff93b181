import { allFakers, type Faker } from '@faker-js/faker';
import { extract } from '../utils/extract/extract';
import { textToDocument } from '../utils/extract/text-to-document';
import { htmlDocumentFactory, parseHtml } from './lib/parse-html';
import { leniently, nameKey } from './lib/match';

// npm run stress-contacts [-- --seed N --per M --show LAYOUT|KIND|LANG|issuer|roles]
// A generalisation check that owes nothing to the corpus: synthetic releases in six languages, each ending in a
// contact section laid out one of several common ways, with people drawn from faker's locales (names with a middle
// initial, a title, a particle, a hyphen, an accent, or a given name no list knows). It prints, per layout and per
// kind of name, how many contacts were found by name, with their role, e-mail and phone, and the names read that
// are not people of the text. A layout or name kind far below the rest is a general cause to fix; the figures are
// not a target to fit (the texts are ours, so a rule written for one template proves nothing).

interface Person { name: string; role: string; email: string; phone: string; kind: string }
interface Lang {
  code: string;
  // "Name:" and "Title:" labels, polite forms of address (for a woman, for a man), and "and".
  nameLabel: string;
  roleLabel: string;
  honorifics: [string, string];
  and: string;
  faker: Faker;
  city: string;
  lede: (org: string) => string;
  label: string;
  roles: string[];
  tel: string;
  mail: string;
  sentence: (p: Person, org: string) => string;
  about: (org: string) => string;
  // People a release names who are not its contacts: a quoted executive, a photographer.
  quote: (ceo: string, org: string) => string;
  photo: string;
}

const LANGS: Lang[] = [
  {
    code: 'en', nameLabel: 'Name:', roleLabel: 'Title:', honorifics: ['Ms.', 'Mr.'], and: 'and',
    faker: allFakers.en_US, city: 'CHICAGO, March 3, 2026', label: 'Media Contact:',
    lede: (org) => `${org} today announced the opening of a new research centre that will employ 120 people. The centre will focus on battery recycling and open to visitors in June.`,
    roles: ['Communications Manager', 'Director of Public Relations', 'Press Officer', 'Senior Media Relations Specialist', 'Head of Corporate Communications',
      'Senior Science Writer', 'Public Information Officer', 'Media Liaison', 'Assistant Professor of Chemistry', 'Vice President, Global Communications', 'News Director', 'Digital Content Strategist', 'External Relations Lead', 'Marketing & Communications Coordinator'],
    tel: 'Phone:', mail: 'Email:',
    sentence: (p, org) => `For more information or to arrange an interview, please contact ${p.name}, ${p.role} at ${org}, at ${p.email} or ${p.phone}.`,
    about: (org) => `About ${org}\n${org} develops recycling technology for lithium batteries and employs 900 people in four countries.`,
    quote: (ceo, org) => `"This centre is a milestone for us," said ${ceo}, Chief Executive Officer of ${org}.`,
    photo: 'Photo:',
  },
  {
    code: 'de', nameLabel: 'Name:', roleLabel: 'Funktion:', honorifics: ['Frau', 'Herr'], and: 'und',
    faker: allFakers.de, city: 'Hamburg, 3. März 2026', label: 'Pressekontakt:',
    lede: (org) => `Die ${org} hat heute ein neues Forschungszentrum eröffnet, in dem 120 Menschen arbeiten werden. Das Zentrum widmet sich dem Recycling von Batterien.`,
    roles: ['Pressesprecherin', 'Leiter Unternehmenskommunikation', 'Referentin Presse- und Öffentlichkeitsarbeit', 'Pressereferent', 'Leiterin Kommunikation',
      'Wissenschaftliche Mitarbeiterin', 'Stellv. Pressesprecher', 'Leiterin Presse- und Öffentlichkeitsarbeit', 'Referent für Wissenschaftskommunikation', 'Leitung Marketing & Kommunikation', 'Sprecherin der Geschäftsführung', 'Abteilungsleiter Medien', 'Junior PR-Managerin'],
    tel: 'Tel.:', mail: 'E-Mail:',
    sentence: (p, org) => `Für Rückfragen wenden Sie sich bitte an ${p.name}, ${p.role} der ${org}, Tel. ${p.phone}, E-Mail: ${p.email}.`,
    about: (org) => `Über die ${org}\nDie ${org} entwickelt Recyclingverfahren für Lithiumbatterien und beschäftigt 900 Mitarbeitende.`,
    quote: (ceo, org) => `„Das Zentrum ist ein Meilenstein“, sagt ${ceo}, Vorstandsvorsitzender der ${org}.`,
    photo: 'Foto:',
  },
  {
    code: 'fr', nameLabel: 'Nom :', roleLabel: 'Fonction :', honorifics: ['Mme', 'M.'], and: 'et',
    faker: allFakers.fr, city: 'Paris, le 3 mars 2026', label: 'Contact presse :',
    lede: (org) => `${org} annonce aujourd'hui l'ouverture d'un nouveau centre de recherche qui emploiera 120 personnes. Le centre se consacrera au recyclage des batteries.`,
    roles: ['Responsable des relations presse', 'Chargée de communication', 'Directeur de la communication', 'Attachée de presse',
      'Responsable communication et relations presse', 'Chargé de mission communication', 'Cheffe du service presse', 'Directrice de la communication et du numérique', 'Maître de conférences en biologie', 'Conseiller presse du maire'],
    tel: 'Tél. :', mail: 'Courriel :',
    sentence: (p, org) => `Pour toute information complémentaire, veuillez contacter ${p.name}, ${p.role} chez ${org}, au ${p.phone} ou par courriel à ${p.email}.`,
    about: (org) => `À propos de ${org}\n${org} développe des procédés de recyclage des batteries et emploie 900 personnes.`,
    quote: (ceo, org) => `« Ce centre est une étape importante », a déclaré ${ceo}, président-directeur général de ${org}.`,
    photo: 'Photo :',
  },
  {
    code: 'es', nameLabel: 'Nombre:', roleLabel: 'Cargo:', honorifics: ['Sra.', 'Sr.'], and: 'y',
    faker: allFakers.es, city: 'Madrid, 3 de marzo de 2026', label: 'Contacto de prensa:',
    lede: (org) => `${org} ha inaugurado hoy un nuevo centro de investigación que empleará a 120 personas. El centro se dedicará al reciclaje de baterías.`,
    roles: ['Responsable de Comunicación', 'Directora de Prensa', 'Jefe de Prensa', 'Técnica de Comunicación',
      'Gabinete de Comunicación', 'Responsable de Prensa y Redes Sociales', 'Directora de Comunicación Corporativa', 'Coordinador de Medios', 'Investigadora principal', 'Portavoz del Ayuntamiento'],
    tel: 'Tel.:', mail: 'Correo:',
    sentence: (p, org) => `Para más información, pueden contactar con ${p.name}, ${p.role} de ${org}, en el ${p.phone} o en ${p.email}.`,
    about: (org) => `Sobre ${org}\n${org} desarrolla procesos de reciclaje de baterías y emplea a 900 personas.`,
    quote: (ceo, org) => `"Este centro es un hito", afirmó ${ceo}, consejero delegado de ${org}.`,
    photo: 'Foto:',
  },
  {
    code: 'it', nameLabel: 'Nome:', roleLabel: 'Ruolo:', honorifics: ['Dott.ssa', 'Dott.'], and: 'e',
    faker: allFakers.it, city: 'Milano, 3 marzo 2026', label: 'Contatti stampa:',
    lede: (org) => `${org} ha inaugurato oggi un nuovo centro di ricerca che darà lavoro a 120 persone. Il centro si occuperà del riciclo delle batterie.`,
    roles: ['Responsabile Ufficio Stampa', 'Addetta stampa', 'Direttore Comunicazione', 'Media Relations Manager',
      'Ufficio Stampa e Comunicazione', 'Responsabile Relazioni Esterne', 'Capo Ufficio Stampa', 'Ricercatrice senior', 'Addetto alle relazioni con i media'],
    tel: 'Tel.', mail: 'E-mail:',
    sentence: (p, org) => `Per ulteriori informazioni contattare ${p.name}, ${p.role} di ${org}, tel. ${p.phone}, e-mail ${p.email}.`,
    about: (org) => `Chi è ${org}\n${org} sviluppa processi di riciclo delle batterie e impiega 900 persone.`,
    quote: (ceo, org) => `"Questo centro è una tappa fondamentale", ha dichiarato ${ceo}, amministratore delegato di ${org}.`,
    photo: 'Foto:',
  },
  {
    code: 'nl', nameLabel: 'Naam:', roleLabel: 'Functie:', honorifics: ['mevrouw', 'de heer'], and: 'en',
    faker: allFakers.nl, city: 'Utrecht, 3 maart 2026', label: 'Persvoorlichting:',
    lede: (org) => `${org} heeft vandaag een nieuw onderzoekscentrum geopend waar 120 mensen gaan werken. Het centrum richt zich op het recyclen van batterijen.`,
    roles: ['Woordvoerder', 'Persvoorlichter', 'Manager Communicatie', 'Woordvoerster',
      'Senior Communicatieadviseur', 'Woordvoerder van de burgemeester', 'Hoofd Communicatie', 'Persvoorlichter Politie', 'Adviseur Pers en Media'],
    tel: 'Tel.:', mail: 'E-mail:',
    sentence: (p, org) => `Voor meer informatie kunt u contact opnemen met ${p.name}, ${p.role} van ${org}, via ${p.phone} of ${p.email}.`,
    about: (org) => `Over ${org}\n${org} ontwikkelt recyclingprocessen voor batterijen en heeft 900 medewerkers.`,
    quote: (ceo, org) => `"Dit centrum is een mijlpaal," zegt ${ceo}, algemeen directeur van ${org}.`,
    photo: 'Foto:',
  },
];

const PHONES: Record<string, () => string> = {
  en: () => `+1 312 555 0${100 + Math.floor(rand() * 899)}`,
  de: () => `+49 40 ${300000 + Math.floor(rand() * 600000)}`,
  fr: () => `+33 1 44 ${10 + Math.floor(rand() * 89)} ${10 + Math.floor(rand() * 89)} ${10 + Math.floor(rand() * 89)}`,
  es: () => `+34 91 ${100 + Math.floor(rand() * 899)} ${10 + Math.floor(rand() * 89)} ${10 + Math.floor(rand() * 89)}`,
  it: () => `+39 02 ${1000 + Math.floor(rand() * 8999)} ${1000 + Math.floor(rand() * 8999)}`,
  nl: () => `+31 30 ${100 + Math.floor(rand() * 899)} ${1000 + Math.floor(rand() * 8999)}`,
};

let state = 1;
function rand(): number {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

// Given names no list holds: syllables that read as a name in most European languages.
function inventedGiven(): string {
  const a = pick(['Ta', 'Vo', 'Ke', 'Ri', 'Mo', 'Sa', 'Lu', 'De', 'Ny', 'Ka']);
  const b = pick(['vri', 'lun', 'ser', 'mar', 'tel', 'dor', 'vin', 'ret']);
  const c = pick(['a', 'o', 'is', 'en', 'ia', 'ek', '']);
  return a + b + c;
}

const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z]/g, '').toLowerCase();

function person(lang: Lang, kind: string, domain: string): Person {
  const f = lang.faker;
  let given = f.person.firstName();
  let family = f.person.lastName();
  let name = `${given} ${family}`;
  if (kind === 'initial') name = `${given} ${pick('ABCDEFGHJKLMNPRSTW'.split(''))}. ${family}`;
  if (kind === 'title') name = `${pick(['Dr.', 'Prof. Dr.', 'Dr'])} ${given} ${family}`;
  if (kind === 'suffix') name = `${given} ${family}, ${pick(['Ph.D.', 'MBA', 'Jr.'])}`;
  if (kind === 'hyphen') {
    family = `${family}-${f.person.lastName()}`;
    name = `${given} ${family}`;
  }
  if (kind === 'particle' && !/\s/.test(family)) {
    family = `${pick(['van der', 'de la', 'von', 'di', 'van', 'de'])} ${family}`;
    name = `${given} ${family}`;
  }
  if (kind === 'invented') {
    given = inventedGiven();
    name = `${given} ${family}`;
  }
  const email = `${ascii(given)}.${ascii(family.split(' ').pop()!)}@${domain}`;
  return { name, role: pick(lang.roles), email, phone: PHONES[lang.code]!(), kind };
}

type Layout = (lang: Lang, people: Person[], org: string) => string;

// The layouts whose text gives no role, so roles are not counted for them.
const NO_ROLE = new Set(['parens', 'nameMailOnly', 'twoOnOneLine']);
// (HTML_LAYOUTS give every field.)
const NO_PHONE = new Set(['nameMailOnly', 'twoOnOneLine']);
const NO_EMAIL = new Set(['phoneOnly']);

const cells = (l: Lang, p: Person) => [p.name, p.role, p.phone, p.email];

const LAYOUTS: Record<string, Layout> = {
  // A markdown table, as text exports of wire releases write one.
  table: (l, ps) => `${l.label}\n\n| ${l.nameLabel.replace(/\s*:$/, '')} | ${l.roleLabel.replace(/\s*:$/, '')} | ${l.tel.replace(/[.:\s]+$/, '')} | ${l.mail.replace(/\s*:$/, '')} |\n|---|---|---|---|\n${ps.map((p) => `| ${cells(l, p).join(' | ')} |`).join('\n')}`,
  labelled: (l, ps) => `${l.label}\n${ps.map((p) => `${l.nameLabel} ${p.name}\n${l.roleLabel} ${p.role}\n${l.tel} ${p.phone}\n${l.mail} ${p.email}`).join('\n\n')}`,
  honorific: (l, ps) => `${l.label}\n${ps.map((p, i) => `${l.honorifics[i % 2]} ${p.name}\n${p.role}\n${l.tel} ${p.phone}\n${l.mail} ${p.email}`).join('\n\n')}`,
  capitals: (l, ps) => `${l.label}\n${ps.map((p) => `${p.name.toUpperCase()}\n${p.role}\n${p.phone}\n${p.email}`).join('\n\n')}`,
  markdownBold: (l, ps) => `**${l.label}**\n${ps.map((p) => `**${p.name}**\n${p.role}\n${l.tel} ${p.phone}\n${l.mail} ${p.email}`).join('\n\n')}`,
  phoneOnly: (l, ps) => `${l.label}\n${ps.map((p) => `${p.name}, ${p.role}\n${l.tel} ${p.phone}`).join('\n\n')}`,
  roleInParens: (l, ps) => `${l.label}\n${ps.map((p) => `${p.name} (${p.role})\n${p.phone} | ${p.email}`).join('\n\n')}`,
  // A plain-text wire that lost its line breaks: every field of every contact on one line.
  runTogether: (l, ps, org) => `${l.label} ${ps.map((p) => `${p.name} ${p.role} ${org} ${p.phone} ${p.email}`).join(' ')}`,
  twoOnOneLine: (l, ps) => `${l.label} ${ps.map((p) => `${p.name} (${p.email})`).join(` ${l.and} `)}`,
  stacked: (l, ps, org) => `${l.label}\n\n${ps.map((p) => `${p.name}\n${p.role}\n${org}\n${l.tel} ${p.phone}\n${l.mail} ${p.email}`).join('\n\n')}`,
  stackedNoLabels: (l, ps) => `${l.label}\n${ps.map((p) => `${p.name}\n${p.role}\n${p.phone}\n${p.email}`).join('\n\n')}`,
  oneLine: (l, ps, org) => ps.map((p) => `${l.label} ${p.name}, ${p.role}, ${org}, ${p.phone}, ${p.email}`).join('\n'),
  sentence: (l, ps, org) => ps.map((p) => l.sentence(p, org)).join('\n\n'),
  pipes: (l, ps) => `${l.label}\n${ps.map((p) => `${p.name} | ${p.role} | ${p.email} | ${p.phone}`).join('\n')}`,
  parens: (l, ps) => `${l.label}\n${ps.map((p) => `${p.name} (${p.email}), ${p.phone}`).join('\n')}`,
  nameMailOnly: (l, ps) => `${l.label}\n${ps.map((p) => `${p.name}\n${p.email}`).join('\n\n')}`,
  // A mail client's form ("Jane Doe <jane@…>") and a Markdown card whose name is the mailto link, with hard breaks.
  angleAddress: (l, ps) => `${l.label}\n${ps.map((p) => `${p.name} <${p.email}>, ${p.role}, ${p.phone}`).join('\n')}`,
  markdownLinkName: (l, ps) => `**${l.label}**\n\n${ps.map((p) => `[${p.name}](mailto:${p.email})  \n${p.role}  \n${p.phone}`).join('\n\n')}`,
  roleFirst: (l, ps) => `${l.label}\n${ps.map((p) => `${p.role}: ${p.name}\n${l.tel} ${p.phone} · ${l.mail} ${p.email}`).join('\n\n')}`,
};

// Contact sections as pages mark them up (always read as HTML): cards in a sidebar, a definition list, a table with a
// header row, fields in inline spans with no separator between them, the name as the text of its mailto link, the
// article's own footer.
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// Cloudflare's e-mail protection: a key byte, then each byte of the address XORed with it, in hex.
function cfEmail(email: string): string {
  const key = 0x5a;
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return hex(key) + [...new TextEncoder().encode(email)].map((b) => hex(b ^ key)).join('');
}

const HTML_LAYOUTS: Record<string, Layout> = {
  cloudflare: (l, ps) => `<p>${esc(l.label)}</p>${ps.map((p) => `<p>${esc(p.name)}<br>${esc(p.role)}<br>${p.phone}<br><a href="/cdn-cgi/l/email-protection#${cfEmail(p.email)}"><span class="__cf_email__" data-cfemail="${cfEmail(p.email)}">[email&#160;protected]</span></a></p>`).join('')}`,
  cards: (l, ps) => `<aside class="contacts"><h3>${esc(l.label.replace(/\s*:$/, ''))}</h3>${ps.map((p) => `<div class="card"><h4>${esc(p.name)}</h4><p class="title">${esc(p.role)}</p><p><a href="tel:${p.phone.replace(/\s/g, '')}">${p.phone}</a></p><p><a href="mailto:${p.email}">${p.email}</a></p></div>`).join('')}</aside>`,
  definitions: (l, ps) => `<h3>${esc(l.label)}</h3>${ps.map((p) => `<dl><dt>${esc(l.nameLabel.replace(/\s*:$/, ''))}</dt><dd>${esc(p.name)}</dd><dt>${esc(l.roleLabel.replace(/\s*:$/, ''))}</dt><dd>${esc(p.role)}</dd><dt>${esc(l.tel.replace(/[.:\s]+$/, ''))}</dt><dd>${p.phone}</dd><dt>${esc(l.mail.replace(/\s*:$/, ''))}</dt><dd><a href="mailto:${p.email}">${p.email}</a></dd></dl>`).join('')}`,
  headedTable: (l, ps) => `<h3>${esc(l.label)}</h3><table><tr><th>${esc(l.nameLabel.replace(/\s*:$/, ''))}</th><th>${esc(l.roleLabel.replace(/\s*:$/, ''))}</th><th>${esc(l.tel.replace(/[.:\s]+$/, ''))}</th><th>${esc(l.mail.replace(/\s*:$/, ''))}</th></tr>${ps.map((p) => `<tr><td>${esc(p.name)}</td><td>${esc(p.role)}</td><td>${p.phone}</td><td><a href="mailto:${p.email}">${p.email}</a></td></tr>`).join('')}</table>`,
  inlineSpans: (l, ps) => `<p><strong>${esc(l.label)}</strong> ${ps.map((p) => `<span class="name">${esc(p.name)}</span><span class="role">${esc(p.role)}</span><span class="tel">${p.phone}</span><a href="mailto:${p.email}">${p.email}</a>`).join('')}</p>`,
  mailtoName: (l, ps) => `<p>${esc(l.label)} ${ps.map((p) => `<a href="mailto:${p.email}">${esc(p.name)}</a>, ${esc(p.role)}, ${p.phone}`).join('; ')}</p>`,
  footerBox: (l, ps) => `<footer class="article-footer"><div class="press-box"><h2>${esc(l.label.replace(/\s*:$/, ''))}</h2>${ps.map((p) => `<p>${esc(p.name)}<br>${esc(p.role)}<br>${p.phone}<br><a href="mailto:${p.email}">${p.email}</a></p>`).join('')}</div></footer>`,
};

const KINDS = ['plain', 'initial', 'title', 'suffix', 'hyphen', 'particle', 'invented'];

// A company named after a family, as many are ("Dekker Energy", "Holzdeppe Recycling"), without faker's particles.
function orgName(lang: Lang): { org: string; domain: string } {
  const family = lang.faker.person.lastName().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).join(' ') || 'Balmont';
  const org = `${family} ${pick(['Energy', 'Recycling', 'Technologies', 'Labs', 'Group', 'GmbH', 'SA', 'NV'])}`;
  return { org, domain: `${ascii(family) || 'firm'}.example` };
}

function releaseText(lang: Lang, layout: Layout, people: Person[], org: string, html: boolean): string {
  const ceo = `${lang.faker.person.firstName()} ${lang.faker.person.lastName()}`;
  const photographer = `${lang.faker.person.firstName()} ${lang.faker.person.lastName()}`;
  const intro = `${lang.city} – ${lang.lede(org)}\n\n${lang.quote(ceo, org)}\n\n${lang.photo} ${photographer}\n\n${lang.about(org)}`;
  const contacts = layout(lang, people, org);
  if (Object.values(HTML_LAYOUTS).includes(layout)) return page(lang, org, `${paragraphs(intro)}\n${contacts}`);
  return html ? page(lang, org, paragraphs(`${intro}\n\n${contacts}`)) : `${org}: new research centre\n\n${intro}\n\n${contacts}`;
}

function paragraphs(body: string): string {
  // The HTML a Markdown source renders to: bold, links, hard breaks ("  \n") and plain breaks alike.
  return body.split(/\n\n+/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>').replace(/ *\n/g, '<br>')}</p>`).join('\n');
}

function page(lang: Lang, org: string, content: string): string {
  return `<!doctype html><html lang="${lang.code}"><head><title>${org}: new research centre</title></head><body><main><article><h1>${org}: new research centre</h1>${content}</article></main></body></html>`;
}

// The name as the scorer compares it: no title before it, no degree after it.
const bareKey = (p: Person) => nameKey(p.name.replace(/,.*$/, '').replace(/^(Prof\. )?Dr\.? /, ''));

interface Tally { people: number; names: number; withRole: number; roles: number; emails: number; withEmail: number; withPhone: number; phones: number; extra: number }
const empty = (): Tally => ({ people: 0, names: 0, withRole: 0, roles: 0, emails: 0, withEmail: 0, withPhone: 0, phones: 0, extra: 0 });

function main(): void {
  const args = process.argv.slice(2);
  const arg = (flag: string) => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] : undefined; };
  state = Number(arg('--seed') ?? 7);
  const per = Number(arg('--per') ?? 4);
  const show = arg('--show');
  // --show roles: each title written, how often it was missed and what came out instead.
  const roleTally = new Map<string, { missed: number; seen: number; got: Map<string, number> }>();
  const byLayout = new Map<string, Tally>();
  const byKind = new Map<string, Tally>();
  const byLang = new Map<string, Tally>();
  const releases = new Map<string, { n: number; detected: number; issuer: number }>();
  for (const lang of LANGS) {
    lang.faker.seed(state);
    for (const [layoutName, layout] of [...Object.entries(LAYOUTS), ...Object.entries(HTML_LAYOUTS)]) {
      for (const kind of KINDS) {
        for (let i = 0; i < per; i++) {
          const { org, domain } = orgName(lang);
          // Every fourth release gives the press office's mailbox, not the person's own address.
          const people = Array.from({ length: i % 3 === 2 ? 2 : 1 }, () => person(lang, kind, domain)).map((p) => (i % 4 === 3 ? { ...p, email: `presse@${domain}` } : p));
          const html = i % 2 === 1 || layoutName in HTML_LAYOUTS;
          const text = releaseText(lang, layout, people, org, html);
          const doc = html ? parseHtml(text) : textToDocument(text, htmlDocumentFactory());
          const record = extract(doc, 'https://example.test/release', { contacts: 'always', budgetMs: 10_000 });
          const release = releases.get(lang.code) ?? { n: 0, detected: 0, issuer: 0 };
          release.n++;
          if (record.isPressRelease) release.detected++;
          if (record.issuer && leniently(org, record.issuer)) release.issuer++;
          else if (show === 'issuer') console.log(`issuer ${lang.code}: expected ${org}, got ${record.issuer}`);
          releases.set(lang.code, release);
          const found = new Map(record.contacts.filter((c) => c.name).map((c) => [nameKey(c.name!), c]));
          const expected = new Set(people.map((p) => bareKey(p)));
          for (const t of [byLayout, byKind, byLang].map((m, j) => {
            const key = [layoutName, kind, lang.code][j]!;
            if (!m.has(key)) m.set(key, empty());
            return m.get(key)!;
          })) {
            for (const p of people) {
              const key = bareKey(p);
              const c = found.get(key) ?? [...found.entries()].find(([k]) => k.includes(key) || key.includes(k))?.[1];
              t.people++;
              if (c) t.names++;
              if (!NO_ROLE.has(layoutName)) t.withRole++;
              if (!NO_PHONE.has(layoutName)) t.withPhone++;
              if (!NO_EMAIL.has(layoutName)) t.withEmail++;
              if (c?.role && leniently(p.role, c.role)) t.roles++;
              if (c && show === 'roles' && !NO_ROLE.has(layoutName)) {
                const key = process.env.ROLE_BY_LAYOUT ? `${lang.code} ${layoutName} ${p.role}` : `${lang.code} ${p.role}`;
                const r = roleTally.get(key) ?? { missed: 0, seen: 0, got: new Map<string, number>() };
                r.seen++;
                if (!(c.role && leniently(p.role, c.role))) {
                  r.missed++;
                  r.got.set(String(c.role), (r.got.get(String(c.role)) ?? 0) + 1);
                }
                roleTally.set(key, r);
              }
              if (record.contacts.some((x) => x.emails.includes(p.email))) t.emails++;
              if (record.contacts.some((x) => x.phones.some((ph) => ph.replace(/\D/g, '').endsWith(p.phone.replace(/\D/g, '').slice(-7))))) t.phones++;
            }
            t.extra += [...found.keys()].filter((k) => ![...expected].some((e) => e.includes(k) || k.includes(e))).length;
          }
          if (show && (show === layoutName || show === kind || show === lang.code)) {
            const missing = people.filter((p) => ![...found.keys()].some((k) => k.includes(bareKey(p)) || nameKey(p.name).includes(k)));
            const extras = [...found.values()].filter((c) => ![...expected].some((e) => e.includes(nameKey(c.name!)) || nameKey(c.name!).includes(e)));
            const wrongRole = people.filter((p) => { const c = found.get(bareKey(p)); return c && !(c.role && leniently(p.role, c.role)); });
            if (missing.length || extras.length || wrongRole.length) {
              console.log(`--- ${lang.code} ${layoutName} ${kind} ${html ? 'html' : 'text'}`);
              console.log(layout(lang, people, org));
              console.log('  got:', JSON.stringify(record.contacts.map((c) => [c.name, c.role, c.organization, c.emails.join(' ')])));
            }
          }
        }
      }
    }
  }
  if (show === 'roles') {
    console.log('\nroles missed (found people only), worst first:');
    for (const [role, r] of [...roleTally].filter(([, r]) => r.missed > 0).sort((a, b) => b[1].missed / b[1].seen - a[1].missed / a[1].seen)) {
      const got = [...r.got].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([g, n]) => `${g} ×${n}`).join('; ');
      console.log(`  ${role.padEnd(50)} ${r.missed}/${r.seen}  got: ${got}`);
    }
  }
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0).padStart(3)}%` : '  - ');
  const table = (title: string, m: Map<string, Tally>) => {
    console.log(`\n${title.padEnd(18)} people  names  roles  emails phones  extra`);
    let all = empty();
    for (const [k, t] of m) {
      console.log(`${k.padEnd(18)} ${String(t.people).padStart(6)}  ${pct(t.names, t.people)}   ${pct(t.roles, t.withRole)}   ${pct(t.emails, t.withEmail)}   ${pct(t.phones, t.withPhone)}  ${String(t.extra).padStart(5)}`);
      all = Object.fromEntries(Object.keys(all).map((k) => [k, all[k as keyof Tally] + t[k as keyof Tally]])) as unknown as Tally;
    }
    return all;
  };
  table('layout', byLayout);
  table('name kind', byKind);
  const all = table('language', byLang);
  console.log(`\nreleases: ${[...releases].map(([code, r]) => `${code} detected ${pct(r.detected, r.n).trim()}, issuer ${pct(r.issuer, r.n).trim()}`).join('; ')}`);
  console.log(`\nall: ${all.people} people, names ${pct(all.names, all.people)}, roles ${pct(all.roles, all.withRole)}, emails ${pct(all.emails, all.withEmail)}, phones ${pct(all.phones, all.withPhone)}, ${all.extra} extra names`);
}

main();
