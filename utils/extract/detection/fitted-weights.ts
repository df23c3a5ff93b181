import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 66 fixture pages, 101 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.394,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.440,
    urlSection: -0.371,
    titleTerm: 4.635,
    sectionHeading: -3.455,
    labelLine: 3.494,
    sectionLine: 1.364,
    ledeAnnounces: 0.606,
    datelineWire: 5.009,
    datelinePlaceDate: 2.433,
    datelinePlace: -0.125,
    dateNearHeadline: 1.601,
    immediateRelease: 2.003,
    embargoNotice: 1.803,
    endMark: 1.020,
    aboutBoilerplate: 2.164,
    mediaContact: 2.753,
    contactDetails: 0.634,
    selfReference: 2.975,
    orgByline: 3.777,
    reporting: -1.265,
    reporterByline: -1.282,
    agencyDateline: -3.396,
    productPage: -3.131,
    otherGenre: -3.971,
    listing: -3.915,
    headingList: -1.281,
    noBody: -3.770,
    filingCover: -2.106,
  },
} as const satisfies WeightTable;
