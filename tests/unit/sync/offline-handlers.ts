import type { LogStore } from '../../../utils/log/store';
import { createSyncHandlers, type SyncDeps } from '../../../entrypoints/background/companion-handlers';
import { companionSettingsItem, syncStateItem } from '../../../storage/sync-storage';

// The sync handlers as the background builds them, over `store`, with the real storage items (WXT's fake
// browser) and no network: a test that reaches fetch fails loudly. `deps` overrides the rest per test.
export function offlineSyncHandlers(store: LogStore, deps: Partial<SyncDeps> = {}): ReturnType<typeof createSyncHandlers> {
  return createSyncHandlers({
    log: async () => store,
    fetch: async () => {
      throw new Error('no network in this test');
    },
    settings: companionSettingsItem,
    state: syncStateItem,
    newId: () => 'id',
    ...deps,
  });
}
