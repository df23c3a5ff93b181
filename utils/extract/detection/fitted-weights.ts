import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 85 fixture pages, 119 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.239,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.255,
    urlSection: 0.345,
    titleTerm: 4.430,
    sectionHeading: -3.891,
    labelLine: 3.279,
    sectionLine: 0.740,
    ledeAnnounces: 1.388,
    datelineWire: 4.982,
    datelinePlaceDate: 3.004,
    datelinePlace: 0.001,
    dateNearHeadline: 1.474,
    immediateRelease: 2.002,
    embargoNotice: 1.803,
    endMark: 1.135,
    aboutBoilerplate: 1.749,
    mediaContact: 2.821,
    contactDetails: 1.015,
    selfReference: 2.820,
    orgByline: 3.758,
    reporting: -1.418,
    reporterByline: -1.913,
    agencyDateline: -3.296,
    productPage: -3.047,
    otherGenre: -4.178,
    listing: -4.375,
    headingList: -1.616,
    noBody: -3.776,
    filingCover: -2.048,
  },
} as const satisfies WeightTable;
