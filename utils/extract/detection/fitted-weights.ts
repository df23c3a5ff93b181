import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 162 fixture pages weighed to the tune split's share of releases, 192 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.002,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 2.650,
    urlSection: 0.949,
    wireHost: 1.500,
    titleTerm: 3.042,
    sectionHeading: -4.561,
    labelLine: 2.064,
    sectionLine: 0.647,
    ledeAnnounces: 1.543,
    datelineWire: 4.363,
    datelinePlaceDate: 4.404,
    datelinePlace: 0.225,
    dateNearHeadline: 1.451,
    immediateRelease: 2.003,
    embargoNotice: 1.807,
    endMark: 1.105,
    aboutBoilerplate: 1.583,
    mediaContact: 2.437,
    contactDetails: 0.764,
    contactSentence: 1.063,
    selfReference: 2.745,
    orgByline: 3.464,
    reporting: -1.395,
    reporterByline: -3.793,
    agencyDateline: -3.748,
    productPage: -4.010,
    otherGenre: -4.529,
    listing: -5.036,
    headingList: -1.808,
    noBody: -4.175,
    filingCover: -2.190,
    jobPosting: -7.953,
  },
} as const satisfies WeightTable;
