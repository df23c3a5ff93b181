import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 85 fixture pages, 119 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.209,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.256,
    urlSection: 0.336,
    titleTerm: 4.413,
    sectionHeading: -3.879,
    labelLine: 3.236,
    sectionLine: 0.734,
    ledeAnnounces: 1.366,
    datelineWire: 4.985,
    datelinePlaceDate: 3.011,
    datelinePlace: -0.006,
    dateNearHeadline: 1.515,
    immediateRelease: 2.002,
    embargoNotice: 1.803,
    endMark: 1.134,
    aboutBoilerplate: 1.745,
    mediaContact: 2.786,
    contactDetails: 0.973,
    selfReference: 2.821,
    orgByline: 3.711,
    reporting: -1.410,
    reporterByline: -1.948,
    agencyDateline: -3.311,
    productPage: -3.043,
    otherGenre: -4.180,
    listing: -4.362,
    headingList: -1.622,
    noBody: -3.747,
    filingCover: -2.032,
  },
} as const satisfies WeightTable;
