import DOMPurify from 'dompurify';
import { BODY_HTML_CAP } from '../../utils/body/allowlist';
import { sanitizeBodyFragment } from '../../utils/body/sanitize';
import type { ReleaseBody } from '../../utils/body/schema';
import { el } from '../log-page/dom';

// A kept release text on an extension page (popup preview, log detail). The stored HTML went through DOMPurify
// when it was clipped and the allowlist check when it was stored; it goes through DOMPurify once more here and
// reaches the page as a DOM fragment, never as a string assigned to innerHTML.
export function renderReleaseText(body: ReleaseBody): HTMLElement {
  const box = el('div', undefined, 'release-text');
  box.append(sanitizeBodyFragment(DOMPurify, body.html));
  if (body.truncated) {
    box.append(el('p', `The release text was cut here: PressClip keeps up to ${BODY_HTML_CAP.toLocaleString('en')} characters of it per entry.`, 'hint release-text-cut'));
  }
  return box;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
