import '../../utils/schema/zod-no-eval';
import { browser } from 'wxt/browser';
import { send, type Transport } from '../../utils/messaging/send';
import { sendIdempotent } from '../../utils/messaging/send-retry';
import type { ResponseOf } from '../../utils/messaging/contract';
import { tabIdFromQuery } from './tab-id';
import { readPdfRelease, servesPdf } from './pdf-release';
import { isPdfAddress } from '../../utils/inputs/pdf-tab';
import { verdictFor } from './verdict';
import { createSyncStatus } from '../../components/sync-status/sync-status';
import '../../components/design/tokens.css';
import './style.css';
import { el, button } from './dom';
import { renderRelease, saveOnCtrlEnter } from './release-view';
import { whyNot } from './why-not';
import { clipSelection } from './clip-selection';

// The popup: what PressClip saw on this tab, the extracted record as a card to check (and correct on demand),
// and "Save to log".

const transport: Transport = (message) => browser.runtime.sendMessage(message);
const app = document.querySelector<HTMLElement>('#app')!;

async function resolveTabId(): Promise<number | null> {
  // The e2e opens popup.html?tabId=N in a tab of its own; from the toolbar it is the active tab.
  const explicit = tabIdFromQuery(location.search);
  if (explicit !== null) return explicit;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function showError(where: HTMLElement, message: string) {
  where.replaceChildren(el('p', message, 'error'));
}

async function clip(tabId: number, savedEntryId: string | null, area: HTMLElement) {
  area.replaceChildren(el('p', 'Reading the page…', 'busy'));
  try {
    const { record, body } = (await sendIdempotent(transport, 'tab:extract', { tabId })).data;
    renderRelease(record, savedEntryId, area, { transport, source: 'page', body });
  } catch (error) {
    showError(area, error instanceof Error ? error.message : String(error));
  }
}

// A tab showing a PDF: no content script ran there, so the popup reads the document itself.
async function clipPdf(url: string, savedEntryId: string | null, area: HTMLElement, summary: HTMLElement, tabId: number | null) {
  area.replaceChildren(el('p', 'Reading the PDF…', 'busy'));
  try {
    const { record, body } = await readPdfRelease(url);
    summary.textContent = record.isPressRelease
      ? `PDF release: this looks like a press release (${Math.round(record.confidence * 100)}%).`
      : "PDF: this document doesn't look like a press release; you can still save it.";
    renderRelease(record, savedEntryId, area, { transport, source: 'pdf', body });
    // The tab's badge shows the verdict too (no content script runs in a PDF viewer to report one).
    const detection = { isPressRelease: record.isPressRelease, score: record.confidence, signals: record.signals.slice(0, 50), incomplete: false };
    if (tabId !== null) void send(transport, 'tab:pdf-verdict', { tabId, url, detection }).catch(() => undefined);
  } catch (error) {
    summary.textContent = 'PDF release';
    showError(area, error instanceof Error ? error.message : String(error));
  }
}

async function start() {
  const header = el('header');
  header.append(el('h1', 'PressClip'));
  const summary = el('p', 'Checking this tab…', 'verdict');
  const area = el('div', undefined, 'editor');
  // Whether the local log file is connected and how many changes wait (components/sync-status).
  const sync = createSyncStatus({ ask: (type, payload) => send(transport, type, payload) });
  app.replaceChildren(header, summary, area, sync.element);
  saveOnCtrlEnter(app);

  const tabId = await resolveTabId();
  if (tabId === null) {
    summary.textContent = 'No tab to read.';
    return;
  }
  let state: ResponseOf<'tab:state'>;
  try {
    // Reads are safe to ask again when the service worker was stopped under the first request.
    state = (await sendIdempotent(transport, 'tab:state', { tabId })).data;
  } catch (error) {
    summary.textContent = `PressClip could not read this tab: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  const pdf = state.url !== null && (isPdfAddress(state.url) || state.pdf || (state.detection === null && /^https?:/i.test(state.url) && (await servesPdf(state.url))));
  if (pdf && state.url !== null && !state.savedEntryId) {
    summary.textContent = 'PDF release';
    await clipPdf(state.url, null, area, summary, tabId);
    return;
  }
  const { text, detected, readable } = verdictFor(state);
  summary.textContent = pdf ? 'PDF release (already in your log)' : text;
  if (!readable) return;
  const savedId = state.savedEntryId;
  if (savedId) {
    // Show what the journalist saved (with their corrections), not a fresh read that would undo them.
    const { entry } = await sendIdempotent(transport, 'log:get', { id: savedId }).then((r) => r.data, () => ({ entry: null }));
    const reread = () => void (pdf && state.url !== null ? clipPdf(state.url, savedId, area, summary, tabId) : clip(tabId, savedId, area));
    if (entry) renderRelease(entry.record, entry.id, area, { transport, reread, source: entry.source ?? 'page' });
    else await clip(tabId, savedId, area);
  } else if (detected) {
    await clip(tabId, null, area);
  } else {
    const reason = state.detection && !state.detection.incomplete ? [el('p', whyNot(state.detection), 'why-not')] : [];
    const actions = el('div', undefined, 'clip-actions');
    const selectionStatus = el('p', undefined, 'hint');
    selectionStatus.setAttribute('aria-live', 'polite');
    const clipAnyway = button('Clip anyway', () => void clip(tabId, null, area));
    clipAnyway.className = 'primary';
    actions.append(clipAnyway, button('Clip selection', () => {
      void clipSelection(tabId).then((message) => { selectionStatus.textContent = message ?? ''; });
    }));
    area.replaceChildren(...reason, actions, selectionStatus);
  }
}

void start();
