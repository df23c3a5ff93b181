import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 92 fixture pages, 126 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.071,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.243,
    urlSection: 0.340,
    titleTerm: 4.350,
    sectionHeading: -3.850,
    labelLine: 3.120,
    sectionLine: 0.643,
    ledeAnnounces: 1.289,
    datelineWire: 4.878,
    datelinePlaceDate: 3.975,
    datelinePlace: -0.104,
    dateNearHeadline: 1.418,
    immediateRelease: 2.001,
    embargoNotice: 1.803,
    endMark: 1.134,
    aboutBoilerplate: 1.503,
    mediaContact: 2.850,
    contactDetails: 0.664,
    contactSentence: 0.532,
    selfReference: 2.683,
    orgByline: 3.685,
    reporting: -1.435,
    reporterByline: -1.905,
    agencyDateline: -3.272,
    productPage: -3.110,
    otherGenre: -4.723,
    listing: -4.332,
    headingList: -1.892,
    noBody: -3.802,
    filingCover: -1.984,
  },
} as const satisfies WeightTable;
