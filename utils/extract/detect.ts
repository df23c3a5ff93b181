import type { Detection } from '../schema/detection';
import type { TextBlock } from './block-text';
import type { Dateline } from './dateline';
import type { LdNode } from './jsonld';
import { PAGE_SKIP, type PageSnapshot } from './page-snapshot';
import { documentSnapshot } from './detection/document-snapshot';
import { pageFeatures } from './detection/features';
import { scoreFeatures } from './detection/score';
import { FITTED_WEIGHTS } from './detection/fitted-weights';
import { checkWeightTable } from './detection/weight-table';

// The detector: a verdict with its reasons from a page snapshot (page-snapshot.ts), plain data in and out. In
// the browser the every-page content script only reads the page's rendered text; the snapshot is made from it
// and this runs in the background, off the page's main thread. extract() calls detectWithEvidence() on its own
// walk of the page, so both agree. The evidence is detection/features.ts, its weights detection/fitted-weights.ts.

export { PAGE_SKIP };

const WEIGHTS = checkWeightTable(FITTED_WEIGHTS);

// What extract() reuses of the detector's reading, so that the verdict and the record agree.
export interface Evidence {
  detection: Detection;
  dateline: Dateline | null;
  jsonLd: LdNode[];
}

export function detectWithEvidence(doc: Document, url: string, pageBlocks?: readonly TextBlock[]): Evidence {
  return detectSnapshot(documentSnapshot(doc, url, pageBlocks));
}

export function detectSnapshot(snapshot: PageSnapshot): Evidence {
  const features = pageFeatures(snapshot);
  return { detection: scoreFeatures(features, WEIGHTS, snapshot.incomplete), dateline: features.dateline, jsonLd: features.jsonLd };
}

export function detect(doc: Document, url: string): Detection {
  return detectWithEvidence(doc, url).detection;
}
