import { storage } from 'wxt/utils/storage';
import { EMPTY_SYNC_STATE, type SyncState } from '../utils/sync/sync-once';
import type { InvalidDoc } from '../utils/sync/couch/entry-document';

// The newsroom log's settings and sync state, in this browser's extension storage only (storage.local):
// never in an export, a log line or a message back to a page (the password stays here).

export type DeskAuth = 'basic' | 'session';

export interface DeskSettings {
  serverUrl: string;
  database: string;
  user: string;
  // Empty with session auth: the password is never kept then.
  password: string;
  // 'session': CouchDB's cookie session (session-auth.ts); absent in settings saved before it existed: basic.
  auth?: DeskAuth;
  // Set once a connection test passed and the journalist saved: only then does sync contact the server.
  enabled: boolean;
  lastSyncAt: string | null;
  lastWrittenAt: string | null;
  invalid: InvalidDoc[];
  // The last round's refused or unsent release texts (utils/sync/body-problems.ts); absent before they were kept.
  bodyProblems?: string[];
  bodyProblemsAt?: string | null;
}

export const EMPTY_DESK_SETTINGS: DeskSettings = {
  serverUrl: '',
  database: '',
  user: '',
  password: '',
  enabled: false,
  lastSyncAt: null,
  lastWrittenAt: null,
  invalid: [],
};

export const deskSettingsItem = storage.defineItem<DeskSettings>('local:desk', { fallback: EMPTY_DESK_SETTINGS, version: 1 });

export const deskSyncStateItem = storage.defineItem<SyncState>('local:desk-sync-state', { fallback: EMPTY_SYNC_STATE, version: 1 });
