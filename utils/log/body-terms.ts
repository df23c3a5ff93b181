import { bodyTerms } from '../body/terms';
import type { StoredBody } from '../body/schema';

// The word index of the release texts (database version 5): one record per body, its entry id and the distinct
// words of its text (utils/body/terms.ts), with a multiEntry index on the words. IndexedDB keeps that index in the
// same transaction as the record, so a save, an import or a deletion that writes a body writes its words with it,
// and a query reads only the index keys its words' prefixes cover (utils/log/bodies.ts), never a text.

export const BODY_TERMS = 'bodyTerms';
export const TERMS_INDEX = 'terms';

export interface BodyTermsRecord {
  id: string;
  terms: string[];
}

export function termsRecord(body: Pick<StoredBody, 'id' | 'text'>): BodyTermsRecord {
  return { id: body.id, terms: bodyTerms(body.text) };
}

// Bodies read per request while the upgrade builds the index: a run at a time, so a 100,000-entry log never has
// all its texts in memory at once.
const BUILD_RUN = 200;

// Inside the version-5 upgrade's versionchange transaction: creates the store and index, and when the bodies store
// already existed, indexes every stored body. Only IDB requests and their callbacks run, so the transaction stays
// active and the build is all or nothing with the rest of the upgrade.
export function createBodyTermsStore(db: IDBDatabase, upgrade: IDBTransaction | null, bodiesStore: string, hadBodies: boolean): void {
  const terms = db.createObjectStore(BODY_TERMS, { keyPath: 'id' });
  terms.createIndex(TERMS_INDEX, TERMS_INDEX, { multiEntry: true });
  if (!hadBodies || !upgrade) return;
  const bodies = upgrade.objectStore(bodiesStore);
  const readRun = (after: string | null) => {
    const request = bodies.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), BUILD_RUN);
    request.onsuccess = () => {
      const run = request.result as StoredBody[];
      for (const body of run) terms.put(termsRecord(body));
      if (run.length === BUILD_RUN) readRun(run[run.length - 1]!.id);
    };
  };
  readRun(null);
}
