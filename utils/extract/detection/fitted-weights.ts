import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 92 fixture pages, 126 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.195,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.245,
    urlSection: 0.259,
    titleTerm: 4.402,
    sectionHeading: -3.922,
    labelLine: 3.182,
    sectionLine: 0.612,
    ledeAnnounces: 1.639,
    datelineWire: 4.901,
    datelinePlaceDate: 3.315,
    datelinePlace: -0.119,
    dateNearHeadline: 1.510,
    immediateRelease: 2.002,
    embargoNotice: 1.803,
    endMark: 1.111,
    aboutBoilerplate: 1.587,
    mediaContact: 2.943,
    contactDetails: 0.838,
    selfReference: 2.722,
    orgByline: 3.707,
    reporting: -1.423,
    reporterByline: -1.922,
    agencyDateline: -3.287,
    productPage: -3.167,
    otherGenre: -4.311,
    listing: -4.408,
    headingList: -1.866,
    noBody: -3.821,
    filingCover: -1.981,
  },
} as const satisfies WeightTable;
