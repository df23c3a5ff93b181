import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { noDynamicCode } from './scripts/lib/no-dynamic-code';
import { COMPILE_ALL_HINT } from './utils/page/compile-hint';

// Permissions are justified one by one in the README ("Permissions"); a build test
// checks the built manifest asks for exactly these.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // No Function constructor in any bundle (scripts/lib/no-dynamic-code.ts); the file-reading worker is bundled on
  // its own (Vite's worker build), as an ES module so pdf.js's code can be split like the pages'.
  vite: () => ({ plugins: [noDynamicCode()], worker: { format: 'es', plugins: () => [noDynamicCode()] } }),
  hooks: {
    // The every-page content script (entrypoints/detector.ts) is a plain script declared here, not a WXT content
    // script: WXT's content-script context cost ~2.6 ms per page (see the script). Same pages and timing as before.
    'build:manifestGenerated'(_wxt, manifest) {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle' },
      ];
    },
    // Nearly every function of the every-page script runs on every page (all but the tall-page walk), so V8 is
    // told to compile them all with the script (V8's explicit compile hint): lazily, each was parsed twice (once
    // skimmed, once in full when first called). In the trace bench this took ~0.3 ms per page off the script,
    // compiling the unused walk included. Browsers without it see a comment.
    async 'build:done'(wxt) {
      const script = join(wxt.config.outDir, 'detector.js');
      const code = await readFile(script, 'utf8');
      if (!code.startsWith(COMPILE_ALL_HINT)) await writeFile(script, `${COMPILE_ALL_HINT}\n${code}`);
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'PressClip',
    description:
      'Spots press releases, extracts their media contacts and keeps your inquiry log on your own machine.',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications', 'contextMenus'],
    // The companion log file service (companion/) listens on 127.0.0.1 only; Firefox refuses the fetch without this.
    host_permissions: ['http://127.0.0.1/*'],
    // The newsroom log (Settings → "Newsroom log"): the desk's CouchDB origin is asked for when the journalist
    // presses "Test connection", for that origin only (https, or http on this machine for a local server).
    // MV2 (Firefox's default build) has no optional_host_permissions: the same patterns are optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://localhost/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://localhost/*'] }),
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Clip the current page to the PressClip log',
      },
    },
    // Firefox needs a fixed add-on id (storage and the moz-extension:// host depend on it); Chrome warns
    // about the key, so only the Firefox build carries it.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'pressclip@pressclip.app', strict_min_version: '115.0' } } }
      : {}),
  }),
});
