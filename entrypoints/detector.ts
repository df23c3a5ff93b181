import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readRenderedPage, type RenderedPage } from '../utils/extract/rendered-page';
import type { Envelope } from '../utils/messaging/contract';
import { isPageRescan } from '../utils/messaging/page-rescan';
import { watchLocation } from '../utils/page/location-watch';
import { errorKind } from '../utils/page/safe-detect';

// The every-page content script. It does as little as it can on the page's main thread: once the page is idle it
// reads the page's rendered text (never changing the page) and sends it raw; the background splits it into lines,
// takes the menus out and computes the verdict.
// wxt.config.ts declares it in the manifest for every http(s) page at document_idle, as a plain script rather
// than a WXT content script: WXT's content-script context (an AbortController, events to stop older copies, its
// location watcher) cost ~2.6 ms per page in the trace bench, a third of this script's cost at the time.
// Only types come from the schemas and the message contract: zod in here would grow the bundle from a few kB to
// ~80 kB.

const IDLE_TIMEOUT_MS = 3000;
// After a pushState the SPA usually still has to fetch and render the new view, and Chrome reports the
// same-document "loading" to the background, which clears the tab's verdict; report after both.
const SPA_SETTLE_MS = 1000;

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

// Firefox's promise-based `browser`, else Chrome's `chrome` (promise-based in MV3). Its id is gone once the
// extension was reloaded or removed: this copy is then orphaned and stays quiet.
function runtime(): Runtime | null {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const api = g.browser?.runtime?.id ? g.browser.runtime : g.chrome?.runtime;
  return api?.id ? api : null;
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 200);
}

function report(): void {
  let page: RenderedPage | null = null;
  let failed: string | null = null;
  try {
    page = readRenderedPage(document, location.href);
  } catch (error) {
    // A page that breaks the reader keeps working; the badge says PressClip could not analyse it.
    failed = errorKind(error);
  }
  const api = runtime();
  if (!api) return;
  // Fire and forget, so without send()'s reply checks (and their error classes, which every page would compile).
  const message: Envelope<'page:snapshot'> = { type: 'page:snapshot', payload: { page, failed } };
  api.sendMessage(message).catch(() => {
    // The background may be restarting or the extension reloaded; the next page load reports again.
  });
}

export default defineUnlistedScript(() => {
  whenIdle(report);
  // Single-page sites change the URL without a load. Chrome tells the background of such a navigation (a tab
  // update, status "loading"), and the background asks this script to read again; only the extension itself can
  // message a content script. Firefox tells extensions nothing of it without the "tabs" permission, so there the
  // script watches its own location (the build for each browser keeps one branch).
  const changed = () => setTimeout(() => whenIdle(report), SPA_SETTLE_MS);
  if (import.meta.env.FIREFOX) {
    watchLocation(changed, () => runtime() !== null);
  } else {
    // A request that finds the URL unchanged came for a load that has not yet replaced this document.
    let shown = location.href;
    runtime()?.onMessage.addListener((message) => {
      if (!isPageRescan(message) || location.href === shown) return;
      shown = location.href;
      changed();
    });
  }
  // Back/forward restores a page from the bfcache without re-running content scripts, while the
  // background cleared the tab's verdict when the navigation started: report it again.
  addEventListener('pageshow', (event) => {
    if (event.persisted) whenIdle(report);
  });
});
