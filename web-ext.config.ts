import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens a browser with PressClip loaded (WXT uses web-ext's runner when web-ext is installed; it is
// a dev dependency for that). On Debian the browser is the `chromium` package, which web-ext does not find by
// itself; elsewhere it finds the installed Chrome. Chromium refuses to start as root (a container, CI) unless
// its sandbox is off, so --no-sandbox is passed then and only then.
// PRESSCLIP_DEV_DEBUG_PORT opens Chromium's DevTools port, for the e2e check that `npm run dev` works (dev-command.test.ts).
const asRoot = process.getuid?.() === 0;
const debugPort = process.env.PRESSCLIP_DEV_DEBUG_PORT;

export default defineWebExtConfig({
  binaries: existsSync('/usr/bin/chromium') ? { chrome: '/usr/bin/chromium' } : {},
  chromiumArgs: [
    '--no-first-run',
    ...(asRoot ? ['--no-sandbox'] : []),
    ...(debugPort && /^\d+$/.test(debugPort) ? [`--remote-debugging-port=${debugPort}`] : []),
  ],
});
