import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { renderedSnapshot } from '../../utils/extract/rendered-snapshot';
import type { PageSnapshot } from '../../utils/extract/page-snapshot';
import { send } from '../../utils/messaging/send';
import { errorKind } from '../../utils/safe-detect';

// Runs on every page, so it does as little as it can: it reads the page's rendered text (never changing the
// page) and sends it; the background computes the verdict, so the detector's regexes never run on the page's
// main thread. Only types come from the schemas: zod in here would grow the bundle from a few kB to ~80 kB.

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
      let snapshot: PageSnapshot | null = null;
      let failed: string | null = null;
      try {
        snapshot = renderedSnapshot(document, location.href);
      } catch (error) {
        // A page that breaks the reader keeps working; the badge says PressClip could not analyse it.
        failed = errorKind(error);
      }
      send((m) => browser.runtime.sendMessage(m), 'page:snapshot', { snapshot, failed }).catch(() => {
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
