import { storage } from 'wxt/utils/storage';
import { DEFAULT_COMPANION_PORT } from '../utils/sync/protocol';
import { EMPTY_SYNC_STATE, type SyncState } from '../utils/sync/sync-once';

// What sync remembers between rounds and restarts, in extension storage on this machine only:
// the companion's port and token (from pairing), and the sync state (cursor, outbox, lineage).

export interface CompanionSettings {
  port: number;
  token: string | null;
  lastSyncAt: string | null;
  // When a round last wrote entries from the file into this log (absent in settings stored before it existed).
  lastWrittenAt?: string | null;
  // The last round's refused or unsent release texts (utils/sync/body-problems.ts); absent before they were kept.
  bodyProblems?: string[];
  bodyProblemsAt?: string | null;
}

export const companionSettingsItem = storage.defineItem<CompanionSettings>('local:companion', {
  fallback: { port: DEFAULT_COMPANION_PORT, token: null, lastSyncAt: null },
  version: 1,
});

export const syncStateItem = storage.defineItem<SyncState>('local:sync-state', {
  fallback: EMPTY_SYNC_STATE,
  version: 1,
});
