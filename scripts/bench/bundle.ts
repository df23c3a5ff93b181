import { build } from 'esbuild';
import { resolve } from 'node:path';

// The code under test, bundled for the page: readRenderedPage() alone (what the every-page content script runs
// in the page), the detector's two paths for comparing verdicts (not timed: the verdict is computed in the
// background), and extract() next to @mozilla/readability. Each bundle is an IIFE that puts its functions on
// globalThis.__pcBench, minified like the shipped content script so compile and evaluation costs are comparable.

const ROOT = resolve(import.meta.dirname, '../..');

export async function bundle(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export interface Bundles {
  snapshot: string;
  verdicts: string;
  extract: string;
}

// The detector's two paths (rendered snapshot, DOM walk), and the page half of the first, on globalThis.__pcBench:
// the bench's section 1c and the e2e test of the rendered reader load the same bundle.
export function verdictsBundle(): Promise<string> {
  return bundle(`import { detect, detectSnapshot } from './utils/extract/detect';
import { readRenderedPage } from './utils/extract/rendered-page';
import { renderedSnapshot } from './utils/extract/rendered-snapshot';
globalThis.__pcBench = { ...globalThis.__pcBench, detect, detectSnapshot, snapshot: renderedSnapshot, read: readRenderedPage };`);
}

export async function benchBundles(): Promise<Bundles> {
  const [snapshot, verdicts, extract] = await Promise.all([
    bundle(`import { readRenderedPage } from './utils/extract/rendered-page';
globalThis.__pcBench = { ...globalThis.__pcBench, snapshot: readRenderedPage };`),
    verdictsBundle(),
    bundle(`import { extract } from './utils/extract/extract';
import { Readability } from '@mozilla/readability';
globalThis.__pcBench = { ...globalThis.__pcBench, extract, Readability };`),
  ]);
  return { snapshot, verdicts, extract };
}
