import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../utils/settings/schema';
import { upgradeSettings } from '../utils/settings/upgrade';

// One storage item for all settings, in `local:` so it stays on this machine (no sync storage).
// Version 2: templates per language (utils/settings/upgrade.ts). readSettings upgrades an old shape too, so
// settings that reach it without the storage migration (hand-edited, restored) still load.
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: (old: unknown) => upgradeSettings(old) },
});

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(readSettings(settings));
}
