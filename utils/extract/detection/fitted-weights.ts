import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 84 fixture pages, 118 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.307,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.259,
    urlSection: 0.291,
    titleTerm: 4.487,
    sectionHeading: -3.929,
    labelLine: 3.302,
    sectionLine: 0.736,
    ledeAnnounces: 1.546,
    datelineWire: 5.032,
    datelinePlaceDate: 2.740,
    datelinePlace: 0.009,
    dateNearHeadline: 1.549,
    immediateRelease: 2.002,
    embargoNotice: 1.803,
    endMark: 1.123,
    aboutBoilerplate: 1.817,
    mediaContact: 2.856,
    contactDetails: 0.729,
    selfReference: 2.852,
    orgByline: 3.754,
    reporting: -1.428,
    reporterByline: -1.831,
    agencyDateline: -3.312,
    productPage: -3.071,
    otherGenre: -4.029,
    listing: -4.414,
    headingList: -1.555,
    noBody: -3.769,
    filingCover: -2.043,
  },
} as const satisfies WeightTable;
