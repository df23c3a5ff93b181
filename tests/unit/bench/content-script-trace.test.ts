import { describe, expect, it } from 'vitest';
import { detectorTime, medianPerPage, traceRunName } from '../../../scripts/bench/content-script-trace';

const URL = 'chrome-extension://abc/content-scripts/detector.js';
// Without a thread time (tdur) an event's CPU time is taken to be its wall time.
const ev = (name: string, ts: number, dur: number, url = URL, tid = 1, tdur?: number) => ({ name, ph: 'X', ts, dur, tdur, pid: 7, tid, args: { data: { url } } });

describe('bench: the detector’s share of a main-thread trace', () => {
  it('sums its script evaluation and its callbacks, in milliseconds', () => {
    const t = detectorTime([ev('EvaluateScript', 0, 2000), ev('FunctionCall', 5000, 3500), ev('FunctionCall', 9000, 500)], '/content-scripts/detector.js');
    expect(t).toEqual({ evaluateMs: 2, callbacksMs: 4, wallMs: 6 });
  });

  it('counts the thread’s CPU time where the trace has it, and the wall time apart', () => {
    const t = detectorTime([ev('EvaluateScript', 0, 2000, URL, 1, 1500), ev('FunctionCall', 5000, 6000, URL, 1, 2500)], '/content-scripts/detector.js');
    expect(t).toEqual({ evaluateMs: 1.5, callbacksMs: 2.5, wallMs: 8 });
  });

  it('ignores other scripts, other event types and calls nested in one already counted', () => {
    const t = detectorTime(
      [
        ev('EvaluateScript', 0, 1000),
        ev('FunctionCall', 100, 400), // inside the evaluation (a synchronous event handler of ours)
        ev('FunctionCall', 2000, 9000, 'https://page.example/app.js'),
        { ...ev('TimerFire', 3000, 1000) },
        ev('FunctionCall', 4000, 1000, URL, 2), // another thread: counted
      ],
      '/content-scripts/detector.js',
    );
    expect(t).toEqual({ evaluateMs: 1, callbacksMs: 1, wallMs: 2 });
  });
});

describe('bench: a page traced several times', () => {
  const run = (page: string, n: number, totalMs: number, error: string | null = null) => ({
    name: traceRunName(page, n),
    evaluateMs: totalMs / 2,
    callbacksMs: totalMs / 2,
    totalMs,
    wallMs: totalMs * 2,
    error,
  });

  it('counts each page once, by the median of its runs, leaving out runs without a verdict', () => {
    const rows = [run('a.html', 1, 3), run('b.html', 1, 9), run('a.html', 2, 4), run('b.html', 2, 1, 'timeout'), run('a.html', 3, 10), run('b.html', 3, 5)];
    expect(medianPerPage(rows)).toEqual([
      { name: 'a.html', evaluateMs: 2, callbacksMs: 2, totalMs: 4, wallMs: 8, error: null },
      { name: 'b.html', evaluateMs: 3.5, callbacksMs: 3.5, totalMs: 7, wallMs: 14, error: null },
    ]);
  });
});
