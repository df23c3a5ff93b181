import type { WeightTable } from './weight-table';

// Written by scripts/fit-detector.ts: do not edit by hand (run `npm run fit-detector -- ../shared/corpus --write`).
// Logistic regression on the tune split and the fixtures (79 items and 142 fixture pages weighed to the tune split's share of releases, 175 releases), Gaussian prior around feature-ids.ts's priors, sigma 3
// chosen by leave-one-site-out cross-validation on tune.
export const FITTED_WEIGHTS = {
  bias: -3.146,
  threshold: 0.5,
  weights: {
    ldPress: 2.200,
    urlRelease: 2.583,
    urlSection: 0.808,
    wireHost: 1.500,
    titleTerm: 3.056,
    sectionHeading: -4.605,
    labelLine: 2.555,
    sectionLine: 0.735,
    ledeAnnounces: 1.440,
    datelineWire: 4.422,
    datelinePlaceDate: 4.868,
    datelinePlace: 0.123,
    dateNearHeadline: 1.406,
    immediateRelease: 2.002,
    embargoNotice: 1.806,
    endMark: 1.119,
    aboutBoilerplate: 1.578,
    mediaContact: 2.672,
    contactDetails: 0.797,
    contactSentence: 0.944,
    selfReference: 2.688,
    orgByline: 3.580,
    reporting: -1.390,
    reporterByline: -3.910,
    agencyDateline: -4.015,
    productPage: -4.123,
    otherGenre: -5.030,
    listing: -5.086,
    headingList: -1.819,
    noBody: -4.699,
    filingCover: -2.526,
  },
} as const satisfies WeightTable;
