import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 52 fixture pages, 87 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.331,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.574,
    urlSection: -0.370,
    titleTerm: 4.714,
    sectionHeading: -3.513,
    labelLine: 3.326,
    sectionLine: 1.331,
    ledeAnnounces: 0.435,
    datelineWire: 5.278,
    datelinePlaceDate: 2.366,
    datelinePlace: 0.011,
    dateNearHeadline: 1.704,
    immediateRelease: 2.004,
    embargoNotice: 1.824,
    endMark: 1.027,
    aboutBoilerplate: 2.176,
    mediaContact: 2.596,
    contactDetails: -0.107,
    selfReference: 3.035,
    orgByline: 3.668,
    reporting: -1.260,
    reporterByline: -1.283,
    agencyDateline: -3.395,
    productPage: -3.088,
    otherGenre: -3.896,
    listing: -3.975,
    headingList: -1.409,
    noBody: -3.602,
    filingCover: -2.040,
  },
} as const satisfies WeightTable;
