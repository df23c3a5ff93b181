import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 95 fixture pages, 129 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -2.999,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.239,
    urlSection: 0.299,
    titleTerm: 4.306,
    sectionHeading: -3.904,
    labelLine: 3.119,
    sectionLine: 0.595,
    ledeAnnounces: 1.508,
    datelineWire: 4.727,
    datelinePlaceDate: 3.878,
    datelinePlace: -0.199,
    dateNearHeadline: 1.308,
    immediateRelease: 2.001,
    embargoNotice: 1.803,
    endMark: 1.118,
    aboutBoilerplate: 1.398,
    mediaContact: 2.975,
    contactDetails: 0.675,
    contactSentence: 0.500,
    selfReference: 2.582,
    orgByline: 3.710,
    reporting: -1.449,
    reporterByline: -1.921,
    agencyDateline: -3.252,
    productPage: -3.162,
    otherGenre: -4.703,
    listing: -4.386,
    headingList: -1.990,
    noBody: -3.929,
    filingCover: -2.010,
  },
} as const satisfies WeightTable;
