import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 98 fixture pages, 132 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -2.966,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.239,
    urlSection: 0.319,
    titleTerm: 4.292,
    sectionHeading: -3.882,
    labelLine: 3.103,
    sectionLine: 0.605,
    ledeAnnounces: 1.434,
    datelineWire: 4.690,
    datelinePlaceDate: 4.065,
    datelinePlace: -0.201,
    dateNearHeadline: 1.281,
    immediateRelease: 2.001,
    embargoNotice: 1.804,
    endMark: 1.126,
    aboutBoilerplate: 1.374,
    mediaContact: 2.959,
    contactDetails: 0.641,
    contactSentence: 0.782,
    selfReference: 2.568,
    orgByline: 3.706,
    reporting: -1.452,
    reporterByline: -1.921,
    agencyDateline: -3.246,
    productPage: -3.152,
    otherGenre: -4.827,
    listing: -4.363,
    headingList: -2.001,
    noBody: -3.930,
    filingCover: -2.011,
  },
} as const satisfies WeightTable;
