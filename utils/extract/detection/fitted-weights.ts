import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 76 fixture pages, 110 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.337,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.274,
    urlSection: 0.423,
    titleTerm: 4.517,
    sectionHeading: -3.808,
    labelLine: 3.383,
    sectionLine: 0.892,
    ledeAnnounces: 1.209,
    datelineWire: 4.877,
    datelinePlaceDate: 2.641,
    datelinePlace: 0.081,
    dateNearHeadline: 1.521,
    immediateRelease: 2.003,
    embargoNotice: 1.803,
    endMark: 1.018,
    aboutBoilerplate: 1.966,
    mediaContact: 2.734,
    contactDetails: 0.753,
    selfReference: 2.932,
    orgByline: 3.792,
    reporting: -1.418,
    reporterByline: -1.811,
    agencyDateline: -3.324,
    productPage: -3.063,
    otherGenre: -4.011,
    listing: -4.289,
    headingList: -1.449,
    noBody: -3.723,
    filingCover: -2.094,
  },
} as const satisfies WeightTable;
