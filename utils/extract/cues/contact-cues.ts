// Cue words for media-contact extraction, as tables per language (en, de, fr, es, pt, it, nl, pl, sv, da, no, fi, zh, ja).
// Matching is case-insensitive on whitespace-collapsed text; every entry is a literal phrase, not a regex,
// so adding a language means adding strings here and nowhere else.

import { MEDIA_CONTACT_TERMS } from './release-cues';

export type CueLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'pl' | 'sv' | 'da' | 'no' | 'fi' | 'zh' | 'ja';

// Headings/labels that open a block of PRESS contacts ("Media Contact:", "Pressekontakt", "Contact presse").
export const MEDIA_CONTACT_CUES: Record<CueLanguage, readonly string[]> = {
  en: [
    'media contacts', 'media contact', 'press contacts', 'press contact', 'media inquiries', 'media enquiries',
    'press inquiries', 'press enquiries', 'press-related queries', 'press-related inquiries', 'media queries',
    'press queries', 'for interviews', 'for media', 'media relations', 'press office', 'press officers',
    'press team', 'public relations', 'news media contact', 'editorial contact', 'to arrange an interview',
    'interview requests', 'for interview requests', 'media office', 'media team', 'news office', 'media desk', 'press desk',
  ],
  de: [
    'pressekontakt', 'pressekontakte', 'pressestelle', 'presseteam', 'medienkontakt', 'medienkontakte', 'ansprechpartner für pressefragen', 'ansprechpartnerin für pressefragen',
    'ansprechpartner für die presse', 'ansprechpartnerin für die presse', 'ansprechpartnerin für pressefragen',
    'ansprechpartner für medien', 'ansprechpartnerin für medien', 'für rückfragen der presse', 'für medienanfragen', 'medienanfragen',
    'presseanfragen', 'pressefragen', 'kontakt für medien', 'kontakt für journalisten', 'rückfragehinweis',
    'rückfragen an', 'für rückfragen', 'interviewanfragen', 'für interviews',
    // Gender-inclusive spellings: "Journalist*innen", "Journalist:innen", "Journalist_innen", "JournalistInnen".
    'kontakt für journalist*innen', 'kontakt für journalist:innen', 'kontakt für journalist_innen', 'kontakt für journalistinnen',
    'kontakt für journalistinnen und journalisten', 'für journalist*innen', 'für journalist:innen', 'medienvertreter*innen',
    'medienvertreter:innen', 'für medienvertreterinnen und medienvertreter', 'pressesprecher*innen', 'pressesprecher:innen',
    // "V.i.S.d.P.: Martin Kaiser, Pressesprecher": who answers for the release under press law, its press officer.
    'v.i.s.d.p.', 'v.i.s.d.p', 'visdp',
  ],
  fr: [
    'contact presse', 'contacts presse', 'contact médias', 'contacts médias', 'relations presse',
    'relations médias', 'service de presse', 'attaché de presse', 'attachée de presse', 'service presse',
    'demandes d\'interview', 'pour toute demande d\'interview', 'service communication', 'service de communication',
    'direction de la communication',
  ],
  es: [
    'contacto de prensa', 'contactos de prensa', 'contacto para medios', 'contacto con los medios',
    'relaciones con los medios', 'gabinete de prensa', 'oficina de prensa', 'departamento de prensa',
    'para entrevistas', 'solicitudes de entrevista', 'gabinete de comunicación', 'departamento de comunicación',
    'dirección de comunicación', 'oficina de comunicación',
  ],
  pt: [
    'contato para a imprensa', 'contatos para a imprensa', 'contacto para a imprensa', 'contato de imprensa',
    'contacto de imprensa', 'assessoria de imprensa', 'relações com a imprensa', 'informações à imprensa',
    'pedidos de entrevista', 'assessoria de comunicação',
  ],
  it: ['contatti stampa', 'contatto stampa', 'ufficio stampa', 'relazioni con i media', 'addetto stampa', 'per interviste',
    'richieste di intervista', 'ufficio comunicazione'],
  nl: ['perscontact', 'perscontacten', 'persvoorlichting', 'persvoorlichter', 'contact voor de pers', 'persdienst',
    'voor interviews', 'interviewaanvragen'],
  pl: ['kontakt dla mediów', 'kontakt dla prasy', 'kontakt prasowy', 'biuro prasowe', 'rzecznik prasowy', 'dział prasowy'],
  sv: ['presskontakt', 'presskontakter', 'pressfrågor', 'för mer information, kontakta', 'mediakontakt'],
  da: ['pressekontakt', 'yderligere oplysninger', 'for yderligere information', 'mediekontakt'],
  no: ['pressekontakt', 'for mer informasjon, kontakt', 'mediekontakt', 'pressehenvendelser'],
  fi: ['lisätietoja', 'mediayhteydet', 'tiedotus'],
  zh: ['媒体联系', '媒体联系人', '媒體聯絡', '媒體聯絡人', '新闻联络', '媒体垂询', '媒體查詢', '新闻联系人'],
  // "【報道関係者からのお問い合わせ先】", "本件に関するお問い合わせ", "広報担当": a Japanese release's press contact.
  ja: ['報道関係者からのお問い合わせ先', '報道関係者からのお問い合わせ', '報道関係のお問い合わせ先', '報道関係のお問い合わせ',
    '報道関係者のお問い合わせ先', '報道に関するお問い合わせ', '取材に関するお問い合わせ', '取材のお申し込み', '本リリースに関するお問い合わせ先', '本リリースに関するお問い合わせ', '報道お問い合わせ', '広報担当', '広報部', '広報室',
    '広報課', 'プレスお問い合わせ'],
};

// Bare audience words that, with a colon inside a contact block, start that audience's contacts ("Media: …").
// "Journalists: Jane Doe, …" says the same as "Media: …".
export const AUDIENCE_SUB_LABELS: readonly string[] = [
  'media', 'press', 'presse', 'medien', 'prensa', 'imprensa', 'stampa', 'pers', 'journalists', 'reporters', 'journalisten',
  'journalistes', 'periodistas', 'giornalisti', 'jornalistas', 'journalister', 'dziennikarze',
];
// The same audience in a generic heading's other words ("Kontakt für die Presse", "Contacto para los medios").
export const PRESS_AUDIENCE_WORDS: readonly string[] = [...AUDIENCE_SUB_LABELS, 'medios', 'médias'];

// Interviews, in the languages of the tables: a sentence offering them speaks to the press.
export const INTERVIEW_WORDS: readonly string[] = ['interview', 'interviews', 'interviewanfragen', 'entretien', 'entretiens', 'entrevista',
  'entrevistas', 'intervista', 'interviste', 'wywiad', 'wywiady', 'intervju', 'intervjuer', 'haastattelu', '取材', '采访'];

// Labels that open a contact block of any kind, and the verbs that ask to get in touch in a sentence
// ("veuillez contacter …", "wenden Sie sich an …"); a block found only through these must still contain an
// e-mail or phone, and is not trusted inside site chrome (nav, header, footer).
export const GENERIC_CONTACT_CUES: Record<CueLanguage, readonly string[]> = {
  en: [
    'contacts', 'contact', 'contact details', 'contact information', 'contact info', 'contact data',
    'for more information, please contact', 'for more information contact', 'for additional information, please contact',
    'for further information, please contact', 'for further information contact', 'please contact',
    'for more information, contact', 'for further information, contact', 'for more details, contact',
    'for additional details', 'for additional information', 'for more details', 'reach out to', 'for more information',
    'for further information', 'rsvp to', 'be directed to',
  ],
  de: ['kontakt', 'kontakte', 'kontaktdaten', 'kontaktieren sie', 'wenden sie sich an', 'wenden sie sich bitte an', 'ansprechpartner', 'ansprechpartnerin', 'ihr ansprechpartner', 'ihre ansprechpartnerin',
    'ansprechperson', 'ansprechpersonen', 'ihre ansprechpersonen', 'ansprechpartner*innen', 'ansprechpartner:innen', 'ansprechpartnerinnen',
    'rückfragen', 'weitere informationen erhalten sie bei', 'weitere informationen', 'für weitere informationen'],
  fr: ['contact', 'contacts', 'pour plus d\'informations, contactez', 'veuillez contacter', 'contactez', 'contacter', 'adressez-vous à', 's\'adresser à', 'pour tout renseignement', 'renseignements',
    'pour renseignements', 'pour information', 'pour plus d\'informations', 'plus d\'informations', 'pour en savoir plus'],
  es: ['contacto', 'contactos', 'para más información, contacte', 'contactar con', 'póngase en contacto con', 'ponerse en contacto con', 'comunicarse con', 'dirigirse a', 'más información', 'para más información'],
  pt: ['contato', 'contatos', 'contacto', 'contactos', 'entre em contato com', 'entrar em contato com', 'contatar', 'contactar', 'para mais informações', 'mais informações'],
  it: ['contatti', 'contatto', 'contattare', 'contattate', 'rivolgersi a', 'per informazioni', 'per maggiori informazioni', 'per ulteriori informazioni', 'maggiori informazioni'],
  nl: ['contact', 'contactpersoon', 'contact opnemen met', 'neem contact op met', 'contactgegevens', 'meer informatie'],
  pl: ['kontakt', 'skontaktuj się z', 'prosimy o kontakt', 'więcej informacji', 'dodatkowe informacje'],
  sv: ['kontakt', 'kontaktperson', 'kontakta', 'för mer information', 'ytterligare information'],
  da: ['kontakt', 'kontaktperson', 'for mere information'],
  no: ['kontakt', 'kontaktperson', 'for mer informasjon'],
  fi: ['yhteystiedot'],
  zh: ['联系方式', '聯絡方式', '联系人', '聯絡人'],
  // "本件に関するお問い合わせ" (inquiries about this matter) ends advisories and notices as well as releases.
  ja: ['本件に関するお問い合わせ先', '本件に関するお問い合わせ', 'お問い合わせ先', 'お問い合わせ', '問い合わせ先', '問合せ先', 'お問合せ先', '連絡先'],
};

// Words that make a generic cue in a sentence a request to get in touch ("Para más información y entrevistas
// comunicarse a …", "For more information, please contact …"): such a line opens a block when it holds an address
// or number. Matched inside words ("Medienanfragen"), so none may be a plain cue word of another language.
export const CONTACT_REQUEST_WORDS: Record<CueLanguage, readonly string[]> = {
  en: ['please contact', 'contact:', 'contact the', 'contact our', 'for interviews', 'inquiries', 'enquiries', 'queries', 'reach out to', 'get in touch', 'rsvp',
    'can be reached', 'questions about', 'should go to'],
  de: ['kontaktieren', 'wenden sie sich', 'anfragen', 'rückfragen', 'interviews', 'melden sie sich'],
  fr: ['contacter', 'contactez', 'interviews', 'entretiens', 'adressez-vous', 'joindre'],
  es: ['contactar', 'contacte', 'comunicarse', 'comuníquese', 'entrevistas', 'escribir a', 'dirigirse a'],
  pt: ['contatar', 'contactar', 'entre em contato', 'entrevistas'],
  it: ['contattare', 'contattate', 'interviste', 'rivolgersi'],
  nl: ['contact opnemen', 'neem contact op', 'interviews'],
  pl: ['prosimy o kontakt', 'skontaktuj', 'wywiady'],
  sv: ['kontakta', 'intervjuer'],
  da: ['kontakt venligst', 'kontakt os', 'interviews'],
  no: ['ta kontakt', 'kontakt oss', 'intervjuer'],
  fi: ['ota yhteyttä', 'haastattelu'],
  zh: ['请联系', '請聯絡', '采访'],
  ja: ['お問い合わせください', '取材'],
};

// "…, or the press office on 020 7946 0000", "oder unsere Pressestelle unter …": an office named in a sentence, after a
// person's number. Determiners before it, and the nouns that make a press word an office (the press words are
// AUDIENCE_SUB_LABELS).
export const OFFICE_DETERMINERS: readonly string[] = ['the', 'our', 'die', 'unsere', 'le', 'notre', 'la', 'el', 'nuestra', 'il', 'nostro', 'o', 'nosso', 'de', 'ons'];
// Definite articles before a body's name after a connector ("at the Ohio Department of …", "bei der Stadt …"). Not "de":
// it is also a surname particle ("de Jong").
export const ARTICLES: readonly string[] = ['the', 'der', 'die', 'das', 'dem', 'den', 'le', 'la', 'les', 'el', 'il', 'lo'];
export const OFFICE_NOUNS: readonly string[] = ['office', 'team', 'desk', 'stelle', 'abteilung', 'service', 'bureau', 'oficina', 'ufficio', 'assessoria', 'afdeling'];

// Sub-labels that mark investor contacts ("Investor Relations:", "Investors:"). The corpus counts only press
// contacts, so these are dropped when the release also names a press contact.
export const INVESTOR_CUES: readonly string[] = [
  'investor relations', 'investor contacts', 'investor contact', 'investors', 'investor inquiries', 'ir contact',
  'investoren', 'investor relations kontakt', 'relations investisseurs', 'contact investisseurs',
  'relaciones con inversores', 'relações com investidores', 'relazioni con gli investitori', 'investor relations contact',
];

// Labels of contacts that are not press contacts: public lines, sales, witness hotlines, newsletters.
export const EXCLUDED_CONTACT_CUES: readonly string[] = [
  'public inquiries', 'general inquiries', 'general enquiries', 'customer service', 'customer inquiries',
  'sales inquiries', 'sponsorship', 'hotline', 'witness', 'tip line', 'tips', 'newsletter', 'subscribe',
  'allgemeine anfragen', 'bürgertelefon', 'zeugen', 'hinweise', 'kundenservice', 'abonnieren', 'herausgeber',
  'service client', 'atención al cliente', 'atendimento ao cliente', 'servizio clienti', 'klantenservice',
  // A site's own "Contact us" box (newspapers, portals), not a release's contact.
  'contact us', 'kontaktieren sie uns', 'schreiben sie uns', 'contactez-nous', 'nous contacter', 'contáctenos',
  'contáctanos', 'contacte-nos', 'fale conosco', 'contattaci', 'neem contact met ons op', 'switchboard',
  'letters to the editor', 'your comments', 'send us', 'feedback', 'leserbriefe', 'advertising', 'anzeigenverkauf', 'leserservice',
];

// Lines that end a contact block: boilerplate headings and wire-service furniture.
export const BLOCK_END_CUES: readonly string[] = [
  'about ', 'über ', 'à propos', 'a propos', 'acerca de', 'sobre ', 'chi siamo', 'informazioni su', 'over ',
  'forward-looking statements', 'forward looking statements', 'safe harbor', 'disclaimer', 'source ', 'source:',
  'related links', 'further information', 'weitere informationen zum thema', 'weitere infos', 'diese seite',
  'das könnte sie auch interessieren', 'aktuelle meldungen', 'mehr zum thema', 'share this', 'teilen',
  'original/source', '###', '# # #', '-30-', 'notes to editors', 'note to editors', 'hinweis für redaktionen',
];

// Words that join a person to a number or address in a sentence: "contact Jane Doe at 555-123-4567 or jane@…".
// ALWAYS_CONNECTORS join anywhere; DATA_CONNECTORS only right before a number or address, since they are also
// ordinary words inside a role ("Head of Research on Climate", "Leiter der Stelle für …").
export const ALWAYS_CONNECTORS: readonly string[] = [
  'at', 'or', 'via', 'unter', 'oder', 'ou', 'o', 'bzw.', 'eller', 'lub', 'tai',
  // "… Telefon 08382 704-123, sowie Landratsamt Lindau, Pressestelle, Thomas Brenner …": the next contact.
  'sowie', 'as well as', 'ainsi que', 'así como', 'nonché', 'oraz',
];
export const DATA_CONNECTORS: Record<CueLanguage, readonly string[]> = {
  en: ['on', 'by', 'by phone', 'by email', 'by e-mail', 'and'],
  de: ['an', 'per', 'bei', 'und', 'tel.', 'telefonisch', 'per e-mail', 'per mail'],
  fr: ['au', 'à', 'par', 'et', 'par téléphone', 'par courriel'],
  es: ['al', 'en', 'y', 'por'],
  pt: ['pelo', 'através de', 'e', 'em'],
  it: ['al', 'allo', 'e', 'ai', 'a'],
  nl: ['op', 'via', 'en', 'per', 'of'],
  pl: ['pod', 'nr', 'i'],
  sv: ['på', 'och'],
  da: ['på', 'og'],
  no: ['på', 'og'],
  fi: ['puh.', 'ja'],
  zh: [],
  ja: [],
};

// Words that tie a title to the body or person it serves: "Head of Press at Acme", "Pressesprecher der Stadt X",
// "spokesperson for Mayor Mark Linden", "attachée de presse du maire". TITLE_PREPOSITIONS also open a phrase that is no
// title ("to the lab's manager").
export const TITLE_PREPOSITIONS: readonly string[] = ['to', 'of', 'for', 'with', 'at', 'by', 'from', 'in', 'on'];
export const TITLE_LINK_WORDS: readonly string[] = [
  'of', 'of the', 'at', 'for', 'to', 'der', 'des', 'von', 'für', 'bei', 'de', 'du', 'de la', 'del', 'della', 'di', "dell'",
  'do', 'da', 'van', 'van de', 'pour', 'para', 'per',
];
// Words between a title and the body it works at: "Chargée de communication chez Acme SA", "Pressesprecherin der
// Acme GmbH", "Addetta stampa presso Acme", "pressechef hos Acme". The title's own "of" ("Head of Press") is one
// too, so a split here needs the body to be known as an organization.
export const WORKPLACE_LINKS: readonly string[] = [
  ...TITLE_LINK_WORDS, 'at the', 'for the', 'of the', 'bei der', 'beim', 'chez', "de l'", 'du', 'presso', 'bij', 'van het', 'hos', 'ved', 'på',
];

// Field labels inside contact blocks ("Tel.:", "E-Mail:", "Vorname:"). Keys are what the value is.
export const FIELD_LABELS = {
  phone: ['phone number', 'phone', 'telephone', 'tel.', 'tel', 'telefon', 'telefonnummer', 'téléphone', 'tél.', 'tél',
    'teléfono', 'telefone', 'telefono', 'landline', 'fon', 'ph.', 'ph', 't', 'puhelin', 'puh.', '电话', '電話', 'ｔｅｌ', '電話番号',
    // Which line it is: "Office: (614) 555-0101 | Mobile: …", "Durchwahl: -210", "Ligne directe : …" (not "direct": glued
    // text splits at label words, and "Director" would lose its end).
    'office', 'office phone', 'durchwahl', 'ligne directe'],
  mobile: ['mobile number', 'mobile', 'mobil', 'mobiltelefon', 'handy', 'cell', 'cellphone', 'portable', 'móvil',
    'celular', 'telemóvel', 'cellulare', 'cell.', 'mob.', 'gsm', 'm', 'tel. kom.', 'komórka', 'mobiltelefon', 'matkapuhelin',
    '手机', '手機'],
  // Single letters are the European business-card style "T +31 20 …  F +31 20 …  M 06 …".
  fax: ['fax', 'telefax', 'fax number', 'télécopie', 'facsimile', 'f', 'ｆａｘ'],
  email: ['e-mail', 'email', 'e-mail address', 'mail', 'courriel', 'correo electrónico', 'correo', 'posta elettronica',
    'e-post', 'sähköposti', '邮箱', '电子邮件', '電郵', '電子郵件', 'メール', 'メールアドレス', 'ｅ-mail', 'ｅメール', '電子メール'],
  web: ['website', 'web', 'internet', 'homepage', 'url', 'company website', 'site web', 'sitio web', 'sito web'],
  social: ['twitter account', 'twitter', 'x', 'facebook', 'linkedin', 'instagram', 'youtube', 'bluesky', 'mastodon'],
  name: ['name', 'nom', 'nombre', 'nome', 'naam', 'contact person', 'ansprechpartner', 'ansprechpartnerin', '担当', '担当者', '氏名'],
  firstName: ['vorname', 'first name', 'prénom', 'given name'],
  lastName: ['nachname', 'last name', 'surname', 'family name', 'apellidos', 'apellido', 'cognome'],
  role: ['position', 'funktion', 'title', 'job title', 'role', 'rolle', 'fonction', 'cargo', 'ruolo', 'functie'],
  organization: ['organization', 'organisation', 'company', 'firma', 'unternehmen', 'société', 'empresa', 'agency', 'company name'],
  // A distributor's form ("Address: 1200 Congress Ave City: Austin State: TX Country: United States"): where the
  // office is, never a name or an organization.
  address: ['address', 'adresse', 'anschrift', 'dirección', 'indirizzo', 'endereço', 'adres', 'city', 'state', 'country',
    'zip', 'zip code', 'postal code', 'postcode', 'ort', 'plz', 'land', 'ville', 'pays', 'ciudad', 'país'],
} as const;
export type FieldKind = keyof typeof FIELD_LABELS;

// An agency named after its founder ends in a word that is also a role word: "Chen Communications", "Berger PR",
// "Smith Public Relations". Before such a tail, these words keep the piece a job title or a department
// ("Corporate Communications", "Head of Media Relations").
export const AGENCY_TAILS: readonly string[] = ['communications', 'pr', 'public relations', 'media', 'marketing', 'partners', 'consulting', 'strategies'];
export const ROLE_MODIFIERS: readonly string[] = [
  'corporate', 'global', 'internal', 'external', 'group', 'strategic', 'public', 'digital', 'marketing', 'media',
  'press', 'brand', 'product', 'science', 'scientific', 'research', 'university', 'regional', 'international',
  'national', 'european', 'integrated', 'executive', 'senior', 'junior', 'deputy', 'and', '&', 'of', 'for', 'the',
  'investor', 'employee', 'health', 'healthcare', 'financial', 'technology', 'communications', 'social', 'north',
  'south', 'east', 'west', 'americas', 'emea', 'apac', 'asia', 'europe', 'us', 'uk',
];

// Chinese and Japanese write titles, units and company forms without spaces ("広報部長", "株式会社", "公关经理"), so they
// are found as parts of a piece, not as whole words: a Han piece holding one is never a person's name.
export const CJK_TITLE_AND_UNIT_PARTS: readonly string[] = [
  '広報', '部長', '課長', '室長', '係長', '社長', '取締役', '主任', '担当', '本部', '株式会社', '有限会社', '会社', '大学', '研究所',
  '協会', '財団', '事務局', '省', '庁', 'センター', '部', '室', '課', '新闻', '媒体', '公司', '经理', '經理', '总监', '總監', '部门',
  '部門', '联系', '聯絡', '集团', '集團', '主管', '发言人', '發言人',
];

// Words that make a short field a ROLE ("Press Officer", "Pressesprecherin", "Strategy Director").
export const ROLE_WORDS: readonly string[] = [
  // en
  'press officer', 'spokesperson', 'spokesman', 'spokeswoman', 'communications', 'communication', 'media relations',
  'public relations', 'director', 'manager', 'coordinator', 'officer', 'head of', 'chief', 'ceo', 'cfo', 'coo', 'cmo',
  // Research and public-office titles: a university release's expert, a town's mayor ("Senior Science Writer",
  // "Assistant Professor of Chemistry", "Principal Investigator").
  'writer', 'professor', 'lecturer', 'researcher', 'scientist', 'principal investigator', 'postdoctoral', 'liaison',
  'analyst', 'engineer', 'treasurer', 'chair', 'chairman', 'chairwoman', 'chairperson', 'provost', 'superintendent',
  'commissioner', 'mayor', 'publicist', 'producer', 'counsel', 'attorney', 'curator', 'librarian', 'physician',
  'president', 'vice president', 'vp', 'founder', 'co-founder', 'owner', 'partner', 'specialist', 'executive',
  'associate', 'assistant', 'secretary', 'editor', 'consultant', 'representative', 'advisor', 'adviser', 'lead',
  'strategist', 'press secretary', 'media officer', 'pr manager', 'account', 'corporate affairs', 'public affairs',
  'external affairs',
  // de
  'pressesprecher', 'pressesprecherin', 'sprecher', 'sprecherin', 'pressereferent', 'pressereferentin', 'referent',
  'referentin', 'leiter', 'leiterin', 'geschäftsführer', 'geschäftsführerin', 'vorstand', 'stellvertretende',
  'stellvertretender', 'ansprechpartner für', 'ansprechpartnerin für', 'redakteur', 'redakteurin', 'präsident',
  'präsidentin', 'vorsitzender', 'vorsitzende', 'unternehmenskommunikation', 'kommunikation', 'öffentlichkeitsarbeit',
  'medienverantwortlicher', 'medienverantwortliche', 'verantwortlicher', 'verantwortliche', 'mediensprecher', 'mediensprecherin',
  'professor', 'professorin', 'doktorand', 'doktorandin', 'lehrstuhlinhaber', 'lehrstuhlinhaberin', 'leitung', 'dekan', 'dekanin',
  'landrat', 'landrätin', 'dezernent', 'dezernentin', 'mitarbeiter', 'mitarbeiterin', 'wissenschaftlicher',
  'wissenschaftliche', 'wissenschaftler', 'wissenschaftlerin', 'projektleiter', 'projektleiterin',
  // fr
  'attaché de presse', 'attachée de presse', 'chargé de communication', 'chargée de communication', 'directeur',
  'directrice', 'responsable', 'porte-parole', 'chargé', 'chargée', 'relations de presse', 'relations médias',
  'conseiller', 'conseillère', 'chercheur', 'chercheuse', 'professeur', 'professeure', 'maître de conférences', 'rédacteur', 'rédactrice',
  'chef', 'cheffe', 'délégué', 'déléguée', 'adjoint', 'adjointe', 'maire', 'ingénieur', 'ingénieure', 'doctorant', 'doctorante',
  // es / pt
  'portavoz', 'jefe de prensa', 'jefa de prensa', 'director de comunicación', 'directora de comunicación',
  'responsable de comunicación', 'porta-voz', 'assessor de imprensa', 'assessora de imprensa', 'gerente', 'diretor',
  'diretora', 'técnico de comunicación', 'técnica de comunicación', 'técnico de prensa', 'técnica de prensa',
  'coordinador', 'coordinadora', 'directora', 'asesor', 'asesora', 'responsável', 'coordenador', 'coordenadora',
  'comunicación', 'comunicação', 'investigador', 'investigadora', 'catedrático', 'catedrática', 'profesor', 'profesora', 'jefe', 'jefa',
  'alcalde', 'alcaldesa', 'presidente', 'presidenta', 'pesquisador', 'pesquisadora', 'professora',
  // it
  'addetto stampa', 'addetta stampa', 'portavoce', 'responsabile', 'direttore', 'direttrice', 'coordinatore',
  'coordinatrice', 'comunicazione', 'addetto', 'addetta', 'capo', 'relazioni esterne', 'relazioni con i media', 'relazioni pubbliche', 'ricercatore', 'ricercatrice', 'professore', 'professoressa', 'sindaco', 'capo ufficio stampa',
  // nl
  'woordvoerder', 'woordvoerster', 'persvoorlichter', 'communicatieadviseur', 'directeur communicatie', 'communicatie',
  'onderzoeker', 'hoogleraar', 'voorlichter', 'medewerker', 'burgemeester', 'wethouder', 'adviseur', 'adviseuse', 'hoofd',
  // pl, sv, da, no, fi
  'rzecznik prasowy', 'rzeczniczka prasowa', 'rzecznik', 'rzeczniczka', 'dyrektor', 'kierownik', 'specjalista', 'prezes', 'profesor',
  'dyrektorka', 'kierowniczka', 'specjalistka',
  'presschef', 'pressansvarig', 'presssekreterare', 'kommunikationschef', 'informationschef', 'pressechef',
  'kommunikationsdirektør', 'pressesjef', 'kommunikasjonssjef', 'kommunikasjonsdirektør', 'tiedottaja',
  'viestintäpäällikkö', 'viestintäjohtaja',
  // zh
  '新闻发言人', '发言人', '經理', '经理', '总监', '總監', '公关', '公關',
  // ja
  '広報担当', '広報担当者', '広報部長', '広報課長', '広報室長', '部長', '課長', '室長', '担当者', 'マネージャー',
  'ディレクター',
  // en, fr loanwords
  'press attaché', 'press attache', 'attaché', 'attachée',
];

// German writes a title as one word: the field and its job ("Medienreferentin", "Kommunikationsmanager",
// "PR-Managerin", "Pressebeauftragte"). A word ending in one of these is a title.
export const ROLE_TAILS: readonly string[] = [
  'referent', 'referentin', 'manager', 'managerin', 'beauftragte', 'beauftragter', 'leiter', 'leiterin', 'redakteur',
  'redakteurin', 'koordinator', 'koordinatorin', 'sprecher', 'sprecherin', 'sachbearbeiter', 'sachbearbeiterin',
  'volontär', 'volontärin', 'berater', 'beraterin',
  // "Wissenschaftlicher Mitarbeiter", "Juniorprofessorin", "Hochschulkommunikation" (the press office named as a title).
  'mitarbeiter', 'mitarbeiterin', 'professor', 'professorin', 'wissenschaftler', 'wissenschaftlerin', 'forscher',
  'forscherin', 'assistent', 'assistentin', 'bürgermeister', 'bürgermeisterin', 'direktor', 'direktorin', 'präsident',
  'präsidentin', 'kommunikation',
  // The Nordic languages compound the same way: "kommunikasjonsrådgiver", "presseansvarlig", "informationschef".
  'rådgiver', 'rådgivare', 'sjef', 'chef', 'direktør', 'direktör', 'ansvarlig', 'ansvarig', 'konsulent',
  'medarbejder', 'medarbeider', 'medarbetare', 'sekretær', 'sekreterare',
];

// Honorifics and academic titles that may precede a name ("Dr. Daniel Giese", "Frau Kathrin Klinkusch").
export const HONORIFICS: readonly string[] = [
  'dr.', 'dr', 'prof.', 'prof', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'mx.', 'herr', 'frau', 'mme', 'mme.', 'm.',
  'mlle', 'sr.', 'sra.', 'srta.', 'dott.', 'dott.ssa', 'ing.', 'dipl.-ing.', 'mag.', 'dra.', 'av.', 'sig.', 'sig.ra',
  'dhr.', 'mevr.', 'ir.', 'drs.',
  // Police and military ranks before a press officer's name ("Sgt. Daniel Brooks", "PHK Jana Ritter", "Capitaine Léa Roux").
  'sgt.', 'sgt', 'lt.', 'capt.', 'cpl.', 'det.', 'cmdr.', 'insp.', 'supt.', 'col.', 'maj.', 'sergeant', 'lieutenant',
  'captain', 'corporal', 'detective', 'inspector', 'phk', 'phkin', 'pok', 'pokin', 'khk', 'khkin', 'kok', 'ehk', 'pk',
  'polizeihauptkommissar', 'polizeihauptkommissarin', 'polizeioberkommissar', 'polizeioberkommissarin',
  'polizeikommissar', 'polizeikommissarin', 'kriminalhauptkommissar', 'kriminalhauptkommissarin', 'commandant',
  'capitaine', 'adjudant', 'teniente', 'sargento', 'comisario', 'ispettore', 'commissario',
];

// Forms of address among the honorifics: "Herr Max Mustermann" is Max Mustermann (academic titles stay: "Dr.").
export const SALUTATIONS: readonly string[] = [
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'mx.', 'herr', 'frau', 'mme', 'mme.', 'm.', 'mlle', 'sr.', 'sra.', 'srta.',
  'sig.', 'sig.ra', 'dhr.', 'mevr.',
];

// Degrees and suffixes written after a name ("Dana Reyes, Ph.D.", "John Roe Jr."): part of the name, not a field.
export const POST_NOMINALS: readonly string[] = [
  'ph.d.', 'phd', 'ph.d', 'm.d.', 'md', 'mba', 'm.sc.', 'msc', 'm.a.', 'b.sc.', 'mph', 'rn', 'esq.', 'jr.', 'jr', 'sr.',
  'ii', 'iii', 'cpa', 'apr', 'll.m.', 'dvm', 'pharmd', 'dr. med.', 'dr. phil.', 'dr. rer. nat.', 'mdp', 'frcp',
];

// Words that name a place or an office unit, never a person: a first word ending like this is no given name
// ("Polizeipräsidium Mittelfranken", "Kommunikationsabteilung Nord", "Landratsamt Musterkreis").
export const UNIT_WORD_ENDINGS: readonly string[] = [
  'amt', 'ämter', 'stelle', 'abteilung', 'direktion', 'präsidium', 'praesidium', 'inspektion', 'revier', 'verwaltung',
  'ministerium', 'behörde', 'behoerde', 'zentrum', 'referat', 'büro', 'buero', 'kommunikation', 'gebäude', 'kammer',
  'verband', 'gericht', 'schule', 'klinik', 'klinikum', 'werke', 'kreis', 'rathaus', 'department', 'directorate',
  'ministry', 'council', 'université', 'universität', 'university', 'institut', 'institute', 'hospital',
];

// Whole words that name a building or an institution: "Haus der Wissenschaft", "Town Hall", "Police Scotland".
export const PLACE_WORDS: readonly string[] = [
  'haus', 'halle', 'gebäude', 'house', 'hall', 'building', 'tower', 'library', 'museum', 'police', 'polizei', 'rathaus',
  'stadt', 'city', 'county', 'kanton', 'canton', 'gemeinde', 'landkreis', 'maison', 'casa', 'palais', 'palazzo',
];

// Lower-case particles inside names ("Ursula von der Leyen", "Maria da Silva").
export const NAME_PARTICLES: readonly string[] = [
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'das', 'dos', 'du', 'di', 'la', 'le', 'ten', 'ter', 'zu', 'y',
  'e', 'bin', 'al',
];

// Words that make a field an ORGANIZATION ("Bateman Group", "Stiftung Jugend forscht e. V.", "Press Office").
export const ORGANIZATION_WORDS: readonly string[] = [
  'inc', 'inc.', 'llc', 'l.l.c.', 'ltd', 'ltd.', 'limited', 'corp', 'corp.', 'corporation', 'company', 'co.', 'plc',
  'gmbh', 'ag', 'kg', 'e.v.', 'e. v.', 'ev', 'se', 's.a.', 'sa', 'sas', 'sarl', 's.l.', 'spa', 's.p.a.', 'srl',
  's.r.l.', 'b.v.', 'bv', 'n.v.', 'nv', 'oy', 'ab', 'as', 'lp', 'llp', 'pty',
  'group', 'gruppe', 'groupe', 'grupo', 'gruppo', 'agency', 'agentur', 'agence', 'agencia', 'agenzia',
  'association', 'verband', 'bundesverband', 'verein', 'foundation', 'stiftung', 'fondation', 'fundación', 'fundação',
  'fondazione', 'stichting', 'institute', 'institut', 'instituto', 'istituto', 'university', 'universität',
  'université', 'universidad', 'universidade', 'università', 'universiteit', 'college', 'school', 'hospital', 'clinic',
  'office', 'press office', 'pressestelle', 'presseamt', 'bureau', 'büro', 'ministry', 'ministerium', 'ministère',
  'ministerio', 'ministero', 'department', 'bundesamt', 'amt', 'council', 'commission', 'parliament', 'parlament',
  'partners', 'media', 'communications', 'pr', 'network', 'studio', 'studios', 'holdings', 'technologies', 'labs',
  'consulting', 'marketing', 'solutions', 'center', 'centre', 'zentrum', 'society', 'society,', 'trust', 'bank',
  'relations', 'sociedad', 'anónima', 'anonima', 'limitada', 'ltda', 'sociedade', 'società', 'gesellschaft', 'compañía',
  'companhia', 'cooperativa', 'genossenschaft', 'spółka', 'aktiebolag', 'oyj',
  // Public bodies: "Aarhus Kommune", "Gemeente Utrecht", "Comune di Bologna", "Miasto Gdańsk".
  'kommune', 'kommun', 'gemeente', 'gemeinde', 'comune', 'municipality', 'municipalité', 'ayuntamiento', 'miasto',
  'landkreis', 'landratsamt', 'region', 'regione', 'county', 'city council', 'chamber', 'fund', 'system', 'health', 'healthcare', 'fonds', 'fondo', 'kammer', 'chambre', 'cámara', 'camera di commercio', 'authority',
  // Trades a company names itself after: "Harlow Engineering", "Nimbus Therapeutics", "Kestrel Energy". A given name
  // before one ("Harlow", "Nimbus") does not make the pair a person.
  'engineering', 'energy', 'capital', 'pharmaceuticals', 'pharma', 'therapeutics', 'biosciences', 'biotech', 'robotics',
  'logistics', 'software', 'systems', 'ventures', 'insurance', 'properties', 'resources', 'foods', 'motors', 'airlines',
  'entertainment', 'electronics', 'semiconductor', 'automotive', 'aerospace', 'analytics', 'industries', 'laboratories',
  'enterprises', 'investments', 'brands', 'healthcare', 'water', 'utilities',
];

// What a page shows where it hid an address from harvesters, and a text copy of it keeps: Cloudflare's
// "[email protected]", Joomla's cloaking notice, "click to reveal" buttons. The person next to it is still a
// contact; the browser, which runs the page's script, reads the real address.
export const HIDDEN_EMAIL_MARKERS: readonly string[] = [
  '[email protected]', 'email protected', 'send email', '[email hidden as an image]', 'click to reveal', 'click to show email', 'show email address',
  'this email address is being protected from spambots', 'diese e-mail-adresse ist vor spambots geschützt',
  'you need javascript enabled to view it', 'zur anzeige muss javascript eingeschaltet sein',
  'vous devez activer le javascript pour la visualiser',
  'cette adresse e-mail est protégée contre les robots spammeurs', 'esta dirección de correo electrónico está siendo protegida',
  'questo indirizzo email è protetto dagli spambots', 'dit e-mailadres wordt beveiligd tegen spambots',
  'e-mail anzeigen', 'e-mail-adresse anzeigen', 'afficher l\'adresse e-mail', 'mostrar correo',
  // A wire's link to a contact form instead of the address ("Jane Doe / Acme / email us here").
  'email us here', 'e-mail us here',
];

// Local parts of role mailboxes that are a site's general address rather than a press contact when they
// follow a named press contact inside the same block ("info@wind-energie.de" after the press officer).
export const GENERAL_MAILBOXES: readonly string[] = [
  'info', 'kontakt', 'contact', 'office', 'mail', 'post', 'poststelle', 'zentrale', 'hello', 'hallo', 'service',
  'support', 'webmaster', 'empfang', 'reception', 'sales', 'vertrieb',
];

// Job titles that mark a press contact on their own, without a heading (a newsroom's business card:
// "Miriam Teige / Pressesprecherin Windkraft Onshore / Telefon: …").
export const MEDIA_ROLE_WORDS: readonly string[] = [
  'press officer', 'press secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'media relations manager',
  'media officer', 'pressesprecher', 'pressesprecherin', 'pressereferent', 'pressereferentin', 'sprecher',
  'sprecherin', 'attaché de presse', 'attachée de presse', 'porte-parole', 'portavoz', 'jefe de prensa',
  'jefa de prensa', 'porta-voz', 'assessor de imprensa', 'assessora de imprensa', 'addetto stampa', 'addetta stampa',
  'portavoce', 'woordvoerder', 'woordvoerster', 'persvoorlichter', 'rzecznik prasowy', 'rzeczniczka prasowa',
  'presschef', 'pressansvarig', 'pressechef', 'pressesjef', 'tiedottaja', '新闻发言人',
];

// The press or communications office a contact signs for ("Leiterin Unternehmenskommunikation", "Head of
// Communications", "Relations presse"): matched inside words, so German compounds count.
export const PRESS_UNIT_WORDS: readonly string[] = [
  'communications', 'media relations', 'public relations', 'public information', 'public affairs', 'press office', 'newsroom', 'kommunikation',
  'öffentlichkeitsarbeit', 'pressestelle', 'medienstelle', 'relations presse', 'relations médias', 'relations publiques',
  'service de presse', 'comunicación', 'comunicacion', 'gabinete de prensa', 'comunicazione', 'ufficio stampa',
  'comunicação', 'assessoria de imprensa', 'communicatie', 'persvoorlichting', 'komunikacji', 'biuro prasowe',
  'presstjänst', 'kommunikationsavdelning', 'viestintä', '広報', 'コミュニケーション', '宣伝', '宣传部', '公关', '公關',
];

export const CUE_LANGUAGES: readonly CueLanguage[] = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'sv', 'da', 'no', 'fi', 'zh', 'ja'];

export function allCues(table: Record<CueLanguage, readonly string[]>): string[] {
  return CUE_LANGUAGES.flatMap((lang) => table[lang]);
}

// Every press-contact cue, lower-cased: the detector's list (release-cues.ts) and the contact reader's tables. The
// detector's media-contact feature and the issuer's contact-block reader look for the same words.
export const PRESS_CONTACT_TERMS: readonly string[] = [...new Set([...MEDIA_CONTACT_TERMS, ...allCues(MEDIA_CONTACT_CUES)].map((t) => t.toLowerCase()))];

// "is" in the languages of the tables: "Ihre Ansprechpartnerin ist Anna Berger", "Your contact is Jane Doe". A label
// followed by one introduces the person in a sentence; a piece that ends in one is prose, never a job title.
export const COPULAS: readonly string[] = ['ist', 'sind', 'is', 'are', 'est', 'sont', 'es', 'son', 'è', 'sono', 'zijn', 'är', 'er', 'jest'];

