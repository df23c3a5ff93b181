import { launchWithExtension, CHROME_BUILD } from '../../tests/e2e/harness/chromium';
import { importWithBodies, IMPORT_BATCH } from './body-import';
import { stagesOf } from './log-import';
import { median } from './stats';

// The JSON import with release texts (scripts/bench/body-import.ts) on one or more builds of the extension, each
// run in a fresh profile (an empty log), the builds taking turns round after round so that the shared machine's
// load falls on each alike: the import's before/after figure of a change to how it writes. The stages are the
// background's own measures (utils/log/stage-time.ts) of the last batch.
//   npx tsx scripts/bench/body-import-builds.ts N ROUNDS [build-dir…]   (default: .output/chrome-mv3)

const N = Number(process.argv[2] ?? 10_000);
const ROUNDS = Number(process.argv[3] ?? 1);
const BUILDS = process.argv.length > 4 ? process.argv.slice(4) : [CHROME_BUILD];

const runs = new Map<string, number[]>(BUILDS.map((build) => [build, []]));
for (let round = 1; round <= ROUNDS; round += 1) {
  for (const build of BUILDS) {
    const ext = await launchWithExtension(build);
    try {
      const page = await ext.ctx.newPage();
      await page.goto(ext.extensionUrl('log.html'));
      const { importMs } = await importWithBodies(page, N);
      runs.get(build)!.push(importMs);
      const stages = Object.entries(await stagesOf(ext)).map(([name, ms]) => `${name} ${ms}`).join(', ');
      console.log(`round ${round}, ${build}: ${N} entries with bodies imported in ${(importMs / 1000).toFixed(1)} s (batches of ${IMPORT_BATCH}; last batch: ${stages})`);
    } finally {
      await ext.close();
    }
  }
}
const [first, ...others] = BUILDS;
for (const build of BUILDS) console.log(`${build}: median ${(median(runs.get(build)!) / 1000).toFixed(1)} s of ${ROUNDS}`);
for (const build of others) console.log(`${build} / ${first}: ${(median(runs.get(build)!) / median(runs.get(first!)!)).toFixed(2)}`);
