// Whether the detector's score means something (issue 3): pages grouped by score, and how many in each group
// really are releases. A meaningful score rises with the share of releases; the Brier score (mean squared gap
// between score and truth) sums it up: 0 is perfect, always answering 0.5 scores 0.25.

export interface Scored {
  score: number; // 0..1
  isRelease: boolean; // the label
}

export interface Bin {
  from: number;
  to: number; // exclusive, except the last bin, which holds 1.0
  pages: number;
  releases: number;
}

export const SCORE_EDGES = [0, 0.2, 0.4, 0.6, 0.8, 1];

export function calibration(points: readonly Scored[], edges: readonly number[] = SCORE_EDGES): { bins: Bin[]; brier: number } {
  const bins: Bin[] = edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1] as number, pages: 0, releases: 0 }));
  let squared = 0;
  for (const p of points) {
    const i = bins.findIndex((b, k) => p.score >= b.from && (p.score < b.to || k === bins.length - 1));
    const bin = bins[i === -1 ? 0 : i] as Bin;
    bin.pages++;
    if (p.isRelease) bin.releases++;
    squared += (p.score - (p.isRelease ? 1 : 0)) ** 2;
  }
  return { bins, brier: points.length ? squared / points.length : 0 };
}

export function formatCalibration({ bins, brier }: { bins: Bin[]; brier: number }): string[] {
  const lines = bins.map((b) => {
    const share = b.pages ? `${Math.round((100 * b.releases) / b.pages)}%` : '–';
    return `  score ${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.pages).padStart(3)} pages  ${String(b.releases).padStart(3)} releases  (${share})`;
  });
  return [...lines, `  Brier score ${brier.toFixed(3)} (0 = perfect; always 0.5 = 0.250)`];
}
