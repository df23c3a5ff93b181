import type { Detection } from '../../utils/schema/detection';

// One line under "This page doesn't look like a press release": the detector's strongest reason against, or
// what it looked for and did not find. Signals come from the page's words, so the caller shows this as text.

export function whyNot(detection: Pick<Detection, 'score' | 'signals'>): string {
  const percent = Math.round(detection.score * 100);
  const against = detection.signals.find((s) => s.startsWith('Against: '));
  if (against) return `Why: ${against.slice('Against: '.length)} (score ${percent}%).`;
  return `Why: no release wording, dateline or media-contact block found (score ${percent}%).`;
}
