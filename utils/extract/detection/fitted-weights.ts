import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 103 fixture pages, 137 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -2.963,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.238,
    urlSection: 0.349,
    titleTerm: 4.290,
    sectionHeading: -3.894,
    labelLine: 3.098,
    sectionLine: 0.592,
    ledeAnnounces: 1.421,
    datelineWire: 4.700,
    datelinePlaceDate: 4.132,
    datelinePlace: -0.215,
    dateNearHeadline: 1.279,
    immediateRelease: 2.001,
    embargoNotice: 1.804,
    endMark: 1.126,
    aboutBoilerplate: 1.363,
    mediaContact: 2.977,
    contactDetails: 0.628,
    contactSentence: 0.765,
    selfReference: 2.556,
    orgByline: 3.705,
    reporting: -1.454,
    reporterByline: -1.919,
    agencyDateline: -3.244,
    productPage: -3.154,
    otherGenre: -4.867,
    listing: -4.376,
    headingList: -2.013,
    noBody: -3.940,
    filingCover: -2.008,
  },
} as const satisfies WeightTable;
