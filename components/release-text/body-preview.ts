import type { ReleaseBody } from '../../utils/body/schema';
import { el } from '../log-page/dom';
import { renderReleaseText, wordCount } from './release-text';

// The popup's "Full text" preview: what Save will keep with the entry, collapsed so the record editor stays
// the popup's first view. Mounted by the popup under its form; a page without a text gets a one-line note.
export function createBodyPreview(body: ReleaseBody | null): HTMLElement {
  if (!body) return el('p', 'No release text was found on this page; only the record will be kept.', 'hint body-preview-none');
  const details = el('details', undefined, 'body-preview');
  const words = wordCount(body.text);
  details.append(el('summary', `Full text (${words.toLocaleString('en')} words${body.truncated ? ', cut at the cap' : ''})`), renderReleaseText(body));
  return details;
}
