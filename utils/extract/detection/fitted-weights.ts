import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 100 fixture pages, 134 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -2.964,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.238,
    urlSection: 0.314,
    titleTerm: 4.291,
    sectionHeading: -3.883,
    labelLine: 3.098,
    sectionLine: 0.598,
    ledeAnnounces: 1.423,
    datelineWire: 4.701,
    datelinePlaceDate: 4.112,
    datelinePlace: -0.207,
    dateNearHeadline: 1.281,
    immediateRelease: 2.001,
    embargoNotice: 1.804,
    endMark: 1.126,
    aboutBoilerplate: 1.366,
    mediaContact: 2.972,
    contactDetails: 0.631,
    contactSentence: 0.769,
    selfReference: 2.559,
    orgByline: 3.705,
    reporting: -1.454,
    reporterByline: -1.920,
    agencyDateline: -3.244,
    productPage: -3.154,
    otherGenre: -4.853,
    listing: -4.365,
    headingList: -2.010,
    noBody: -3.936,
    filingCover: -2.009,
  },
} as const satisfies WeightTable;
