import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 77 fixture pages, 111 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.268,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.267,
    urlSection: 0.487,
    titleTerm: 4.458,
    sectionHeading: -3.753,
    labelLine: 3.362,
    sectionLine: 0.896,
    ledeAnnounces: 1.082,
    datelineWire: 4.747,
    datelinePlaceDate: 2.934,
    datelinePlace: 0.074,
    dateNearHeadline: 1.435,
    immediateRelease: 2.003,
    embargoNotice: 1.804,
    endMark: 1.013,
    aboutBoilerplate: 1.893,
    mediaContact: 2.696,
    contactDetails: 1.080,
    selfReference: 2.902,
    orgByline: 3.803,
    reporting: -1.406,
    reporterByline: -1.902,
    agencyDateline: -3.304,
    productPage: -3.036,
    otherGenre: -4.172,
    listing: -4.232,
    headingList: -1.516,
    noBody: -3.730,
    filingCover: -2.100,
  },
} as const satisfies WeightTable;
