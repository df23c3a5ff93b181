import '../../utils/schema/zod-no-eval';
import { browser } from 'wxt/browser';
import { createRecordForm } from '../../components/record-editor/record-form';
import { NoAnswerError, send, type Transport } from '../../utils/messaging/send';
import { sendIdempotent } from '../../utils/messaging/send-retry';
import type { ResponseOf } from '../../utils/messaging/contract';
import { EntryFieldsSchema } from '../../utils/schema/entry';
import type { PressRelease } from '../../utils/schema/record';
import { tabIdFromQuery } from './tab-id';
import { readPdfRelease, servesPdf } from './pdf-release';
import { isPdfAddress } from '../../utils/inputs/pdf-tab';
import type { SourceKind } from '../../utils/schema/source-kind';
import { verdictFor } from './verdict';
import { createSyncStatus } from '../../components/sync-status/sync-status';
import { interviewButtons } from '../../components/popup-interview/interview-buttons';
import { requestInterview } from '../../components/log-interview/request-interview';
import { createBodyPreview } from '../../components/release-text/body-preview';
import type { ReleaseBody } from '../../utils/body/schema';
import './style.css';

// The popup: what PressClip saw on this tab, the extracted record to correct, and "Save to log".

const transport: Transport = (message) => browser.runtime.sendMessage(message);
const app = document.querySelector<HTMLElement>('#app')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

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

function openLog(id: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/log.html#${encodeURIComponent(id)}`) });
}

// `reread` is offered when the form shows the saved copy: the journalist may want the page as it reads now.
// `body`: the release text a fresh read found (undefined when the form shows the saved copy, whose text stays).
function renderEditor(record: PressRelease, savedEntryId: string | null, area: HTMLElement, reread?: () => void, source: SourceKind = 'page', body?: ReleaseBody | null) {
  const form = createRecordForm(record);
  const status = el('div', undefined, 'save-status');
  status.setAttribute('aria-live', 'polite');
  const formErrors = el('div', undefined, 'form-errors');

  const save = el('button', savedEntryId ? 'Update log entry' : 'Save to log', 'primary');
  save.type = 'submit';
  const wrapper = el('form');
  wrapper.noValidate = true;
  const already = savedEntryId ? el('p', 'This page is already in your log. Saving updates that entry.', 'notice') : null;
  if (already && reread) already.append(' ', button('Re-read the page', reread));
  wrapper.append(...(already ? [already] : []), formErrors, form.element, ...(body === undefined ? [] : [createBodyPreview(body)]), save, status);

  wrapper.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const parsed = EntryFieldsSchema.safeParse({ record: form.read() });
      if (!parsed.success) {
        // The schema sees { record: … }; the form's fields are named inside the record.
        const issues = parsed.error.issues.map((i) => ({ ...i, path: i.path[0] === 'record' ? i.path.slice(1) : i.path }));
        const unplaced = form.showIssues(issues);
        formErrors.replaceChildren(...unplaced.map((m) => el('p', m, 'error')));
        status.replaceChildren(el('p', 'Not saved: fix the marked fields.', 'error'));
        return;
      }
      form.showIssues([]);
      formErrors.replaceChildren();
      save.disabled = true;
      try {
        // A save is idempotent per URL: if the background went away before confirming, ask again.
        const { data, retried } = await sendIdempotent(transport, 'log:save', { fields: parsed.data, source, ...(body === undefined ? {} : { body }) });
        const { entry, created } = data;
        const link = el('a', 'Open in log');
        link.href = browser.runtime.getURL(`/log.html#${encodeURIComponent(entry.id)}`);
        link.addEventListener('click', (e) => {
          e.preventDefault();
          openLog(entry.id);
        });
        const recovered = retried > 0
          ? [el('p', "PressClip's background restarted before confirming the first attempt; the save was sent again and is now confirmed.", 'notice')]
          : [];
        status.replaceChildren(el('p', created ? 'Saved' : 'Saved (updated the existing entry)', 'saved'), ...recovered, link);
        status.append(interviewButtons(entry, requestInterview, (message) => status.append(el('p', message))));
        save.textContent = 'Update log entry';
      } catch (error) {
        const message = error instanceof NoAnswerError
          ? "Not confirmed: PressClip's background did not answer (it may be restarting). Your edits are still here; press Save again."
          : `Not saved: ${error instanceof Error ? error.message : String(error)}`;
        status.replaceChildren(el('p', message, 'error'));
      } finally {
        save.disabled = false;
      }
    })();
  });
  area.replaceChildren(wrapper);
}

async function clip(tabId: number, savedEntryId: string | null, area: HTMLElement) {
  area.replaceChildren(el('p', 'Reading the page…', 'busy'));
  try {
    const { record, body } = (await sendIdempotent(transport, 'tab:extract', { tabId })).data;
    renderEditor(record, savedEntryId, area, undefined, 'page', body);
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
    renderEditor(record, savedEntryId, area, undefined, 'pdf', body);
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
    if (entry) renderEditor(entry.record, entry.id, area, reread, entry.source ?? 'page');
    else await clip(tabId, savedId, area);
  } else if (detected) {
    await clip(tabId, null, area);
  } else {
    area.replaceChildren(button('Clip anyway', () => void clip(tabId, null, area)));
  }
}

void start();
