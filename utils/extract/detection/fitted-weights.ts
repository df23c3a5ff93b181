import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 67 fixture pages, 102 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.356,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.452,
    urlSection: -0.397,
    titleTerm: 4.625,
    sectionHeading: -3.552,
    labelLine: 3.477,
    sectionLine: 1.345,
    ledeAnnounces: 0.606,
    datelineWire: 5.270,
    datelinePlaceDate: 2.427,
    datelinePlace: -0.118,
    dateNearHeadline: 1.589,
    immediateRelease: 2.003,
    embargoNotice: 1.802,
    endMark: 1.020,
    aboutBoilerplate: 2.133,
    mediaContact: 2.731,
    contactDetails: 0.558,
    selfReference: 2.967,
    orgByline: 3.760,
    reporting: -1.264,
    reporterByline: -1.288,
    agencyDateline: -3.401,
    productPage: -3.123,
    otherGenre: -3.979,
    listing: -4.015,
    headingList: -1.285,
    noBody: -3.770,
    filingCover: -2.109,
  },
} as const satisfies WeightTable;
