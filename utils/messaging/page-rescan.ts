// The one message the background sends the every-page content script: the tab navigated within its document
// (a single-page site's pushState, or back/forward between such entries), so the page may show another release.
// A file of its own with no imports: the content script must not pull in zod or the message contract.

export const PAGE_RESCAN = 'page:rescan';

export interface PageRescan {
  type: typeof PAGE_RESCAN;
}

export function isPageRescan(message: unknown): message is PageRescan {
  return (message as { type?: unknown } | null)?.type === PAGE_RESCAN;
}
