// What makes a run of capitalised words an organisation's name rather than a person's or a headline's: a legal form
// ("Acme GmbH", "Wisła Energia S.A."), a word for a kind of body ("Springdale Water Utilities Board", "La Région Pays
// de la Loire", "Ayuntamiento de Valdemoro"), or, in German, Dutch and the Nordic languages, a compound ending in such a
// word ("Polizeidirektion", "Stadtwerke", "Landesinstitut"). The issuer reader (issuer/candidate.ts: LEGAL) builds one
// pattern from these tables; the contact reader keeps its own lower-case list (contact-cues.ts: ORGANIZATION_WORDS),
// which also holds words that name an organisation only inside a contact block ("media", "partners").
// Matched case-sensitively as written: a name writes its kind with a capital.

export const LEGAL_FORMS: readonly string[] = [
  'AG', 'SE', 'GmbH', 'gGmbH', 'mbH', 'KG', 'KGaA', 'e. V.', 'e.V.', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation',
  'Ltd', 'Ltd.', 'Limited', 'LLC', 'LLP', 'plc', 'PLC', 'S.A.', 'SA', 'SAS', 'SARL', 'S.L.', 'S.p.A.', 'SpA', 'S.r.l.',
  'Srl', 'B.V.', 'N.V.', 'Co.', 'Oy', 'Oyj', 'AB', 'ASA', 'A/S', 'Sp. z o.o.', 'S.A.S.', 'Pty', 'K.K.',
];

// Whole words, per language (a word may sit in several languages' lists; the union is what counts). Facilities
// (museum, library, zoo) are left out: a city's story is often about its library, and the city issued it.
export const ORGANIZATION_NOUNS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'Foundation', 'Association', 'Institute', 'University', 'College', 'School', 'Schools', 'Academy', 'Hospital',
    'Hospitals', 'Clinic', 'Society', 'Company', 'Group', 'Partners',
    'Bank', 'Center', 'Centre', 'Council', 'Commission', 'Committee', 'Agency', 'Department', 'Ministry',
    'Parliament', 'Office', 'Board', 'Authority', 'Administration', 'Bureau', 'Service', 'Services', 'Trust',
    'Alliance', 'Coalition', 'Federation', 'Union', 'Chamber', 'Organization', 'Organisation', 'Government',
    'Police', 'Constabulary', 'Court', 'Embassy', 'Senate', 'Assembly', 'Utilities', 'Cooperative', 'Network',
    'Fund', 'County', 'Municipality', 'District', 'Church', 'Diocese', 'Holdings', 'Technologies', 'Industries',
    'Laboratories', 'Systems', 'Consortium', 'Institution',
  ],
  de: [
    'Stiftung', 'Verband', 'Verein', 'Institut', 'Universität', 'Hochschule', 'Akademie', 'Klinikum', 'Klinik',
    'Krankenhaus', 'Gesellschaft', 'Gruppe', 'Zentrum', 'Ministerium', 'Bundesamt', 'Amt',
    'Behörde', 'Verwaltung', 'Regierung', 'Senat', 'Gemeinde', 'Stadt', 'Landkreis', 'Kreis', 'Kanton', 'Bezirk',
    'Polizei', 'Feuerwehr', 'Gericht', 'Staatsanwaltschaft', 'Kammer', 'Partei', 'Fraktion', 'Gewerkschaft',
    'Genossenschaft', 'Bund', 'Union', 'Agentur', 'Büro', 'Kommission', 'Rat',
  ],
  fr: [
    'Fondation', 'Association', 'Institut', 'Université', 'École', 'Ecole', 'Académie', 'Hôpital', 'Clinique',
    'Société', 'Groupe', 'Centre', 'Ministère', 'Mairie', 'Ville', 'Commune', 'Métropole',
    'Région', 'Département', 'Préfecture', 'Conseil', 'Agence', 'Office', 'Syndicat', 'Fédération', 'Chambre',
    'Commission', 'Police', 'Gendarmerie', 'Communauté', 
  ],
  es: [
    'Fundación', 'Asociación', 'Instituto', 'Universidad', 'Colegio', 'Academia', 'Hospital', 'Clínica', 
    'Sociedad', 'Grupo', 'Centro', 'Ministerio', 'Ayuntamiento', 'Junta', 'Gobierno', 'Consejería',
    'Diputación', 'Generalitat', 'Xunta', 'Cabildo', 'Policía', 'Guardia', 'Cámara', 'Sindicato', 'Federación',
    'Confederación', 'Comisión', 'Consejo', 'Servicio', 'Agencia', 'Empresa', 
  ],
  it: [
    'Fondazione', 'Associazione', 'Istituto', 'Università', 'Politecnico', 'Accademia', 'Ospedale', 'Clinica',
    'Società', 'Gruppo', 'Centro', 'Ministero', 'Comune', 'Regione', 'Provincia', 'Polizia',
    'Carabinieri', 'Camera', 'Consiglio', 'Agenzia', 'Azienda', 'Ente', 'Consorzio', 'Federazione', 'Sindacato',
  ],
  pt: [
    'Fundação', 'Associação', 'Instituto', 'Universidade', 'Hospital', 'Sociedade', 'Grupo', 'Centro',
    'Ministério', 'Prefeitura', 'Câmara', 'Governo', 'Polícia', 'Agência', 'Secretaria', 'Companhia',
  ],
  nl: [
    'Stichting', 'Vereniging', 'Instituut', 'Universiteit', 'Hogeschool', 'Ziekenhuis', 'Gemeente',
    'Provincie', 'Ministerie', 'Politie', 'Rechtbank', 'Groep',
  ],
  nordic: [
    'Kommune', 'Kommun', 'Region', 'Universitet', 'Stiftelse', 'Stiftelsen', 'Forening', 'Förening', 'Förbund',
    'Forbund', 'Politi', 'Polisen', 'Sykehus', 'Sjukhus', 'Institutt', 'Institutet', 'Myndighet',
    'Direktoratet', 'Departementet', 'Kunta', 'Yliopisto',
  ],
  pl: [
    'Urząd', 'Ministerstwo', 'Uniwersytet', 'Politechnika', 'Akademia', 'Fundacja', 'Stowarzyszenie', 'Policja',
    'Komenda', 'Szpital', 'Instytut', 'Spółka', 'Grupa', 'Miasto', 'Gmina', 'Powiat', 'Województwo',
    'Izba', 'Związek', 'Rada', 'Agencja',
  ],
};

// The end of a compound that names a kind of body, in languages that write one word for it: "Polizeidirektion",
// "Landratsamt", "Stadtwerke", "Verkehrsbetriebe", "Handwerkskammer", "Universitetssykehus".
export const ORGANIZATION_TAILS: readonly string[] = [
  'amt', 'ämter', 'behörde', 'verwaltung', 'direktion', 'präsidium', 'inspektion', 'ministerium', 'stiftung',
  'verband', 'verein', 'kammer', 'werke', 'betriebe', 'gesellschaft', 'institut', 'zentrum', 'klinik', 'klinikum',
  'kliniken', 'krankenhaus', 'schule', 'hochschule', 'akademie', 'gericht', 'kasse',
  'agentur', 'partei', 'fraktion', 'gewerkschaft', 'genossenschaft', 'regierung', 'kanzlei', 'rat', 'bank',
  'ziekenhuis', 'stichting', 'kommune', 'kommun', 'sykehus', 'sjukhus', 'direktoratet', 'verket', 'styrelsen',
];

// English municipal and state bodies named "City of Springfield", "Town of Brookline", "Port of Tacoma": the word
// is a body only with "of" and a name after it ("Kansas City", "Town Hall" are not).
export const ORGANIZATION_NOUNS_BEFORE_OF: readonly string[] = [
  'City', 'Town', 'Village', 'Borough', 'Township', 'Port', 'State', 'Province', 'Commonwealth', 'Municipality',
];

// The Nordic languages write the kind of body in lower case after the name: "Bergen kommune", "Stockholms stad",
// "Oslo universitetssykehus", "Region Skåne" aside.
export const ORGANIZATION_NOUNS_AFTER_NAME: readonly string[] = [
  'kommune', 'kommun', 'stad', 'fylkeskommune', 'landsting', 'universitet', 'universitetssykehus', 'sykehus', 'sjukhus',
  'universitetssjukhus', 'politidistrikt', 'polisregion', 'länsstyrelse', 'regionråd',
];

// Chinese and Japanese write the kind of body inside the name, without spaces: "ミドリ精機株式会社", "青葉大学", "华光科技股份有限公司".
export const CJK_ORGANIZATION_PARTS: readonly string[] = [
  '株式会社', '有限会社', '合同会社', '法人', '大学', '協会', '財団', '研究所', '機構', '省', '庁', '公司', '集团', '集團', '协会', '大學',
];

// How the name of a department ends in Japanese and Chinese ("総務部", "経営企画室", "新製品PR事務局", "市场部",
// "品牌中心"): in a release's contact block, the department a person works in is their role, as a press unit is.
export const CJK_UNIT_ENDINGS: readonly string[] = [
  '部', '室', '課', '局', '本部', 'グループ', 'チーム', '担当', 'センター', '部门', '部門', '中心', '办公室', '辦公室', '处', '處',
];

// Words that open the name of a unit inside a body rather than a body: "Referat Presse- und Öffentlichkeitsarbeit",
// "Stabsstelle Hochschulkommunikation", "Office of Communications", "Service communication", "Gabinete de Prensa".
// With a press word (contact-cues.ts: PRESS_UNIT_WORDS) such a unit is the press office a contact works in: their
// role, not their organisation, and never the release's issuer. Lower case: matched on the first word.
export const UNIT_HEADS: readonly string[] = [
  'referat', 'abteilung', 'stabsstelle', 'dezernat', 'fachbereich', 'sachgebiet', 'geschäftsbereich', 'bereich', 'team',
  'office', 'department', 'division', 'unit', 'service', 'direction', 'dirección', 'departamento', 'gabinete', 'área',
  'ufficio', 'servizio', 'direzione', 'afdeling', 'dienst', 'avdelning', 'avdeling', 'wydział', 'biuro', 'dział',
];

// How the name of an academic or clinical unit inside a body opens ("Institut für Zellbiologie", "Department of
// Chemistry", "Laboratoire de physique", "Lehrstuhl für Ökonomie"): under a person's name, the unit they work in is
// their role, and their organisation is the body (often the issuer), as a university's own release writes it. Only with
// the linking word: "Institut Pasteur" is a body of its own.
export const SUBUNIT_LEADS: readonly string[] = [
  'institut für', 'lehrstuhl für', 'professur für', 'klinik für', 'abteilung für', 'arbeitsgruppe', 'forschungsgruppe',
  'fachgebiet', 'department of', 'school of', 'faculty of', 'division of', 'laboratory of', 'lab of', 'institute of',
  'institute for', 'centre for', 'center for', 'département de', 'département d’', "département d'", 'faculté de',
  'faculté des', 'laboratoire de', 'laboratoire d’', "laboratoire d'", 'unité de', 'departamento de', 'facultad de',
  'instituto de', 'dipartimento di', 'facoltà di', 'istituto di', 'afdeling', 'faculteit', 'vakgroep', 'katedra',
  'wydział', 'zakład',
];

// The small words inside an organisation's or office's name ("Ayuntamiento de Villaverde", "Universität der Künste",
// "Presse- und Öffentlichkeitsarbeit", "Office of Communications"): a name read word by word goes on past them.
export const NAME_LINK_WORDS: readonly string[] = [
  'of', 'and', 'for', '&', 'für', 'und', 'der', 'die', 'das', 'de', 'de la', 'del', 'la', 'las', 'los', 'le', 'des', 'du',
  'di', 'della', 'y', 'et', 'e', 'van', 'voor', 'en',
];
