import type { StoredItem } from '../../../../entrypoints/background/companion-handlers';

// A storage item as the background's deps see it (WXT's storage.defineItem), kept in memory, copied on the way
// in and out like extension storage does.
export function item<T>(value: T): StoredItem<T> & { value: T } {
  const stored = {
    value,
    async getValue() {
      return structuredClone(stored.value);
    },
    async setValue(next: T) {
      stored.value = structuredClone(next);
    },
  };
  return stored;
}
