import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 68 fixture pages, 103 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.356,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.451,
    urlSection: -0.397,
    titleTerm: 4.625,
    sectionHeading: -3.552,
    labelLine: 3.481,
    sectionLine: 1.344,
    ledeAnnounces: 0.606,
    datelineWire: 5.270,
    datelinePlaceDate: 2.432,
    datelinePlace: -0.119,
    dateNearHeadline: 1.587,
    immediateRelease: 2.003,
    embargoNotice: 1.802,
    endMark: 1.019,
    aboutBoilerplate: 2.131,
    mediaContact: 2.733,
    contactDetails: 0.558,
    selfReference: 2.966,
    orgByline: 3.761,
    reporting: -1.264,
    reporterByline: -1.288,
    agencyDateline: -3.402,
    productPage: -3.123,
    otherGenre: -3.983,
    listing: -4.016,
    headingList: -1.287,
    noBody: -3.774,
    filingCover: -2.111,
  },
} as const satisfies WeightTable;
