// Word tables for the issuer scorer (utils/extract/issuer/): what counts as a legal form, what names are never an
// issuer, and the verbs a lede announces with. Matched on folded text (lower case, no accents, punctuation as
// spaces: see foldName in ../issuer/normalise.ts). Only extraction imports this file, never the every-page detector.

// Legal-form words at the end of a name, dropped when names are compared ("Acme Corp." ~ "Acme").
export const LEGAL_FORM_TOKENS: readonly string[] = [
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'limited', 'llc', 'plc', 'lp', 'llp', 'gmbh', 'ggmbh',
  'mbh', 'ag', 'se', 'kg', 'kgaa', 'ev', 'sa', 'sas', 'sarl', 'spa', 'srl', 'sl', 'bv', 'nv', 'ab', 'asa', 'oy',
  'pte', 'pty', 'cv', 'de', 'kk',
];

// Articles that may open a name ("The Buckle", "Die Stiftung …", "L'Université …").
export const ORG_ARTICLES: readonly string[] = ['the', 'die', 'der', 'das', 'la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'l'];

// Small words inside a spelled-out name that an abbreviation may skip ("Bundesamt für Strahlenschutz" → BS or BfS).
export const ORG_LINK_WORDS: readonly string[] = [
  'of', 'and', 'for', 'the', 'on', 'in', 'für', 'und', 'der', 'die', 'des', 'das', 'den', 'im', 'am', 'zu', 'zur',
  'zum', 'von', 'de', 'du', 'des', 'la', 'le', 'et', 'y', 'e', 'del', 'della', 'di', 'do', 'da', 'van', 'voor', 'en',
];

// Names of wire services and press portals: they distribute a release, they never issue it ("PR Newswire",
// "presseportal", "EIN Presswire"). A substring of the folded name is enough.
export const DISTRIBUTOR_WORDS: readonly string[] = [
  'newswire', 'presswire', 'mediawire', 'business wire', 'businesswire', 'pr wire', 'prwire', 'accesswire', 'newsfile',
  'marketwired', 'cision', 'prweb', 'prlog', 'openpr', 'presseportal', 'pressebox', 'pressemeldung', 'press release',
  'pressrelease', 'news direct', 'newsdirect', 'newsworthy', 'pr karma', 'issuewire', 'pressat', 'dpa afx', 'apa ots',
  'ots', 'iwr', 'pressedienst', 'pressetext', 'newsaktuell', 'news aktuell', 'finanznachrichten', 'yahoo', 'msn',
  'google news', 'marketscreener', 'benzinga', 'marketwatch', 'stocktitan', 'investing com', 'boersen', 'ad hoc news',
];

// Words a news portal's or blog's site name is made of ("Podnews", "Kaieteur News", "Der Tagesspiegel"): such a
// site hosts or reports a release. Penalised only for the site's own name (og:site_name, title, logo, copyright)
// when the release text never names it.
export const NEWS_SITE_WORDS: readonly string[] = [
  'news', 'nachrichten', 'noticias', 'notizie', 'nouvelles', 'actualites', 'actualidad', 'zeitung', 'journal',
  'times', 'tribune', 'post', 'herald', 'gazette', 'daily', 'today', 'online', 'blog', 'radio', 'tv', 'magazin',
  'report', 'wire', 'press', 'presse', 'prensa', 'stampa', 'media', 'medien',
];

// Whole names that are a page's furniture, not an organisation ("Home", "Newsroom", "Über uns").
export const GENERIC_NAMES: readonly string[] = [
  'home', 'homepage', 'startseite', 'start', 'accueil', 'inicio', 'news', 'newsroom', 'press', 'presse', 'prensa',
  'stampa', 'media', 'medien', 'medias', 'aktuelles', 'aktuell', 'meldungen', 'nachrichten', 'noticias', 'notizie',
  'actualites', 'actualite', 'blog', 'menu', 'search', 'suche', 'contact', 'contacts', 'kontakt', 'impressum',
  'imprint', 'datenschutz', 'privacy', 'privacy policy', 'cookies', 'login', 'share', 'teilen', 'english', 'deutsch',
  'francais', 'espanol', 'italiano', 'top', 'back', 'zuruck', 'more', 'mehr', 'read more', 'weiterlesen', 'about',
  'about us', 'uber uns', 'qui sommes nous', 'quienes somos', 'chi siamo', 'over ons', 'logo', 'company', 'unternehmen',
  'all rights reserved', 'alle rechte vorbehalten', 'copyright', 'press room', 'pressroom', 'media center',
  'media centre', 'press center', 'press centre', 'pressemitteilung', 'pressemitteilungen', 'press release',
  'press releases', 'news release', 'news releases', 'communique', 'communique de presse', 'comunicado',
  'comunicado de prensa', 'nota de prensa', 'comunicato stampa', 'persbericht', 'medienmitteilung', 'presseinformation',
  'infoportal', 'listenseite', 'meldung', 'wir', 'us', 'uns', 'nous', 'nosotros', 'noi', 'ons', 'page', 'website',
  // An office alone is a person's title, not the body ("Mayor announces free bus fares").
  'mayor', 'governor', 'senator', 'minister', 'president', 'chancellor', 'premier', 'sheriff', 'buergermeister',
  'burgermeister', 'burgermeisterin', 'oberburgermeister', 'oberburgermeisterin', 'ministerin', 'maire', 'alcalde', 'alcaldesa',
  'sindaco', 'burgemeester', 'prefet', 'landrat', 'landratin',
];

// Words before a name that make it a person's ("Dr. Jane Roe", "Frau Anna Berger").
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'herr', 'frau', 'm', 'mme', 'mlle', 'sr', 'sra', 'srta', 'sig',
  'sigra', 'dhr', 'mevr',
];

// "<Org>, a leading …, today announced …" / "Die <Org> gab heute bekannt …" / "<Org> annonce …" / "<Org> anuncia …":
// the lede's subject issued the release. Written as they follow the name (an adverb may come between).
export const ANNOUNCE_VERBS: readonly string[] = [
  // en
  'announced', 'announces', 'is pleased to announce', 'is proud to announce', 'is excited to announce', 'has announced',
  'launched', 'launches', 'has launched', 'unveiled', 'unveils', 'introduced', 'introduces', 'released', 'releases',
  'reported', 'reports', 'appointed', 'appoints', 'has appointed', 'named', 'names', 'welcomes', 'celebrates',
  'is proud', 'is delighted', 'is thrilled', 'has signed', 'signed', 'expands', 'opens', 'opened', 'completed', 'completes', 'received', 'receives', 'partners',
  // de
  'gab bekannt', 'gibt bekannt', 'hat bekannt gegeben', 'kündigt an', 'kündigte an', 'startet', 'präsentiert',
  'freut sich', 'stellt vor', 'stellte vor', 'veröffentlicht', 'veröffentlichte', 'lädt', 'begrüßt', 'fordert', 'ernennt', 'zeichnet',
  'eröffnet', 'hat eröffnet', 'übernimmt', 'hat übernommen', 'erhält', 'unterzeichnet', 'erweitert', 'feiert', 'gewinnt',
  // fr
  'annonce', 'a annoncé', 'lance', 'a lancé', 'dévoile', 'a dévoilé', 'présente', 'publie', 'devient', 'accueille',
  'nomme', 'a nommé', 'célèbre', 'inaugure', 'est fier', 'est fière', 'est heureux', 'est heureuse',
  'ouvre', 'a ouvert', 'a inauguré', 'signe', 'a signé', 'reçoit', 'a reçu', 'remporte', 'a remporté', 'étend',
  // es
  'anuncia', 'anunció', 'ha anunciado', 'lanza', 'lanzó', 'presenta', 'presentó', 'da la bienvenida', 'establece',
  'nombra', 'celebra', 'inaugura', 'publica', 'se enorgullece', 'se complace', 'se une',
  'inauguró', 'ha inaugurado', 'abre', 'abrió', 'firma', 'firmó', 'celebró', 'nombró', 'recibe', 'recibió', 'amplía',
  'amplió', 'alcanza', 'alcanzó', 'premia',
  // The perfect, as Spanish releases write the day's news ("ha lanzado hoy …").
  'ha lanzado', 'ha presentado', 'ha firmado', 'ha abierto', 'ha nombrado', 'ha recibido', 'ha celebrado',
  'ha publicado', 'ha puesto en marcha', 'ha creado', 'ha ampliado', 'ha adquirido',
  // it
  'annuncia', 'ha annunciato', 'lancia', 'presenta', 'comunica', 'nomina', 'celebra', 'è lieta', 'è orgogliosa',
  'inaugura', 'ha inaugurato', 'apre', 'ha aperto', 'firma', 'ha firmato', 'riceve', 'vince',
  'ha lanciato', 'ha presentato', 'ha nominato', 'ha ricevuto', 'ha pubblicato', 'ha acquisito', 'ha avviato',
  // pt
  'anuncia', 'lança', 'apresenta', 'inaugura', 'abre', 'assina', 'recebe',
  'anunciou', 'lançou', 'apresentou', 'inaugurou', 'abriu', 'assinou', 'recebeu',
  // nl
  'kondigt', 'maakt bekend', 'lanceert', 'presenteert', 'introduceert', 'opent', 'heeft aangekondigd', 'lanceerde',
  'presenteerde', 'opende', 'ontvangt', 'ondertekent',
  // pl, sv, da, no
  'ogłasza', 'ogłosiła', 'ogłosił', 'uruchomiła', 'uruchomił', 'przedstawia', 'meddelar', 'lanserar', 'presenterar',
  'annoncerer', 'lancerer', 'præsenterer', 'kunngjør', 'lanserer', 'presenterer',
];

// Verbs a headline's subject takes ("Acme Launches …", "Fundación Horizonte abre …", "Kessler übernimmt …"): one
// word, in either case, so "Harbour City Marathon moves to October" gives "Harbour City Marathon".
export const HEADLINE_VERBS: readonly string[] = [
  'announces', 'announced', 'initiates', 'launches', 'unveils', 'welcomes', 'celebrates', 'rolls', 'kicks', 'introduces',
  'presents', 'reports', 'releases', 'expands', 'opens', 'partners', 'names', 'appoints', 'receives', 'wins', 'moves',
  'joins', 'signs', 'to', 'is', 'has', 'and',
  'startet', 'präsentiert', 'eröffnet', 'übernimmt', 'erhält', 'gewinnt', 'erweitert', 'feiert', 'ernennt', 'fordert', 'begrüßt', 'legt', 'ist', 'hat', 'und',
  'annonce', 'lance', 'dévoile', 'présente', 'ouvre', 'inaugure', 'nomme', 'signe', 'reçoit', 'remporte', 'devient', 'est', 'et',
  'anuncia', 'lanza', 'presenta', 'abre', 'inaugura', 'nombra', 'firma', 'recibe', 'celebra', 'amplía', 'es', 'y',
  'annuncia', 'lancia', 'apre', 'nomina', 'riceve', 'vince', 'è', 'e',
  'lança', 'apresenta', 'assina', 'recebe',
  'lanceert', 'presenteert', 'opent', 'ogłasza', 'otwiera', 'lanserar', 'presenterar',
];

// Adverbs between the name and the verb ("today announced", "gab heute bekannt", "annonce aujourd'hui").
// What follows the issuer's name in a Chinese or Japanese lede: "…今天宣布", "…は、" (the topic marker after the
// company and its head office).
// Japanese puts the topic marker before "today": "ミドリ食品株式会社（本社：…）は本日、…を発表".
export const CJK_ANNOUNCE_MARKERS: readonly string[] = [
  '宣布', '宣佈', '发布', '發布', '推出', 'は、', 'は,', 'は本日、', 'は本日,', 'は今般、', 'はこのたび、', 'はこの度、',
];

// A research release's lede names the team before its institution: "Researchers at the University of Oberhain have …",
// "Forschende der Universität Heidelberg haben …", "Des chercheurs de l'Université de Montpellier ont …". The words up
// to the institution, per language; the institution after them is the lede's subject.
export const RESEARCH_TEAM_LEADS: readonly string[] = [
  // en
  'researchers at', 'researchers from', 'researchers with', 'scientists at', 'scientists from', 'engineers at',
  'engineers from', 'a team at', 'a team from', 'a team of researchers at', 'a team of researchers from',
  'a research team at', 'a research team from', 'an international team led by', 'experts at', 'physicians at',
  'doctors at',
  // de
  'forschende der', 'forschende des', 'forschende am', 'forschende an der', 'forschende vom', 'forscher der',
  'forscher des', 'forscherinnen und forscher der', 'forscherinnen und forscher des', 'wissenschaftler der',
  'wissenschaftler des', 'wissenschaftlerinnen und wissenschaftler der', 'wissenschaftlerinnen und wissenschaftler des',
  'ein team der', 'ein team des', 'ein forschungsteam der', 'ein forschungsteam des', 'ein team von',
  // fr
  'des chercheurs de', 'des chercheurs du', 'des chercheuses et chercheurs de', 'une équipe de', 'une équipe du',
  'des scientifiques de', 'des scientifiques du',
  // es
  'investigadores de', 'investigadores del', 'un equipo de', 'un equipo del', 'científicos de', 'científicos del',
  // it
  'ricercatori della', 'ricercatori dell’', "ricercatori dell'", 'ricercatori del', 'un team di', 'un gruppo di ricerca della',
  // nl
  'onderzoekers van', 'onderzoekers aan', 'wetenschappers van',
];

// A common noun between the article and the issuer's name in a lede: "Le groupe Maisons Durables annonce …", "La
// société Acme lance …", "El grupo Inditex presenta …", "Die Firma Hansen eröffnet …", "The company Acme today …".
export const SUBJECT_DESCRIPTORS: readonly string[] = [
  // Not the public bodies and foundations whose word is part of the name ("De gemeente Zwolle", "La Fondation Abbé
  // Pierre", "Die Stadt Köln").
  'groupe', 'société', 'entreprise', 'start-up', 'startup', 'marque', 'grupo', 'empresa', 'compañía', 'sociedad', 'firma',
  'marca', 'companhia', 'gruppo', 'società', 'azienda', 'unternehmen', 'konzern', 'bedrijf', 'organisatie', 'company', 'firm', 'group',
];

export const ANNOUNCE_ADVERBS: readonly string[] = ['today', 'heute', 'aujourd’hui', "aujourd'hui", 'hoy', 'oggi', 'hoje', 'vandaag', 'recently', 'officially', 'dziś', 'idag', 'i dag'];

// E-mail providers whose domain names no organisation.
export const FREEMAIL_LABELS: readonly string[] = [
  'gmail', 'googlemail', 'yahoo', 'hotmail', 'outlook', 'live', 'msn', 'aol', 'icloud', 'me', 'mac', 'gmx', 'web',
  't-online', 'freenet', 'protonmail', 'proton', 'mail', 'yandex', 'orange', 'free', 'wanadoo', 'laposte', 'libero',
  'virgilio', 'tiscali', 'zoho', 'qq', '163', 'example',
];

// A label that names who published the page, on a line of its own near the headline: "From: Home Office",
// "Herausgeber: Deutscher Wetterdienst", "Publié par : Ville de Lyon". Not "Source:" (a photo's or a quote's).
// Wire-service attribution lines, written by the wire under the release (adapters for the wires' documented formats):
// PR Newswire and the Cision wires end with "SOURCE Acme Corp" (in capitals, case-sensitive); news aktuell's
// presseportal with "Original-Content von: Polizeipräsidium X, übermittelt durch news aktuell".
export const WIRE_SOURCE_LABELS: readonly string[] = ['SOURCE', 'Original-Content von:'];

// "and" in the languages of the tables: where a label names two publishers ("Home Office and Border Force").
export const AND_WORDS: readonly string[] = ['and', 'und', 'et', 'y', 'e', 'en', 'och', 'og', 'i', 'ja', 'oraz'];

export const PUBLISHER_LABELS: readonly string[] = [
  'from', 'published by', 'issued by', 'released by', 'herausgeber', 'herausgegeben von', 'veröffentlicht von',
  'publié par', 'émetteur', 'emetteur', 'publicado por', 'emisor', 'pubblicato da', 'a cura di', 'uitgegeven door',
  'afzender', 'utgiven av', 'udgivet af', 'utgitt av', 'wydawca',
];
