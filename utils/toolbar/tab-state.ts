import type { Detection } from '../schema/detection';

// What the background knows about each tab. Chrome's MV3 service worker is stopped after ~30 s idle
// and loses its globals, so the state lives in `storage.session` (memory-only, cleared when the
// browser quits, not readable by content scripts). Where that area is missing (Firefox before 115,
// or a test) a Map does the job: Firefox's MV2 background page never sleeps.

export interface TabState {
  url: string;
  detection: Detection;
  // The verdict came from the popup reading the PDF this tab shows (no content script runs in a PDF viewer).
  pdf?: boolean;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabStateStore {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export function createTabStateStore(area: SessionArea | undefined): TabStateStore {
  if (!area) {
    const memory = new Map<number, TabState>();
    return {
      get: async (tabId) => memory.get(tabId) ?? null,
      set: async (tabId, state) => void memory.set(tabId, state),
      remove: async (tabId) => void memory.delete(tabId),
    };
  }
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      const value = (await area.get(key))[key];
      return (value as TabState | undefined) ?? null;
    },
    set: (tabId, state) => area.set({ [keyOf(tabId)]: state }),
    remove: (tabId) => area.remove(keyOf(tabId)),
  };
}
