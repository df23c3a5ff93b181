import type { Detection } from '../../schema/detection';
import { FEATURE_IDS } from './feature-ids';
import type { PageFeatures } from './features';
import type { WeightTable } from './weight-table';

// Features × fitted weights → the verdict: a logistic model, so the score is a probability (calibrated on the
// corpus, see the eval's score bands) and each reason carries its share of the decision.

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function scoreFeatures(features: PageFeatures, table: WeightTable, incomplete: boolean): Detection {
  let z = table.bias;
  const parts: { weight: number; reason: string }[] = [];
  for (const id of FEATURE_IDS) {
    const value = features.values[id] ?? 0;
    if (!value) continue;
    const weight = table.weights[id] * value;
    z += weight;
    const reason = features.reasons[id];
    if (reason && weight !== 0) parts.push({ weight, reason });
  }
  const score = Math.round(logistic(z) * 1000) / 1000;
  // Strongest evidence first, for each side.
  const signals = [
    ...parts.filter((p) => p.weight > 0).sort((a, b) => b.weight - a.weight).map((p) => p.reason),
    ...parts.filter((p) => p.weight < 0).sort((a, b) => a.weight - b.weight).map((p) => `Against: ${p.reason}`),
  ].map((s) => s.slice(0, 300)).slice(0, 50);
  return { isPressRelease: score >= table.threshold, score, signals, incomplete };
}
