import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 65 fixture pages, 100 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.394,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.441,
    urlSection: -0.371,
    titleTerm: 4.635,
    sectionHeading: -3.454,
    labelLine: 3.490,
    sectionLine: 1.365,
    ledeAnnounces: 0.605,
    datelineWire: 5.009,
    datelinePlaceDate: 2.428,
    datelinePlace: -0.124,
    dateNearHeadline: 1.602,
    immediateRelease: 2.003,
    embargoNotice: 1.803,
    endMark: 1.020,
    aboutBoilerplate: 2.166,
    mediaContact: 2.750,
    contactDetails: 0.634,
    selfReference: 2.976,
    orgByline: 3.776,
    reporting: -1.265,
    reporterByline: -1.282,
    agencyDateline: -3.395,
    productPage: -3.131,
    otherGenre: -3.966,
    listing: -3.914,
    headingList: -1.278,
    noBody: -3.767,
    filingCover: -2.104,
  },
} as const satisfies WeightTable;
