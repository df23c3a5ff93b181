import type { StoredBody } from '../body/schema';
import type { LogEntry } from '../schema/entry';
import type { Change } from './protocol';

// Where the log syncs to. The companion file service is the first; a folder or a WebDAV server
// could be others. Cursors are opaque strings the target hands out.

export type TargetState = 'ready' | 'unpaired' | 'unreachable' | 'error';

export interface TargetStatus {
  state: TargetState;
  detail: string;
}

// `bodies`: release texts that changed on the target after `since`, already checked (utils/sync/check-body.ts);
// `refusedBodies`: the ones that failed the check, with the reason, for the round's report.
export interface Pulled {
  cursor: string;
  entries: LogEntry[];
  bodies?: StoredBody[];
  refusedBodies?: Array<{ id: string | null; reason: string }>;
}

export interface SyncTarget {
  pull(since: string | null): Promise<Pulled>;
  push(changes: readonly Change[]): Promise<{ cursor: string }>;
  status(): Promise<TargetStatus>;
}

// Why a call failed, so the sync loop knows whether retrying later can help. `rejected` means the
// target refused the request itself (malformed or too large): sending it again will fail again.
export class SyncTargetError extends Error {
  constructor(
    readonly state: Exclude<TargetState, 'ready'>,
    message: string,
    readonly rejected = false,
  ) {
    super(message);
  }
}
