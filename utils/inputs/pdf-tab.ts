// Is the tab showing a PDF? Browsers show a PDF in their own viewer, where no content script runs, so the popup
// decides from the address (a path ending in .pdf: the usual "download the release" link) and, for an address
// that does not say, from the response's type. Pure, so the rule is tested without a browser.

export function isPdfAddress(url: string | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    if (!/^(?:https?|file):$/.test(u.protocol)) return false;
    return /\.pdf$/i.test(decodeURIComponent(u.pathname));
  } catch {
    return false;
  }
}

export function isPdfContentType(contentType: string | null): boolean {
  return /^\s*application\/(?:x-)?pdf\b/i.test(contentType ?? '');
}
