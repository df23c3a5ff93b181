import { browser } from 'wxt/browser';
import { EntryFieldsSchema, type LogEntry } from '../../utils/schema/entry';
import { PENDING_CLIP_KEY } from '../../utils/triage/pending-clip';
import { ask } from './messages';

// Selected text clipped from the context menu (a release pasted in a webmail): the background left it in
// session storage and opened this page, which has the DOM that text-to-document needs. The text is turned into
// a document with createElement/textContent only, extracted like a page, and saved; the journalist then checks
// the record in the detail panel.

export async function clipPendingSelection(): Promise<LogEntry | null> {
  const stored = await browser.storage.session.get(PENDING_CLIP_KEY);
  const pending = stored[PENDING_CLIP_KEY] as { text?: unknown; url?: unknown } | undefined;
  if (!pending || typeof pending.text !== 'string' || pending.text.trim() === '') return null;
  await browser.storage.session.remove(PENDING_CLIP_KEY);
  // Loaded on demand: the extractor is large and most visits to the log never clip.
  const [{ textToDocument }, { extract }] = await Promise.all([
    import('../../utils/extract/text-to-document'),
    import('../../utils/extract/extract'),
  ]);
  const doc = textToDocument(pending.text, () => document.implementation.createHTMLDocument(''));
  const url = typeof pending.url === 'string' && pending.url ? pending.url : `about:blank#clip-${Date.now()}`;
  // The journalist chose this text as a release: its contacts count even if the detector is unsure.
  const record = extract(doc, url, { contacts: 'always' });
  const fields = EntryFieldsSchema.parse({ record });
  // The selected text is the release: it is kept as the entry's release text.
  const { bodyFromText } = await import('../../utils/body/from-text');
  const { entry } = await ask('log:save', { fields, body: bodyFromText(pending.text) });
  return entry;
}
