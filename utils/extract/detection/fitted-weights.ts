import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 64 fixture pages, 99 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.390,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.443,
    urlSection: -0.369,
    titleTerm: 4.634,
    sectionHeading: -3.452,
    labelLine: 3.482,
    sectionLine: 1.366,
    ledeAnnounces: 0.607,
    datelineWire: 5.007,
    datelinePlaceDate: 2.430,
    datelinePlace: -0.120,
    dateNearHeadline: 1.599,
    immediateRelease: 2.003,
    embargoNotice: 1.803,
    endMark: 1.020,
    aboutBoilerplate: 2.166,
    mediaContact: 2.743,
    contactDetails: 0.634,
    selfReference: 2.978,
    orgByline: 3.776,
    reporting: -1.265,
    reporterByline: -1.282,
    agencyDateline: -3.390,
    productPage: -3.129,
    otherGenre: -3.963,
    listing: -3.912,
    headingList: -1.276,
    noBody: -3.759,
    filingCover: -2.101,
  },
} as const satisfies WeightTable;
