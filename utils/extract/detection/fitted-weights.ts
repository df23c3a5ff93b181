import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 39 fixture pages, 75 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.235,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.551,
    urlSection: -0.275,
    titleTerm: 4.699,
    sectionHeading: -3.458,
    labelLine: 3.488,
    sectionLine: 1.513,
    ledeAnnounces: 0.526,
    datelineWire: 4.911,
    datelinePlaceDate: 2.327,
    datelinePlace: 0.004,
    dateNearHeadline: 1.505,
    immediateRelease: 2.004,
    embargoNotice: 1.831,
    endMark: 1.027,
    aboutBoilerplate: 2.159,
    mediaContact: 2.374,
    contactDetails: -0.042,
    selfReference: 3.094,
    orgByline: 3.736,
    reporting: -1.258,
    reporterByline: -1.305,
    agencyDateline: -3.427,
    productPage: -3.012,
    otherGenre: -4.005,
    listing: -3.904,
    headingList: -1.320,
    noBody: -3.625,
    filingCover: -1.421,
  },
} as const satisfies WeightTable;
