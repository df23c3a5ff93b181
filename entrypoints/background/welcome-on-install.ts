import type { browser } from 'wxt/browser';

// The welcome page (entrypoints/welcome/) opens once, on a fresh install: not on an update, a browser update or
// a reload in development, when the journalist has already been through it.
export function registerWelcomeOnInstall(runtime: Pick<typeof browser.runtime, 'onInstalled' | 'getURL'>, tabs: Pick<typeof browser.tabs, 'create'>): void {
  runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void tabs.create({ url: runtime.getURL('/welcome.html') });
  });
}
