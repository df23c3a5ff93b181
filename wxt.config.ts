import { defineConfig } from 'wxt';

// Permissions are justified one by one in the README ("Permissions"); a build test
// checks the built manifest asks for exactly these.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'PressClip',
    description:
      'Spots press releases, extracts their media contacts and keeps your inquiry log on your own machine.',
    permissions: ['storage', 'activeTab', 'scripting'],
    browser_specific_settings: {
      gecko: { id: 'pressclip@pressclip.app', strict_min_version: '115.0' },
    },
  },
});
