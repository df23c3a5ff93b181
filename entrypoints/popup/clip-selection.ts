import { browser } from 'wxt/browser';
import { PENDING_CLIP_KEY, type PendingClip } from '../../utils/triage/pending-clip';

// "Clip selection" in the popup: the text selected on the tab goes to the log page's paste box, as the context
// menu's "Clip the selected text" does (entrypoints/background/clip-commands.ts). Opening the popup granted
// activeTab, so the one-line selection reader may run in this tab.

export async function clipSelection(tabId: number): Promise<string | null> {
  const [result] = await browser.scripting
    .executeScript({ target: { tabId }, func: () => window.getSelection()?.toString() ?? '' })
    .catch(() => [undefined]);
  const text = typeof result?.result === 'string' ? result.result : '';
  if (text.trim() === '') return 'Select the release text on the page first, then press Clip selection.';
  const url = await browser.tabs.get(tabId).then((tab) => tab.url ?? null, () => null);
  const pending: PendingClip = { text: text.slice(0, 500_000), url };
  await browser.storage.session.set({ [PENDING_CLIP_KEY]: pending });
  await browser.tabs.create({ url: browser.runtime.getURL('/log.html#clip-selection') });
  return null;
}
