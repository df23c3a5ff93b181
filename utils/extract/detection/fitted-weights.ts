import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 84 fixture pages, 118 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.240,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 1.261,
    urlSection: 0.348,
    titleTerm: 4.433,
    sectionHeading: -3.896,
    labelLine: 3.274,
    sectionLine: 0.752,
    ledeAnnounces: 1.244,
    datelineWire: 5.100,
    datelinePlaceDate: 2.951,
    datelinePlace: -0.005,
    dateNearHeadline: 1.494,
    immediateRelease: 2.002,
    embargoNotice: 1.803,
    endMark: 1.138,
    aboutBoilerplate: 1.780,
    mediaContact: 2.824,
    contactDetails: 0.946,
    selfReference: 2.817,
    orgByline: 3.745,
    reporting: -1.419,
    reporterByline: -1.899,
    agencyDateline: -3.304,
    productPage: -3.061,
    otherGenre: -4.150,
    listing: -4.380,
    headingList: -1.602,
    noBody: -3.774,
    filingCover: -2.053,
  },
} as const satisfies WeightTable;
