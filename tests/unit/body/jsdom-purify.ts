import DOMPurify, { type DOMPurify as Purify } from 'dompurify';
import { JSDOM } from 'jsdom';

// DOMPurify on jsdom, the DOM its own test suite runs on. happy-dom (the unit tests' default DOM) is not enough
// for it: DOMPurify's walk there kept an <img onerror> and dropped the <p> around it, which a sanitizer test must
// not mistake for a browser's behaviour. The e2e tests run the same code in Chromium and Firefox.
export function jsdomPurify(): { purify: Purify; window: JSDOM['window'] } {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  return { purify: DOMPurify(window as unknown as Window & typeof globalThis), window };
}
