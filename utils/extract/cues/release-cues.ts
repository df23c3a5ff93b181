// Multilingual cue words for press-release detection and field extraction, as data.
// Languages: en, de, fr, es, pt, it, nl, with the release labels of pl, sv, da, no, fi, cs and zh/ja. Everything is matched case-insensitively on normalised text
// (see `norm` in ../text-norm.ts). Add a language by adding rows, not regexes elsewhere.

// Words a page uses to call itself a press release (title, H1, label line above the headline, URL).
export const PRESS_RELEASE_TERMS: readonly string[] = [
  // en
  'press release', 'news release', 'media release', 'press statement', 'media statement', 'press announcement',
  // de
  'pressemitteilung', 'pressemeldung', 'presseinformation', 'medienmitteilung', 'medieninformation',
  'presseerklärung', 'pressenotiz', 'pressemitteilungen', 'presseinformationen', 'pressemeldungen',
  'medienmitteilungen', 'medieninformationen',
  // fr
  'communiqué de presse', 'communique de presse', 'communiqué', 'dossier de presse',
  // es
  'comunicado de prensa', 'nota de prensa', 'comunicado', 'boletín de prensa', 'nota informativa',
  // pt
  'comunicado à imprensa', 'comunicado de imprensa', 'release de imprensa', 'nota à imprensa',
  // it
  'comunicato stampa', 'comunicati stampa', 'nota stampa',
  // nl
  'persbericht', 'persmededeling', 'persberichten',
  // pl, sv, da, no, fi, cs
  'komunikat prasowy', 'informacja prasowa', 'notatka prasowa', 'pressmeddelande', 'pressinformation',
  'pressemeddelelse', 'pressemelding', 'lehdistötiedote', 'tiedote', 'tisková zpráva',
  // ja, zh
  'ニュースリリース', 'プレスリリース', '報道発表', '報道関係者各位', '報道関係各位', '報道資料', '新闻稿', '新聞稿', '新闻发布', '新聞發佈', '新聞發布', '新闻通稿',
  // en plurals (section names)
  'press releases', 'news releases', 'media releases',
];

// The plural names of a press section: a page whose main heading is one of them is the section's listing
// ("Press Releases", "Pressemitteilungen"), not a release.
export const PRESS_SECTION_NAMES: readonly string[] = [
  'press releases', 'news releases', 'media releases', 'pressemitteilungen', 'presseinformationen', 'pressemeldungen',
  'medienmitteilungen', 'medieninformationen', 'communiqués de presse', 'communiques de presse', 'communiqués',
  'comunicados de prensa', 'notas de prensa', 'comunicados', 'comunicati stampa', 'comunicados de imprensa',
  'persberichten', 'komunikaty prasowe', 'pressmeddelanden', 'pressemeddelelser', 'pressemeldinger', 'newsroom',
  'press room', 'media centre', 'media center', 'in the news', 'latest news',
];

// URL path fragments (lowercased, separators normalised to '-') that name a release page…
export const URL_RELEASE_TERMS: readonly string[] = [
  'press-release', 'pressrelease', 'news-release', 'newsrelease', 'media-release', 'mediarelease',
  'pressemitteilung', 'pressemeldung', 'presseinformation', 'medienmitteilung', 'medieninformation',
  'communique', 'comunicado', 'nota-de-prensa', 'notas-de-prensa', 'comunicato', 'persbericht',
  'komunikat-prasowy', 'informacja-prasowa', 'pressmeddelande', 'pressemeddelelse', 'pressemelding', 'tiedote',
];
// …or only a press/news SECTION (weak: a newsroom also hosts listings and articles).
export const URL_SECTION_TERMS: readonly string[] = [
  'press-room', 'pressroom', 'newsroom', 'presse', 'press', 'prensa', 'sala-de-prensa', 'stampa', 'imprensa', 'pers',
];

// Names of a site's press SECTION (weaker than a release label): "Zurück zum Newsroom", "Pressezentrum".
export const PRESS_SECTION_TERMS: readonly string[] = [
  'newsroom', 'press room', 'pressroom', 'press centre', 'press center', 'media centre', 'media center', 'media room',
  'pressebereich', 'presse-center', 'pressezentrum', 'pressecenter', 'medienraum', 'presse & medien', 'presse und medien',
  'salle de presse', 'espace presse', 'sala de prensa', 'sala stampa', 'area stampa', 'sala de imprensa', 'perskamer',
];

// Names of a site's news sections, shown where a dateline's place would be ("News – …", "Aktuelles | 12.05.2022").
export const SECTION_LABELS: readonly string[] = [
  'news', 'newsroom', 'latest news', 'news & events', 'news and events', 'media', 'medien', 'presse', 'press', 'aktuelles',
  'aktuell', 'meldungen', 'nachrichten', 'neuigkeiten', 'mitteilungen', 'actualités', 'actualites', 'actualité', 'noticias',
  'actualidad', 'notizie', 'novità', 'nieuws', 'blog', 'home', 'startseite', 'accueil', 'inicio',
];

// Wire services whose tag appears in the dateline ("NEW YORK, Jan. 5, 2026 /PRNewswire/ --").
export const WIRE_TAGS: readonly string[] = [
  'prnewswire', 'pr newswire', 'globe newswire', 'globenewswire', 'business wire', 'businesswire', 'accesswire',
  'einpresswire', 'ein presswire', 'newsfile', 'marketwired', 'newswire', 'pressat', 'cision', 'newmediawire',
  'issuewire', 'prweb', 'newsdirect', 'news direct', 'access newswire', 'ots', 'dpa-afx', 'apa-ots', 'mediawire',
  'newsworthy.ai', 'pr karma', 'openpr', 'prlog', 'presseportal', 'pressebox', 'iwr-pressedienst', 'pressedienst',
  'cnw', 'canada newswire', 'newswire.ca', 'jcn newswire', 'acn newswire', 'aetoswire', 'comunicae', 'mynewsdesk',
  'send2press', 'webwire', 'realwire', 'eurekalert', 'alphagalileo', 'idw', 'prnewswire-hispanic pr wire', 'kyodo jbn',
  // German-language services: pressetext ("Wien (pte004/03.12.2026/10:30) -"), firmenpresse, lifePR, PR-Gateway …
  'pte', 'pts', 'ptp', 'pressetext', 'firmenpresse', 'lifepr', 'pr-gateway', 'prmaximus', 'connektar', 'iinews',
];

// The hosts of release-distribution services (wires and press portals), a documented adapter table: a page there
// is most often one release (their listings and search pages are told apart by the listing evidence).
// A subdomain counts ("news.cision.com", "www.prnewswire.co.uk").
export const WIRE_HOSTS: readonly string[] = [
  'prnewswire.com', 'prnewswire.co.uk', 'newswire.ca', 'prnasia.com', 'businesswire.com', 'globenewswire.com',
  'einpresswire.com', 'eurekalert.org', 'presseportal.de', 'presseportal.ch', 'ots.at', 'accesswire.com',
  'accessnewswire.com', 'newsfilecorp.com', 'prweb.com', 'prlog.org', 'openpr.de', 'openpr.com', 'pressebox.de',
  'idw-online.de', 'pressetext.com', 'newswire.com', '24-7pressrelease.com', 'issuewire.com', 'newsdirect.com',
  'mynewsdesk.com', 'news.cision.com', 'prtimes.jp', 'atpress.ne.jp', 'value-press.com', 'jcnnewswire.com',
  'acnnewswire.com', 'aetoswire.com', 'comunicae.es', 'webwire.com', 'realwire.com', 'alphagalileo.org',
  'send2press.com', 'newsworthy.ai', 'pressat.co.uk', 'newmediawire.com', 'firmenpresse.de', 'pr-gateway.de',
  'pressrelease.com', 'releasewire.com', 'via.ritzau.dk', 'mfn.se', 'ntbinfo.no', 'pap-mediaroom.pl',
];

// "FOR IMMEDIATE RELEASE" and friends.
export const IMMEDIATE_RELEASE_TERMS: readonly string[] = [
  'for immediate release', 'immediate release', 'zur sofortigen veröffentlichung', 'zur sofortigen veroeffentlichung',
  'pour diffusion immédiate', 'pour publication immédiate', 'para publicación inmediata', 'para difusión inmediata',
  'para su publicación inmediata', 'para distribución inmediata', 'do natychmiastowej publikacji', 'för omedelbar publicering',
  'para divulgação imediata', 'per la diffusione immediata', 'per pubblicazione immediata', 'voor onmiddellijke publicatie',
];

// A text that names itself a press release ("The information provided in this press release …", "This press
// release contains forward-looking statements"): a report on a release says "the" or "a" release instead.
export const SELF_REFERENCE_TERMS: readonly string[] = [
  'this press release', 'this news release', 'this media release', 'diese pressemitteilung', 'dieser pressemitteilung',
  'diese presseinformation', 'dieser presseinformation', 'ce communiqué', 'le présent communiqué', 'este comunicado',
  'el presente comunicado', 'este comunicado de imprensa', 'o presente comunicado', 'questo comunicato',
  'il presente comunicato', 'dit persbericht', 'niniejszy komunikat', 'detta pressmeddelande', 'denne pressemeddelelse',
  'denne pressemeldingen', '本新闻稿', '本新聞稿',
];

// Embargo notices: the cue that starts one.
export const EMBARGO_TERMS: readonly string[] = [
  'embargoed until', 'embargoed for release until', 'embargoed for release', 'embargoed', 'embargo until', 'embargo:',
  'under embargo until', 'not for release before', 'hold for release until', 'sperrfrist', 'sperrvermerk',
  'embargo jusqu', 'sous embargo jusqu', 'embargo hasta', 'embargado hasta', 'bajo embargo hasta', 'embargo até',
  'embargo fino', 'embargo tot', 'onder embargo tot',
];

// Headings/lines that open boilerplate about the issuer ("About Acme Corp.", "Über die Acme AG").
export const ABOUT_PREFIXES: readonly string[] = [
  'about ', 'über ', 'ueber ', 'à propos de ', 'a propos de ', 'à propos d’', "à propos d'", 'acerca de ', 'sobre ',
  'sobre a ', 'sobre o ', 'chi è ', 'informazioni su ', 'over ', 'om ', 'o firmie ', '关于', '關於',
];
// Japanese writes the boilerplate heading with a suffix: "ミドリ電機について".
export const ABOUT_SUFFIXES: readonly string[] = ['について'];

// Headings that open a media-contact block.
export const MEDIA_CONTACT_TERMS: readonly string[] = [
  'media contact', 'media contacts', 'press contact', 'press contacts', 'media inquiries', 'media enquiries',
  'press inquiries', 'press enquiries', 'for more information, contact', 'for further information', 'contact:',
  'contacts:', 'for interviews', 'for more information', 'press officer', 'spokesperson:', 'pressesprecher',
  'pressesprecherin', 'konzernpressestelle', 'medienstelle', 'media relations', 'press office', 'pressekontakt', 'pressekontakte',
  'ansprechpartner', 'ansprechpartnerin', 'kontakt für medien', 'medienkontakt', 'pressestelle', 'kontakt:',
  'contact presse', 'contacts presse', 'relations presse', 'service de presse', 'contacto de prensa',
  'contactos de prensa', 'contacto para medios', 'gabinete de prensa', 'contato de imprensa', 'assessoria de imprensa',
  'herausgeber:', 'contatti stampa', 'contatto stampa', 'ufficio stampa', 'perscontact', 'persvoorlichting', 'noot voor de redactie',
  'contacto de medios', 'contacto con medios', 'contacto para prensa', 'contact média', 'contacts médias', 'relations médias',
  'kontakt dla mediów', 'kontakt dla prasy', 'biuro prasowe', 'rzecznik prasowy', 'presskontakt', 'presskontakter',
  'pressekontakt:', 'mediekontakt', 'för mer information', 'for yderligere information', 'for mer informasjon',
  '媒体联系', '媒體聯絡', '媒体垂询', '媒體查詢', '新闻联络',
];

// A bare heading over contact details after the story ("Kontakt", "Contact", "Contatti").
export const CONTACT_HEADING_TERMS: readonly string[] = [
  'kontakt', 'contact', 'contacts', 'contacto', 'contactos', 'contatti', 'contato', 'ansprechpartner', 'ansprechpartnerin',
  'press', 'presse', 'prensa', 'stampa', 'kontakty', 'kontaktperson', 'kontaktpersoner', 'yhteystiedot', '联系方式', '聯絡方式',
];

// Phrases of a securities filing's cover page (SEC 8-K / 6-K forms): the release is an exhibit filed with it.
export const FILING_COVER_TERMS: readonly string[] = [
  'commission file number', 'check the appropriate box', 'pursuant to section 13 or 15(d)', 'securities exchange act of 1934',
  'exact name of registrant', 'i.r.s. employer identification', 'emerging growth company', 'form 20-f or form 40-f',
  'report of foreign private issuer', 'pursuant to rule 13a-16 or 15d-16',
];

// A job posting: the gender marker of a European job title ("Pressesprecher (m/w/d)", "Chargé de communication (H/F)"),
// or the headings of a vacancy. A posting for a press officer is full of release cues ("Pressemitteilungen verfassen",
// "Pressekontakt") and is no release.
export const JOB_TITLE_MARKERS: readonly string[] = [
  '(m/w/d)', '(w/m/d)', '(d/m/w)', '(m/f/d)', '(f/m/d)', '(m/f/x)', '(f/m/x)', '(m/w/x)', '(w/m/x)', '(m/w)', '(w/m)', '(m/f)',
  '(h/f)', '(f/h)', '(h/f/x)', '(m/v)', '(v/m)', '(m/v/x)', '(k/m)', '(m/k)', '(k/m/n)', '(m/k/n)', '(m/ž)', '(h/m)',
];
export const JOB_POSTING_TERMS: readonly string[] = [
  'stellenangebot', 'stellenausschreibung', 'ihre aufgaben', 'ihr profil', 'wir bieten', 'jetzt bewerben', 'bewerbungsfrist',
  'job description', 'job posting', 'job opening', 'your tasks', 'your profile', 'what we offer', 'apply now', 'how to apply',
  'application deadline', 'offre d\'emploi', 'vos missions', 'votre profil', 'nous vous offrons', 'postuler',
  'oferta de empleo', 'tus funciones', 'requisitos', 'ofrecemos', 'offerta di lavoro', 'il tuo profilo', 'candidati ora',
  'vacature', 'wat wij bieden', 'solliciteer', 'lediga jobb', 'ledig stilling', 'oferta pracy', 'aplikuj',
];

// Words that make a byline name an ORGANISATION rather than a reporter ("By Wikimedia Foundation").
export const ORG_WORDS: readonly string[] = [
  'foundation', 'university', 'inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'e.v.', 'association',
  'institute', 'ministry', 'department', 'agency', 'council', 'society', 'company', 'group', 'office', 'team',
  'newsroom', 'communications', 'stiftung', 'verband', 'ministerium', 'bundesamt', 'universität', 'université',
  'fondation', 'fundación', 'università', 'parliament', 'commission', 'committee', 'organization', 'organisation',
];

// Agency tags in a NEWS dateline ("WASHINGTON (AP) —", "BERLIN (dpa) -"): hard-negative evidence.
export const NEWS_AGENCY_TAGS: readonly string[] = [
  'ap', 'reuters', 'afp', 'dpa', 'bloomberg', 'efe', 'ansa', 'cnn', 'upi', 'kna', 'epd', 'apa', 'sda', 'belga', 'anp',
  'europa press', 'lusa', 'xinhua', 'tass', 'kyodo', 'cnbc', 'the hill', 'usa today',
];

// The phrase after a copyright holder's name ("© 2026 Acme GmbH. Alle Rechte vorbehalten.").
export const RIGHTS_RESERVED_TERMS: readonly string[] = [
  'all rights reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados',
  'todos os direitos reservados', 'tutti i diritti riservati', 'alle rechten voorbehouden',
];

// Lines that close a wire release body.
export const END_MARKS: readonly string[] = ['###', '# # #', '-30-', '- 30 -', '-ends-', '- ends -', 'ends', '***'];

// Phrases a NEWS ARTICLE uses when it reports on a release or a spokesperson: hard-negative evidence.
export const NEWS_REPORTING_TERMS: readonly string[] = [
  'said in a press release', 'said in a statement', 'in a press release', 'told reporters', 'according to a press release',
  'said in a news release', 'the company said in', 'to view the full press release', 'view the full press release',
  'read the full press release', 'read the full release', 'told the associated press', 'told reuters', 'told cnbc',
  'reporting by', 'editing by', 'contributed to this report', 'told techcrunch', 'in an interview with',
  // (plain quote verbs — "sagte die Präsidentin", "a déclaré" — appear in releases too and are not listed) 'selon un communiqué', 'dans un communiqué',
  'según un comunicado', 'en un comunicado', 'ha dichiarato', 'in una nota',
];

// Labels of genres that are NOT releases even on a press page: interviews, op-eds, commentary.
export const NON_RELEASE_GENRE_TERMS: readonly string[] = [
  'interview', 'im wortlaut', 'gastbeitrag', 'namensbeitrag', 'kommentar', 'op-ed', 'opinion', 'entretien',
  'tribune', 'entrevista', 'intervista', 'column', 'kolumne',
];

// Shop-page buttons (hard-negative evidence for product pages).
export const SHOP_TERMS: readonly string[] = [
  'add to cart', 'add to basket', 'add to bag', 'buy now', 'in den warenkorb', 'jetzt kaufen', 'ajouter au panier',
  'añadir al carrito', 'añadir a la cesta', 'aggiungi al carrello', 'adicionar ao carrinho', 'in winkelwagen',
];

// Month names → month number, per language (abbreviations included; matched after lowercasing and stripping '.').
export const MONTHS: Readonly<Record<string, number>> = {
  // en
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
  // de
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, okt: 10, dezember: 12,
  dez: 12,
  // fr
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, mars: 3, avril: 4, avr: 4, juin: 6, juillet: 7,
  juil: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, déc: 12,
  // es
  enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, ago: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
  // pt
  janeiro: 1, fevereiro: 2, fev: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, set: 9, outubro: 10,
  out: 10, novembro: 11, dezembro: 12,
  // it
  gennaio: 1, gen: 1, febbraio: 2, aprile: 4, maggio: 5, mag: 5, giugno: 6, giu: 6, luglio: 7, lug: 7, settembre: 9,
  ottobre: 10, ott: 10, dicembre: 12,
  // nl
  januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8,
  // sv, da, no (the rest are spelled as in en/de/nl)
  augusti: 8, maj: 5, marts: 3, desember: 12,
  // pl (genitive, as dates write them: "12 marca 2025 r.")
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9,
  października: 10, listopada: 11, grudnia: 12,
};

// Time-zone abbreviations → a fixed offset or an IANA-like rule resolved in embargo.ts.
// 'ET'/'CT'/'MT'/'PT' and 'CET'/'UK' follow daylight-saving rules; the explicit ones are fixed.
export const TIME_ZONES: Readonly<Record<string, string>> = {
  et: 'us-eastern', eastern: 'us-eastern', est: '-05:00', edt: '-04:00',
  ct: 'us-central', central: 'us-central', cst: '-06:00', cdt: '-05:00',
  mt: 'us-mountain', mst: '-07:00', mdt: '-06:00',
  pt: 'us-pacific', pst: '-08:00', pdt: '-07:00',
  gmt: '+00:00', utc: '+00:00', z: '+00:00', bst: '+01:00', uk: 'eu-london',
  cet: 'eu-central', mez: 'eu-central', cest: '+02:00', mesz: '+02:00', eet: '+02:00', eest: '+03:00',
  uhr: 'eu-central', hkt: '+08:00', sgt: '+08:00', jst: '+09:00', ist: '+05:30', aest: '+10:00', aedt: '+11:00',
};

// Weekdays, as a dateline writes them between its place and its date ("Ludwigshafen, Dienstag, 3. März 2026",
// "Saint-Étienne, le mardi 3 mars 2026"): never part of the place.
export const WEEKDAYS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu',
  'thur', 'thurs', 'fri', 'sat', 'sun', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lunes', 'martes', 'miércoles', 'jueves',
  'viernes', 'sábado', 'domingo', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'maandag', 'dinsdag', 'woensdag',
  'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag',
  'mandag', 'tirsdag', 'lørdag', 'søndag', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
];
