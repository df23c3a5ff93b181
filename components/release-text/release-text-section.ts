import type { StoredBody } from '../../utils/body/schema';
import { domToTokens } from '../../utils/body/dom-tokens';
import { tokensToMarkdown } from '../../utils/body/markdown';
import { readBodyTokens } from '../../utils/body/stored-html';
import type { PressRelease } from '../../utils/schema/record';
import { button, el } from '../log-page/dom';
import { renderReleaseText } from './release-text';

// The log detail's "Release text": loaded only when the detail opens (the list never carries bodies), shown
// through DOMPurify (release-text.ts), with "Copy as Markdown" (the selected passage, or the whole text) and
// "Copy quote" (the selected passage in quotation marks with its source).

export interface ReleaseTextDeps {
  load(): Promise<StoredBody | null>;
  copy(text: string): Promise<void>;
}

// The part of the current selection inside `box`, or null when nothing there is selected.
function selectedRange(box: HTMLElement): Range | null {
  const selection = box.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return box.contains(range.commonAncestorContainer) ? range : null;
}

export function quoteOf(passage: string, record: Pick<PressRelease, 'issuer' | 'headline' | 'url'>): string {
  const source = [record.issuer, record.headline ? `"${record.headline}"` : null, record.url].filter(Boolean).join(', ');
  return `“${passage.replace(/\s+/g, ' ').trim()}”\n— ${source}`;
}

export function createReleaseTextSection(record: PressRelease, deps: ReleaseTextDeps): HTMLElement {
  const section = el('section', undefined, 'detail-release-text');
  section.append(el('h3', 'Release text'));
  const status = el('p', 'Loading the release text…', 'hint');
  status.setAttribute('role', 'status');
  section.append(status);

  void deps.load().then(
    (body) => {
      if (!body) {
        status.textContent = 'No release text was kept for this entry (it was saved before PressClip kept them, or the page had none).';
        return;
      }
      const box = renderReleaseText(body);
      const say = (text: string) => (status.textContent = text);
      const copy = (text: string, done: string) => void deps.copy(text).then(() => say(done), (error: unknown) => say(`Not copied: ${(error as Error).message}`));
      const markdown = button('Copy as Markdown', () => {
        const range = selectedRange(box);
        const tokens = range ? domToTokens(range.cloneContents()) : readBodyTokens(body.html);
        const list = Array.isArray(tokens) ? tokens : tokens.ok ? tokens.tokens : [];
        copy(tokensToMarkdown(list), range ? 'The selected passage was copied as Markdown.' : 'The release text was copied as Markdown.');
      }, 'copy-markdown');
      const quote = button('Copy quote', () => {
        const range = selectedRange(box);
        if (!range) return say('Select a passage of the release text first.');
        copy(quoteOf(range.toString(), record), 'The quote was copied with its source.');
      }, 'copy-quote');
      status.textContent = '';
      const actions = el('div', undefined, 'release-text-actions');
      actions.append(markdown, quote);
      section.append(actions, box);
    },
    (error: unknown) => {
      status.textContent = `The release text could not be read: ${(error as Error).message}`;
    },
  );
  return section;
}
