import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 86 fixture pages, 120 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.244,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.251,
    urlSection: 0.295,
    titleTerm: 4.420,
    sectionHeading: -3.890,
    labelLine: 3.223,
    sectionLine: 0.694,
    ledeAnnounces: 1.357,
    datelineWire: 5.003,
    datelinePlaceDate: 2.954,
    datelinePlace: -0.100,
    dateNearHeadline: 1.537,
    immediateRelease: 2.002,
    embargoNotice: 1.803,
    endMark: 1.137,
    aboutBoilerplate: 1.676,
    mediaContact: 2.939,
    contactDetails: 1.018,
    selfReference: 2.766,
    orgByline: 3.721,
    reporting: -1.412,
    reporterByline: -1.957,
    agencyDateline: -3.297,
    productPage: -3.152,
    otherGenre: -4.121,
    listing: -4.375,
    headingList: -1.801,
    noBody: -3.814,
    filingCover: -1.999,
  },
} as const satisfies WeightTable;
