// Logistic regression with a Gaussian prior on each weight around a given prior model (MAP), fitted by
// Newton's method: with a few dozen features and a hundred pages it converges in a handful of steps.

export interface Example {
  x: number[];
  y: number; // 1 = release, 0 = not
  weight?: number; // how much this example counts (default 1)
}

export interface Model {
  bias: number;
  weights: number[];
}

export function predict(model: Model, x: readonly number[]): number {
  let z = model.bias;
  for (let k = 0; k < x.length; k++) z += (model.weights[k] ?? 0) * (x[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

// Solves A·v = b (A symmetric positive definite here) by Gaussian elimination with partial pivoting.
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const d = m[c]![c]!;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / d;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

// `sigma`: the prior's standard deviation in log-odds for each weight; small keeps the priors, large lets the
// data decide. The bias has a loose prior (BIAS_SIGMA): how rare releases are is the data's to say.
const BIAS_SIGMA = 2;

export function fitLogistic(examples: readonly Example[], prior: Model, sigma: number, steps = 25): Model {
  const dim = prior.weights.length + 1;
  const mean = [prior.bias, ...prior.weights];
  let theta = [...mean];
  const precision = mean.map((_, k) => 1 / (k === 0 ? BIAS_SIGMA * BIAS_SIGMA : sigma * sigma));
  for (let step = 0; step < steps; step++) {
    const grad = theta.map((t, k) => (precision[k] as number) * (t - (mean[k] as number)));
    const hess = Array.from({ length: dim }, (_, i) => Array.from({ length: dim }, (_, j) => (i === j ? (precision[i] as number) : 0)));
    for (const ex of examples) {
      const xs = [1, ...ex.x];
      const p = predict({ bias: theta[0] as number, weights: theta.slice(1) }, ex.x);
      const weight = ex.weight ?? 1;
      const w = weight * p * (1 - p);
      for (let i = 0; i < dim; i++) {
        const xi = xs[i] as number;
        if (!xi) continue;
        grad[i]! += weight * (p - ex.y) * xi;
        for (let j = 0; j < dim; j++) hess[i]![j]! += w * xi * (xs[j] as number);
      }
    }
    const delta = solve(hess, grad);
    theta = theta.map((t, k) => t - (delta[k] as number));
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  return { bias: theta[0] as number, weights: theta.slice(1) };
}
