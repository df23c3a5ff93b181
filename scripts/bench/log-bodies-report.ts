import type { LogRenderFigures, LogWithBodiesFigures } from './log-size';
import { median, ms, p95, ratio, table } from './stats';

// Section 3b of `npm run bench`: the log before and after release texts (the same entries, the same run), what
// writing the texts and their word index cost, and the release-text search per key (scripts/bench/log-bodies.ts).

const medP95 = (xs: readonly number[]) => `${ms(median(xs))} / ${ms(p95(xs))}`;
const perThousand = (n: number, entries: number) => n / (entries / 1000);
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export function formatLogBodies(figures: ReadonlyArray<LogRenderFigures & { withBodies?: LogWithBodiesFigures }>): string {
  const lines: string[] = [];
  for (const before of figures) {
    const after = before.withBodies;
    if (!after) continue;
    const n = before.entries;
    const row = (label: string, a: number, b: number) => [label, ms(a, 0), ms(b, 0), ratio(b / a)];
    lines.push(
      table(`3b. ${n.toLocaleString('en')} entries without and with release texts (same entries, same run; "before" = no bodies, no word index)`, ['figure', 'before', 'with bodies', 'ratio'], [
        row('first render (wall)', before.firstRenderMs, after.firstRenderMs),
        row('first rows since navigation', before.firstRowsSinceNavigationMs, after.firstRowsSinceNavigationMs),
        row('whole log loaded', before.loadAllMs, after.loadAllMs),
        ['search per key (page filter) med / p95', medP95(before.searchPerKeystrokeMs), medP95(after.searchPerKeystrokeMs), ratio(median(after.searchPerKeystrokeMs) / median(before.searchPerKeystrokeMs))],
      ]),
    );
    const s = after.seed;
    lines.push(
      `   writing them: bodies ${(s.bodiesMs / 1000).toFixed(1)} s (${ms(perThousand(s.bodiesMs, n), 0)} per 1,000), word index ${(s.indexMs / 1000).toFixed(1)} s ` +
        `(${ms(perThousand(s.indexMs, n), 0)} per 1,000; ${(s.indexEntries / n).toFixed(0)} words per body, ${s.indexEntries.toLocaleString('en')} in all, in ${(s.postingsRecords ?? 0).toLocaleString('en')} postings records)`,
    );
    lines.push(
      `   storage per 1,000 entries: bodies ${mb(perThousand(s.storedBodyBytes, n))} as JSON; the origin's usage grew ${mb(perThousand(s.usageAfterBodies - s.usageBefore, n))} ` +
        `with the bodies and ${mb(perThousand(s.usageAfterIndex - s.usageAfterBodies, n))} with the word index (navigator.storage.estimate())`,
    );
    lines.push(
      table(
        `   Release-text search per key (every key the page sends, 3 characters and up; 5 runs each), ${n.toLocaleString('en')} entries`,
        ['query', 'message med / p95', 'in page (bounded)', '(probe 2,000)', 'in page, every key read (before)', 'ids: bounded / every key'],
        after.bodySearch.map((q) => [
          `${q.label}: "${q.query}"`,
          medP95(q.runsMs),
          medP95(q.boundedMs),
          medP95(q.formerBoundMs ?? []),
          medP95(q.unboundedMs),
          `${q.hits}${q.complete === false ? ' (partial)' : ''} / ${q.unboundedHits}`,
        ]),
      ),
    );
  }
  return lines.join('\n');
}
