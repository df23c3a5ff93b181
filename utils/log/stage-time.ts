// How long each stage of a long operation (an import of 100,000 entries) took, as User Timing measures named
// "pressclip:<stage>". Nothing reads them in the product and they cost a clock read each; the import bench
// (scripts/bench/log-import.ts) reads them from the service worker to say where an import's seconds go.
// Only the latest measure of a stage is kept, so repeated imports do not grow the timeline.
export function markStage(stage: string, start: number): void {
  if (typeof performance?.measure !== 'function') return;
  const name = `pressclip:${stage}`;
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}
