import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 78 fixture pages, 112 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.271,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.266,
    urlSection: 0.478,
    titleTerm: 4.458,
    sectionHeading: -3.758,
    labelLine: 3.360,
    sectionLine: 0.883,
    ledeAnnounces: 1.117,
    datelineWire: 4.739,
    datelinePlaceDate: 2.958,
    datelinePlace: 0.069,
    dateNearHeadline: 1.434,
    immediateRelease: 2.002,
    embargoNotice: 1.804,
    endMark: 1.013,
    aboutBoilerplate: 1.882,
    mediaContact: 2.711,
    contactDetails: 1.072,
    selfReference: 2.894,
    orgByline: 3.806,
    reporting: -1.408,
    reporterByline: -1.899,
    agencyDateline: -3.301,
    productPage: -3.038,
    otherGenre: -4.181,
    listing: -4.236,
    headingList: -1.530,
    noBody: -3.737,
    filingCover: -2.097,
  },
} as const satisfies WeightTable;
