import type { Detection } from '../schema/detection';

// What the toolbar shows for a tab, derived from the detector's verdict. Pure, so it tests without a browser.

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

const PRESS_RELEASE_COLOR = '#1b6e3a';
const UNKNOWN_COLOR = '#6b6b6b';
const MAX_SIGNAL = 120;

function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function badgeFor(detection: Detection | null): BadgeView {
  if (detection === null) return { text: '', color: UNKNOWN_COLOR, title: 'PressClip' };
  if (detection.isPressRelease) {
    const percent = Math.round(detection.score * 100);
    const top = detection.signals[0];
    const why = top ? ` — ${shorten(top, MAX_SIGNAL)}` : '';
    return { text: 'PR', color: PRESS_RELEASE_COLOR, title: `PressClip: press release (${percent}%)${why}` };
  }
  // A detector that crashed or ran out of time has no verdict; say so rather than "not a release".
  if (detection.incomplete) {
    return { text: '?', color: UNKNOWN_COLOR, title: 'PressClip: could not analyse this page' };
  }
  return { text: '', color: UNKNOWN_COLOR, title: "PressClip: this page doesn't look like a press release" };
}
