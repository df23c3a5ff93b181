import type { DOMPurify } from 'dompurify';
import { PURIFY_CONFIG } from './allowlist';

// DOMPurify under the body allowlist. The caller passes the DOMPurify instance of its own window (the clipped
// page's isolated world, the popup, the log page; a test's happy-dom), so this file stays free of globals.

// The hook forces what the allowlist alone cannot say: href only on <a> (DOMPurify allows attributes globally).
// DOMPurify keeps hooks per instance, so adding them is idempotent per instance.
const hooked = new WeakSet<DOMPurify>();
function withHooks(purify: DOMPurify): DOMPurify {
  if (hooked.has(purify)) return purify;
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'href' && node.nodeName !== 'A') data.keepAttr = false;
  });
  hooked.add(purify);
  return purify;
}

// Sanitized HTML as a string: what is stored.
export function sanitizeBodyHtml(purify: DOMPurify, dirty: string): string {
  return withHooks(purify).sanitize(dirty, { ...PURIFY_CONFIG, ALLOWED_TAGS: [...PURIFY_CONFIG.ALLOWED_TAGS], ALLOWED_ATTR: [...PURIFY_CONFIG.ALLOWED_ATTR] });
}

// Sanitized as a DOM fragment, for showing: never turned back into a string that something assigns as HTML.
// Links open in a new tab without giving the release's site a handle on PressClip's page.
export function sanitizeBodyFragment(purify: DOMPurify, stored: string): DocumentFragment {
  const fragment = withHooks(purify).sanitize(stored, {
    ...PURIFY_CONFIG,
    ALLOWED_TAGS: [...PURIFY_CONFIG.ALLOWED_TAGS],
    ALLOWED_ATTR: [...PURIFY_CONFIG.ALLOWED_ATTR],
    RETURN_DOM_FRAGMENT: true,
  });
  for (const link of fragment.querySelectorAll('a')) {
    if (!link.hasAttribute('href')) continue;
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  return fragment;
}
