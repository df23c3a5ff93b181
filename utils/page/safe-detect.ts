import type { Detection } from '../schema/detection';

// A page that breaks the detector (a getter that throws, a DOM a library monkey-patched) must keep
// working, and the journalist should learn that PressClip could not analyse it rather than read
// "not a press release". The error's message stays out: it may quote page content.
export function failedDetection(kind: string): Detection {
  return { isPressRelease: false, score: 0, signals: [`The detector failed on this page (${kind.slice(0, 40)}).`], incomplete: true };
}

export function errorKind(error: unknown): string {
  return (error instanceof Error ? error.name : 'error').slice(0, 40);
}

export function detectSafely(run: () => Detection): Detection {
  try {
    return run();
  } catch (error) {
    return failedDetection(errorKind(error));
  }
}
