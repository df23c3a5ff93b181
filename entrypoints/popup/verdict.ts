import type { ResponseOf } from '../../utils/messaging/contract';

// The popup's first line: what the detector concluded for this tab, and whether to read the page at once.

export interface Verdict {
  text: string;
  // Read the page straight away (a press release); otherwise offer "Clip anyway".
  detected: boolean;
  // Only web pages can be read: browser pages, extension pages and local files get no button at all.
  readable: boolean;
}

export function verdictFor(state: ResponseOf<'tab:state'>): Verdict {
  if (state.url !== null && !/^https?:\/\//i.test(state.url)) {
    return { text: 'PressClip reads web pages only; this is a browser page or a local file.', detected: false, readable: false };
  }
  const d = state.detection;
  if (d === null) return { text: "PressClip hasn't analysed this page (it may still be loading).", detected: false, readable: true };
  if (d.isPressRelease) {
    return { text: `This looks like a press release (${Math.round(d.score * 100)}%).`, detected: true, readable: true };
  }
  if (d.incomplete) return { text: 'PressClip could not analyse this page.', detected: false, readable: true };
  return { text: "This page doesn't look like a press release.", detected: false, readable: true };
}
