import { FEATURE_IDS, type FeatureId } from './feature-ids';

// A fitted weight table: log-odds per feature, a bias and the probability at which a page counts as a release.
// Its type names every feature, so a table missing one or naming an unknown one fails the typecheck (and the
// build); checkWeightTable() refuses such a table at run time too, for a table read from JSON.

export interface WeightTable {
  bias: number;
  threshold: number;
  weights: Record<FeatureId, number>;
}

export function checkWeightTable(table: { bias: unknown; threshold: unknown; weights: Record<string, unknown> }): WeightTable {
  const names = Object.keys(table.weights);
  const missing = FEATURE_IDS.filter((id) => !names.includes(id));
  const unknown = names.filter((n) => !(FEATURE_IDS as readonly string[]).includes(n));
  if (missing.length || unknown.length) {
    throw new Error(`Detector weight table does not match the feature list: missing ${JSON.stringify(missing)}, unknown ${JSON.stringify(unknown)}; run scripts/fit-detector.ts`);
  }
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const bad = names.filter((n) => !finite(table.weights[n]));
  if (bad.length || !finite(table.bias) || !finite(table.threshold) || table.threshold <= 0 || table.threshold >= 1) {
    throw new Error(`Detector weight table holds a value that is not a finite number: ${JSON.stringify(bad.length ? bad : ['bias/threshold'])}`);
  }
  return table as WeightTable;
}
