import { browser } from 'wxt/browser';
import { createRecordForm } from '../../components/record-editor/record-form';
import { releaseCard } from '../../components/popup-card/release-card';
import { createBodyPreview } from '../../components/release-text/body-preview';
import type { ReleaseBody } from '../../utils/body/schema';
import { confidenceChip } from '../../components/popup-card/confidence-chip';
import { interviewButton } from '../../components/popup-interview/interview-buttons';
import { requestInterview } from '../../components/log-interview/request-interview';
import { NoAnswerError, type Transport } from '../../utils/messaging/send';
import { sendIdempotent } from '../../utils/messaging/send-retry';
import { EntryFieldsSchema, type LogEntry } from '../../utils/schema/entry';
import type { PressRelease } from '../../utils/schema/record';
import type { SourceKind } from '../../utils/schema/source-kind';
import { el, button } from './dom';

// A release in the popup: read first (a compact card), edit on demand ("Edit" swaps in the form, Esc swaps it
// back), and a Save button that stays in view and answers Ctrl/⌘+Enter. The form always holds what is saved.

export interface ReleaseViewOptions {
  transport: Transport;
  source: SourceKind;
  // Offered when the view shows the saved copy: the journalist may want the page as it reads now.
  reread?: () => void;
  // The release text a fresh read found, previewed under the summary and kept by Save; undefined when the view shows
  // the saved copy, whose text stays as it is.
  body?: ReleaseBody | null;
}

function openLog(id: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/log.html#${encodeURIComponent(id)}`) });
}

export function renderRelease(record: PressRelease, savedEntryId: string | null, area: HTMLElement, options: ReleaseViewOptions) {
  const form = createRecordForm(record);
  form.element.hidden = true;
  const status = el('div', undefined, 'save-status');
  status.setAttribute('aria-live', 'polite');
  const formErrors = el('div', undefined, 'form-errors');
  const report = (message: string) => status.append(el('p', message));
  let saved: LogEntry | null = null;

  const save = el('button', savedEntryId ? 'Update log entry' : 'Save to log', 'primary');
  save.type = 'submit';
  save.setAttribute('aria-keyshortcuts', 'Control+Enter Meta+Enter');
  const keys = el('span', undefined, 'hint');
  keys.append(el('kbd', /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl'), '+', el('kbd', 'Enter'));
  const footer = el('div', undefined, 'save-bar');
  footer.append(save, keys, status);

  const edit = button('Edit', () => (form.element.hidden ? openEditor() : closeEditor()));
  edit.className = 'edit-toggle';
  edit.setAttribute('aria-expanded', 'false');
  const bar = el('div', undefined, 'card-bar');
  bar.append(confidenceChip(record.isPressRelease, record.confidence, record.signals), edit);

  // Each contact's "Request interview" saves the release first when it is not in the log yet.
  const entryForRequest = async () => saved ?? (await saveNow());
  const cardSlot = el('div', undefined, 'card-slot');
  const showCard = (shown: PressRelease) =>
    cardSlot.replaceChildren(releaseCard(shown, (contact, index) =>
      contact.emails.length > 0 ? interviewButton(contact, index, entryForRequest, requestInterview, report) : null));
  showCard(record);

  // In Chrome's toolbar popup Esc is a "close request" that closes the whole popup, and preventDefault on the key
  // cancels it only while an input has focus. A CloseWatcher takes the request while the editor is open.
  let watcher: { destroy(): void } | null = null;
  function watchClose() {
    const Watcher = (globalThis as unknown as { CloseWatcher?: new () => { destroy(): void; onclose: (() => void) | null } }).CloseWatcher;
    if (!Watcher || watcher) return;
    const w = new Watcher();
    w.onclose = () => {
      watcher = null;
      closeEditor();
    };
    watcher = w;
  }

  function openEditor() {
    watchClose();
    form.element.hidden = false;
    cardSlot.hidden = true;
    edit.textContent = 'Done';
    edit.setAttribute('aria-expanded', 'true');
    form.element.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  // Back to the card, showing the edits; a form that does not validate stays open with its issues marked.
  function closeEditor() {
    if (form.element.hidden) return;
    const fields = validate();
    // Still open: watch for the next Esc (a CloseWatcher is spent once it fires).
    if (!fields) return watchClose();
    watcher?.destroy();
    watcher = null;
    showCard(fields.record);
    form.element.hidden = true;
    cardSlot.hidden = false;
    edit.textContent = 'Edit';
    edit.setAttribute('aria-expanded', 'false');
    edit.focus();
  }

  function validate() {
    const parsed = EntryFieldsSchema.safeParse({ record: form.read() });
    if (parsed.success) {
      form.showIssues([]);
      formErrors.replaceChildren();
      return parsed.data;
    }
    // The schema sees { record: … }; the form's fields are named inside the record.
    const issues = parsed.error.issues.map((i) => ({ ...i, path: i.path[0] === 'record' ? i.path.slice(1) : i.path }));
    const unplaced = form.showIssues(issues);
    formErrors.replaceChildren(...unplaced.map((m) => el('p', m, 'error')));
    if (form.element.hidden) openEditor();
    return null;
  }

  async function saveNow(): Promise<LogEntry | null> {
    const fields = validate();
    if (!fields) {
      status.replaceChildren(el('p', 'Not saved: fix the marked fields.', 'error'));
      return null;
    }
    save.disabled = true;
    try {
      // A save is idempotent per URL: if the background went away before confirming, ask again.
      const { data, retried } = await sendIdempotent(options.transport, 'log:save', { fields, source: options.source, ...(options.body === undefined ? {} : { body: options.body }) });
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
      save.textContent = 'Update log entry';
      saved = entry;
      return entry;
    } catch (error) {
      const message = error instanceof NoAnswerError
        ? "Not confirmed: PressClip's background did not answer (it may be restarting). Your edits are still here; press Save again."
        : `Not saved: ${error instanceof Error ? error.message : String(error)}`;
      status.replaceChildren(el('p', message, 'error'));
      return null;
    } finally {
      save.disabled = false;
    }
  }

  const wrapper = el('form', undefined, 'release-view');
  wrapper.noValidate = true;
  const already = savedEntryId ? el('p', 'This page is already in your log. Saving updates that entry.', 'notice') : null;
  if (already && options.reread) already.append(' ', button('Re-read the page', options.reread));
  // The collapsed "Full text" preview stays under the card and under the form alike: it is what Save keeps either way.
  const preview = options.body === undefined ? [] : [createBodyPreview(options.body)];
  wrapper.append(...(already ? [already] : []), bar, formErrors, cardSlot, form.element, ...preview, footer);
  wrapper.addEventListener('submit', (event) => {
    event.preventDefault();
    // Any edit invalidates the copy a contact's request would use: the next request saves again.
    saved = null;
    void saveNow();
  });
  wrapper.addEventListener('input', () => { saved = null; });
  wrapper.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !form.element.hidden) {
      event.preventDefault();
      closeEditor();
    }
  });
  area.replaceChildren(wrapper);
}

// Ctrl/⌘+Enter saves from anywhere in the popup, whichever view (card or form) is showing.
export function saveOnCtrlEnter(root: HTMLElement) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    const form = root.querySelector<HTMLFormElement>('form.release-view');
    if (!form) return;
    event.preventDefault();
    form.requestSubmit();
  });
}
