import { describe, expect, it } from 'vitest';
import { FEATURE_IDS, type FeatureId } from '../../../utils/extract/detection/feature-ids';
import { FITTED_WEIGHTS } from '../../../utils/extract/detection/fitted-weights';
import { checkWeightTable, type WeightTable } from '../../../utils/extract/detection/weight-table';
import { logistic, scoreFeatures } from '../../../utils/extract/detection/score';
import type { PageFeatures } from '../../../utils/extract/detection/features';
import { fitLogistic, predict } from '../../../scripts/lib/logistic';

const zeros = () => Object.fromEntries(FEATURE_IDS.map((id) => [id, 0])) as Record<FeatureId, number>;

function features(on: Partial<Record<FeatureId, number>>): PageFeatures {
  const values = { ...zeros(), ...on };
  const reasons = Object.fromEntries(Object.keys(on).map((id) => [id, `reason ${id}`]));
  return { values, reasons, dateline: null, jsonLd: [] };
}

describe('the fitted weight table', () => {
  it('names exactly the detector features', () => {
    expect(Object.keys(FITTED_WEIGHTS.weights).sort()).toEqual([...FEATURE_IDS].sort());
    expect(() => checkWeightTable(FITTED_WEIGHTS)).not.toThrow();
  });

  it('is refused when it misses a feature or names an unknown one', () => {
    const { datelineWire: _dropped, ...missing } = FITTED_WEIGHTS.weights;
    expect(() => checkWeightTable({ ...FITTED_WEIGHTS, weights: missing })).toThrow(/missing \["datelineWire"\]/);
    expect(() => checkWeightTable({ ...FITTED_WEIGHTS, weights: { ...FITTED_WEIGHTS.weights, fontSize: 1 } })).toThrow(/unknown \["fontSize"\]/);
    expect(() => checkWeightTable({ ...FITTED_WEIGHTS, weights: { ...FITTED_WEIGHTS.weights, ldPress: Number.NaN } })).toThrow(/finite/);
    expect(() => checkWeightTable({ ...FITTED_WEIGHTS, threshold: 1.5 })).toThrow(/finite/);
  });

  it('keeps evidence for a release positive and evidence against negative', () => {
    for (const id of ['datelineWire', 'labelLine', 'mediaContact', 'ldPress', 'immediateRelease'] as const) expect(FITTED_WEIGHTS.weights[id]).toBeGreaterThan(0);
    for (const id of ['listing', 'agencyDateline', 'productPage', 'filingCover', 'jobPosting'] as const) expect(FITTED_WEIGHTS.weights[id]).toBeLessThan(0);
  });
});

describe('scoreFeatures()', () => {
  const table: WeightTable = { bias: -2, threshold: 0.5, weights: { ...zeros(), datelineWire: 3, listing: -3, mediaContact: 1 } };

  it('is the logistic of the bias plus the weighted features', () => {
    const d = scoreFeatures(features({ datelineWire: 1, mediaContact: 1 }), table, false);
    expect(d.score).toBeCloseTo(logistic(2), 3);
    expect(d.isPressRelease).toBe(true);
    expect(scoreFeatures(features({}), table, false).score).toBeCloseTo(logistic(-2), 3);
  });

  it('lists the strongest reasons first and marks the ones against', () => {
    const d = scoreFeatures(features({ datelineWire: 1, mediaContact: 1, listing: 1 }), table, true);
    expect(d.signals).toEqual(['reason datelineWire', 'reason mediaContact', 'Against: reason listing']);
    expect(d.incomplete).toBe(true);
    expect(d.isPressRelease).toBe(false);
  });
});

describe('fitLogistic()', () => {
  it('moves a weight towards what the data shows and keeps unseen features at their prior', () => {
    // Feature 0 always marks a release, feature 1 never fires.
    const data = Array.from({ length: 40 }, (_, i) => ({ x: [i % 2, 0], y: i % 2 }));
    const model = fitLogistic(data, { bias: 0, weights: [0, 1.5] }, 1);
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(model.weights[1]).toBeCloseTo(1.5, 6);
    expect(predict(model, [1, 0])).toBeGreaterThan(0.8);
    expect(predict(model, [0, 0])).toBeLessThan(0.2);
  });

  // The fixtures are weighed to the corpus's share of releases (scripts/fit-detector.ts): a weight must count as
  // that many copies of the example.
  it('counts an example of weight 3 as three copies of it', () => {
    const base = Array.from({ length: 30 }, (_, i) => ({ x: [i % 3 === 0 ? 1 : 0], y: i % 2 }));
    const extra = { x: [1], y: 1 };
    const prior = { bias: 0, weights: [0] };
    const weighted = fitLogistic([...base, { ...extra, weight: 3 }], prior, 2);
    const copied = fitLogistic([...base, extra, extra, extra], prior, 2);
    expect(weighted.bias).toBeCloseTo(copied.bias, 6);
    expect(weighted.weights[0]).toBeCloseTo(copied.weights[0] ?? NaN, 6);
    expect(weighted.weights[0]).not.toBeCloseTo(fitLogistic([...base, extra], prior, 2).weights[0] ?? NaN, 3);
  });
});
