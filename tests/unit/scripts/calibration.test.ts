import { describe, expect, it } from 'vitest';
import { calibration, formatCalibration } from '../../../scripts/lib/calibration';

describe('eval: score calibration', () => {
  it('puts each page in the bin of its score (1.0 in the last) and counts the releases there', () => {
    const { bins } = calibration([
      { score: 0, isRelease: false },
      { score: 0.19, isRelease: false },
      { score: 0.2, isRelease: true },
      { score: 0.55, isRelease: false },
      { score: 0.9, isRelease: true },
      { score: 1, isRelease: true },
    ]);
    expect(bins.map((b) => [b.pages, b.releases])).toEqual([
      [2, 0],
      [1, 1],
      [1, 0],
      [0, 0],
      [2, 2],
    ]);
  });

  it('gives a Brier score of 0 to perfect scores, 0.25 to always 0.5 and 1 to scores that are always wrong', () => {
    expect(calibration([{ score: 1, isRelease: true }, { score: 0, isRelease: false }]).brier).toBe(0);
    expect(calibration([{ score: 0.5, isRelease: true }, { score: 0.5, isRelease: false }]).brier).toBe(0.25);
    expect(calibration([{ score: 0, isRelease: true }, { score: 1, isRelease: false }]).brier).toBe(1);
  });

  it('prints one line per bin with its share of releases, and the Brier score', () => {
    const lines = formatCalibration(calibration([{ score: 0.9, isRelease: true }, { score: 0.85, isRelease: false }]));
    expect(lines).toHaveLength(6);
    expect(lines[4]).toContain('2 pages');
    expect(lines[4]).toContain('(50%)');
    expect(lines[0]).toContain('(–)');
    expect(lines[5]).toBe('  Brier score 0.366 (0 = perfect; always 0.5 = 0.250)');
  });
});
