import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 166 fixture pages weighed to the tune split's share of releases, 196 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.005,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 2.654,
    urlSection: 0.951,
    wireHost: 1.500,
    titleTerm: 3.045,
    sectionHeading: -4.570,
    labelLine: 2.058,
    sectionLine: 0.641,
    ledeAnnounces: 1.542,
    datelineWire: 4.366,
    datelinePlaceDate: 4.416,
    datelinePlace: 0.228,
    dateNearHeadline: 1.454,
    immediateRelease: 2.003,
    embargoNotice: 1.807,
    endMark: 1.105,
    aboutBoilerplate: 1.586,
    mediaContact: 2.438,
    contactDetails: 0.761,
    contactSentence: 1.061,
    selfReference: 2.746,
    orgByline: 3.463,
    reporting: -1.396,
    reporterByline: -3.811,
    agencyDateline: -3.760,
    productPage: -4.027,
    otherGenre: -4.534,
    listing: -5.045,
    headingList: -1.807,
    noBody: -4.188,
    filingCover: -2.197,
    jobPosting: -7.979,
  },
} as const satisfies WeightTable;
