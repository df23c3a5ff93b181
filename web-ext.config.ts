import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens a browser with PressClip loaded. On Debian the browser is the `chromium` package,
// which web-ext does not find by itself; elsewhere it finds the installed Chrome.
export default defineWebExtConfig({
  binaries: existsSync('/usr/bin/chromium') ? { chrome: '/usr/bin/chromium' } : {},
  chromiumArgs: ['--no-first-run'],
});
