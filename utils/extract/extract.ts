import type { PressRelease } from '../schema/record';
import { detect } from './detect';

// Placeholder until the extractor lands: the signature is the contract.
export function extract(doc: Document, url: string): PressRelease {
  const d = detect(doc, url);
  return {
    isPressRelease: d.isPressRelease,
    confidence: d.score,
    signals: d.signals,
    url,
    canonicalUrl: null,
    language: doc.documentElement.getAttribute('lang'),
    headline: doc.querySelector('h1')?.textContent?.trim() ?? null,
    issuer: null,
    releaseDate: null,
    datelinePlace: null,
    embargo: null,
    summary: null,
    contacts: [],
  };
}
