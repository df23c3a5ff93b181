import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 82 fixture pages, 116 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.258,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.260,
    urlSection: 0.368,
    titleTerm: 4.440,
    sectionHeading: -3.840,
    labelLine: 3.282,
    sectionLine: 0.774,
    ledeAnnounces: 1.185,
    datelineWire: 4.977,
    datelinePlaceDate: 2.957,
    datelinePlace: -0.009,
    dateNearHeadline: 1.504,
    immediateRelease: 2.002,
    embargoNotice: 1.803,
    endMark: 1.162,
    aboutBoilerplate: 1.800,
    mediaContact: 2.835,
    contactDetails: 0.984,
    selfReference: 2.821,
    orgByline: 3.751,
    reporting: -1.417,
    reporterByline: -1.905,
    agencyDateline: -3.304,
    productPage: -3.067,
    otherGenre: -4.148,
    listing: -4.322,
    headingList: -1.598,
    noBody: -3.775,
    filingCover: -2.053,
  },
} as const satisfies WeightTable;
