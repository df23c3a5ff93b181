import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detect } from '../../utils/extract/detect';
import { send } from '../../utils/messaging/send';
import { detectSafely } from '../../utils/safe-detect';

// Runs on every page, so it stays small: detect() reads the page without changing it, and only
// types are imported from the schemas (zod in here would grow the bundle from a few kB to ~80 kB).

const IDLE_TIMEOUT_MS = 3000;
// After a pushState the SPA usually still has to fetch and render the new view, and Chrome reports the
// same-document "loading" to the background, which clears the tab's verdict; report after both.
const SPA_SETTLE_MS = 1000;

function whenIdle(ctx: ContentScriptContext, run: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    ctx.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  } else {
    ctx.setTimeout(run, 200);
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const report = () => {
      if (ctx.isInvalid) return;
      const detection = detectSafely(detect, document, location.href);
      send((m) => browser.runtime.sendMessage(m), 'page:detected', { detection, url: location.href }).catch(() => {
        // The background may be restarting or the extension reloaded; the next page load reports again.
      });
    };
    whenIdle(ctx, report);
    // Single-page sites change the URL without a load; WXT's watcher reports it (Navigation API or polling).
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => whenIdle(ctx, report), SPA_SETTLE_MS));
    // Back/forward restores a page from the bfcache without re-running content scripts, while the
    // background cleared the tab's verdict when the navigation started: report it again.
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.persisted) whenIdle(ctx, report);
    });
  },
});
