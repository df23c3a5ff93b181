import type { Detection } from '../schema/detection';

// Placeholder until the detector lands: the signature is the contract.
export function detect(doc: Document, url: string): Detection {
  void doc;
  void url;
  return { isPressRelease: false, score: 0, signals: [], incomplete: false };
}
