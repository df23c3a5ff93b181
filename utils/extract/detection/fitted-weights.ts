import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 71 fixture pages, 105 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.339,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.274,
    urlSection: 0.444,
    titleTerm: 4.520,
    sectionHeading: -3.756,
    labelLine: 3.380,
    sectionLine: 0.912,
    ledeAnnounces: 1.142,
    datelineWire: 4.777,
    datelinePlaceDate: 2.665,
    datelinePlace: 0.082,
    dateNearHeadline: 1.535,
    immediateRelease: 2.003,
    embargoNotice: 1.804,
    endMark: 1.018,
    aboutBoilerplate: 1.985,
    mediaContact: 2.720,
    contactDetails: 0.718,
    selfReference: 2.939,
    orgByline: 3.784,
    reporting: -1.417,
    reporterByline: -1.804,
    agencyDateline: -3.329,
    productPage: -3.064,
    otherGenre: -4.021,
    listing: -4.236,
    headingList: -1.446,
    noBody: -3.711,
    filingCover: -2.092,
  },
} as const satisfies WeightTable;
