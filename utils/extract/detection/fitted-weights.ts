import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 52 fixture pages, 87 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.329,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.574,
    urlSection: -0.368,
    titleTerm: 4.712,
    sectionHeading: -3.504,
    labelLine: 3.327,
    sectionLine: 1.330,
    ledeAnnounces: 0.438,
    datelineWire: 5.248,
    datelinePlaceDate: 2.366,
    datelinePlace: 0.009,
    dateNearHeadline: 1.701,
    immediateRelease: 2.004,
    embargoNotice: 1.802,
    endMark: 1.026,
    aboutBoilerplate: 2.159,
    mediaContact: 2.600,
    contactDetails: -0.107,
    selfReference: 3.033,
    orgByline: 3.669,
    reporting: -1.260,
    reporterByline: -1.284,
    agencyDateline: -3.395,
    productPage: -3.083,
    otherGenre: -3.897,
    listing: -3.965,
    headingList: -1.409,
    noBody: -3.607,
    filingCover: -2.039,
  },
} as const satisfies WeightTable;
