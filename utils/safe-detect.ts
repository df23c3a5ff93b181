import type { Detection } from './schema/detection';

// A page that breaks the detector (a getter that throws, a DOM a library monkey-patched) must keep
// working, and the journalist should learn that PressClip could not analyse it rather than read
// "not a press release". The error's message stays out: it may quote page content.
export function detectSafely(detect: (doc: Document, url: string) => Detection, doc: Document, url: string): Detection {
  try {
    return detect(doc, url);
  } catch (error) {
    const kind = error instanceof Error ? error.name : 'error';
    return { isPressRelease: false, score: 0, signals: [`The detector failed on this page (${kind.slice(0, 40)}).`], incomplete: true };
  }
}
