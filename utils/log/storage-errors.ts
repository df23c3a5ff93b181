// IndexedDB's refusals, in words a journalist can act on. A full disk or an exhausted browser quota shows up
// as a QuotaExceededError on the request, then an AbortError for the transaction it killed (Chrome), or only
// as the AbortError (Firefox, Safari); a private window in Firefox answers InvalidStateError. Either way
// the transaction is rolled back whole, so "nothing was changed" is true and worth saying.

export class LogStorageError extends Error {
  override name = 'LogStorageError';
}

const FULL = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const REFUSED = new Set(['AbortError', 'UnknownError', 'InvalidStateError', 'DataError', 'ReadOnlyError']);

function nameOf(error: unknown): string | null {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return null;
}

// Returns a LogStorageError for IndexedDB's own failures; anything else (a schema error, a missing entry)
// is passed through untouched so its message stays specific. `next`: what the journalist can do, where the
// default (export the log, which still works) does not hold.
export function explainStorageError(error: unknown, action: string, next?: string): unknown {
  if (error instanceof LogStorageError) return error;
  const name = nameOf(error);
  if (name !== null && FULL.has(name)) {
    return new LogStorageError(
      `Could not ${action}: the browser's storage for PressClip is full. Nothing was changed. ${next ?? 'Export your log (it still works) and free some disk space, then try again.'}`,
      { cause: error },
    );
  }
  if (name !== null && REFUSED.has(name)) {
    return new LogStorageError(
      `Could not ${action}: the browser refused to write the log (${name}; a full disk does this). Nothing was changed. ${next ?? 'Export your log and try again.'}`,
      { cause: error },
    );
  }
  return error;
}

// Runs one write and re-throws IndexedDB's failures as a LogStorageError.
export async function guardWrite<T>(action: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw explainStorageError(error, action);
  }
}
