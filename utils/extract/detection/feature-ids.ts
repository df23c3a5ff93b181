// The detector's features, in one list: features.ts computes each, the fitted weight table (fitted-weights.ts,
// written by scripts/fit-detector.ts) gives each its weight, and a table that names another set is refused.
//
// `prior` is the weight a person would give the feature before seeing data (in log-odds): the fit starts from
// it and moves only as far as the tune split's evidence pulls, so a feature the corpus never shows (a Polish
// label, a shop's cart button) keeps a sensible weight instead of falling to zero.

export const FEATURES = {
  ldPress: { prior: 2.2, about: 'JSON-LD type or genre says press release' },
  urlRelease: { prior: 1.2, about: "the URL, or the page's canonical one, names a release ('press-release', 'pressemitteilung')" },
  urlSection: { prior: 0.5, about: "the URL is in a press section ('newsroom', 'presse') or is its index" },
  wireHost: { prior: 1.5, about: 'the page is on a release-distribution service (a wire or press portal)' },
  titleTerm: { prior: 1.8, about: 'title, H1 or section meta says press release' },
  sectionHeading: { prior: -1.5, about: "the main heading only names a section ('Press Releases', 'Newsroom')" },
  labelLine: { prior: 1.8, about: 'a label or breadcrumb near the headline says press release' },
  sectionLine: { prior: 1.2, about: "a line near the headline names the press section ('Newsroom')" },
  ledeAnnounces: { prior: 1.2, about: "the lede has the issuer announce ('Acme today announced')" },
  datelineWire: { prior: 3.0, about: "a wire-service dateline ('NEW YORK, May 1, 2026 /PRNewswire/ --')" },
  datelinePlaceDate: { prior: 1.6, about: "a dateline with place and date ('BERLIN, 3 March 2026 –')" },
  datelinePlace: { prior: 0.8, about: "a dateline with a place only ('BERLIN –')" },
  dateNearHeadline: { prior: 0.6, about: 'a date line next to the headline' },
  immediateRelease: { prior: 2.0, about: "'For immediate release'" },
  embargoNotice: { prior: 1.8, about: 'an embargo notice' },
  endMark: { prior: 1.0, about: "a wire end mark ('###', '-30-')" },
  aboutBoilerplate: { prior: 1.0, about: "'About Acme' boilerplate" },
  mediaContact: { prior: 1.0, about: "a media-contact cue ('Media Contact:', 'Pressekontakt') or contact details signed by a press office" },
  contactDetails: { prior: 0.8, about: "a bare 'Contact' heading with an address or number after the story" },
  contactSentence: { prior: 0.8, about: "a sentence asking to get in touch, with an address or number ('For interviews, contact Jane Doe at …')" },
  selfReference: { prior: 1.2, about: "the text calls itself a press release ('this press release')" },
  orgByline: { prior: 1.6, about: 'a byline in the name of an organisation' },
  reporting: { prior: -1.2, about: "reporting phrases ('said in a statement'), counted up to 3" },
  reporterByline: { prior: -1.0, about: "a reporter's byline" },
  agencyDateline: { prior: -2.0, about: "a news agency's dateline ('ROME (ANSA) -')" },
  productPage: { prior: -1.6, about: 'a product or shop page' },
  otherGenre: { prior: -1.4, about: "labelled as another genre ('Interview', 'Kommentar')" },
  listing: { prior: -2.0, about: 'many dated entries with little body text (a listing)' },
  headingList: { prior: -1.0, about: 'a run of headings with short teasers right under the page heading (a listing)' },
  noBody: { prior: -1.2, about: 'no body paragraph' },
  filingCover: { prior: -1.5, about: "a securities filing's cover page" },
  jobPosting: { prior: -2.5, about: "a job posting ('Pressesprecher (m/w/d)', 'Your tasks', 'Apply now')" },
} as const satisfies Record<string, { prior: number; about: string }>;

export type FeatureId = keyof typeof FEATURES;
export const FEATURE_IDS = Object.keys(FEATURES) as FeatureId[];
// The log-odds of a page with no evidence at all: most pages on the web are not releases.
export const PRIOR_BIAS = -2.0;
