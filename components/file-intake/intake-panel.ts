import type { ConvertedInput } from '../../utils/inputs/convert-file';
import { ACCEPTED_EXTENSIONS } from '../../utils/inputs/convert-file';
import { checkSize, MAX_INPUT_BYTES } from '../../utils/inputs/input-error';
import { EntryFieldsSchema, type EntryFields, type LogEntry } from '../../utils/schema/entry';
import type { PressRelease } from '../../utils/schema/record';
import type { SourceKind } from '../../utils/schema/source-kind';
import { createRecordForm } from '../record-editor/record-form';
import { button, el } from '../log-page/dom';
import { convertInWorker } from './convert-client';
import type { ReleaseBody } from '../../utils/body/schema';

// Log page → "Add a release": files dropped on the page, chosen in the picker, or text pasted with Ctrl+V. Each
// becomes a card: the file is read in the worker (convert-client.ts), the record extracted here (the extractor
// needs a DOM), then shown in the same record editor as the popup; Save adds it to the log with its source kind.
// One card per file, each on its own: a file that cannot be read says why in its card and the others go on.
// Nothing is saved before the journalist presses Save. Every string from a file goes in through textContent.

export interface IntakeDeps {
  save(fields: EntryFields, source: SourceKind, body: ReleaseBody | null): Promise<{ entry: LogEntry; created: boolean }>;
  saved(entry: LogEntry): void;
}

export interface IntakePanel {
  element: HTMLElement;
  addFiles(files: readonly File[]): void;
  addText(text: string): void;
}

type Read = { input: ConvertedInput; bytes: Uint8Array };

// The extractor and its documents, loaded when the first file arrives: most visits to the log read no file.
async function recordOf(read: Read, name: string): Promise<{ record: PressRelease; source: SourceKind; body: ReleaseBody | null }> {
  const [{ extractInput, inputUrl, sourceKindOf }, { inputBody }, { sanitizeBodyHtml }, { default: DOMPurify }] = await Promise.all([
    import('../../utils/inputs/extract-input'),
    import('../../utils/body/input-body'),
    import('../../utils/body/sanitize'),
    import('dompurify'),
  ]);
  const makers = {
    parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
    createDocument: () => document.implementation.createHTMLDocument(''),
  };
  const record = extractInput(read.input, await inputUrl(read.input, name, read.bytes), makers, { contacts: 'always' });
  // The file's text is kept as the entry's release text; a file whose text cannot be kept is still clipped.
  let body: ReleaseBody | null = null;
  try {
    body = inputBody(read.input, (html) => sanitizeBodyHtml(DOMPurify, html));
  } catch {
    body = null;
  }
  return { record, source: sourceKindOf(read.input), body };
}

export function createIntakePanel(deps: IntakeDeps): IntakePanel {
  const element = el('section', undefined, 'file-intake');
  const picker = el('input');
  picker.type = 'file';
  picker.multiple = true;
  picker.accept = [...ACCEPTED_EXTENSIONS, '.msg'].join(',');
  picker.name = 'release-files';
  picker.className = 'intake-picker';
  picker.setAttribute('aria-label', 'Choose release files');
  const hint = el('p', `Add a release that is not a web page: drop PDF, e-mail (.eml), Word (.docx), .txt or .md files on this page, choose them here, or paste its text (Ctrl+V). Up to ${MAX_INPUT_BYTES / 1024 / 1024} MB a file.`, 'intake-hint');
  const list = el('ol', undefined, 'intake-items');
  list.setAttribute('aria-live', 'polite');
  element.append(hint, picker, list);
  picker.addEventListener('change', () => {
    addFiles([...(picker.files ?? [])]);
    picker.value = '';
  });

  function card(name: string): { item: HTMLLIElement; state: HTMLElement; body: HTMLElement } {
    const item = el('li', undefined, 'intake-item');
    item.dataset.phase = 'reading';
    const state = el('p', 'Reading…', 'intake-state');
    const body = el('div', undefined, 'intake-body');
    item.append(el('h3', name, 'intake-name'), state, body);
    list.prepend(item);
    return { item, state, body };
  }

  function fail(item: HTMLElement, state: HTMLElement, message: string) {
    item.dataset.phase = 'refused';
    state.className = 'intake-state error';
    state.textContent = message;
  }

  function showEditor(parts: ReturnType<typeof card>, record: PressRelease, source: SourceKind, releaseBody: ReleaseBody | null) {
    const { item, state, body } = parts;
    item.dataset.phase = 'editing';
    item.dataset.source = source;
    state.textContent = record.isPressRelease
      ? `Read as a press release (${Math.round(record.confidence * 100)} %). Check the record, then save it.`
      : 'This does not look like a press release; you can still correct the record and save it.';
    const form = createRecordForm(record);
    const errors = el('div', undefined, 'form-errors');
    const result = el('div', undefined, 'save-status');
    const save = button('Save to log', () => void submit(), 'primary intake-save');
    const discard = button('Discard', () => item.remove(), 'intake-discard');
    body.replaceChildren(errors, form.element, save, discard, result);

    async function submit() {
      const parsed = EntryFieldsSchema.safeParse({ record: form.read() });
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ ...i, path: i.path[0] === 'record' ? i.path.slice(1) : i.path }));
        errors.replaceChildren(...form.showIssues(issues).map((m) => el('p', m, 'error')));
        result.replaceChildren(el('p', 'Not saved: fix the marked fields.', 'error'));
        return;
      }
      form.showIssues([]);
      errors.replaceChildren();
      save.disabled = true;
      try {
        const { entry, created } = await deps.save(parsed.data, source, releaseBody);
        item.dataset.phase = 'saved';
        result.replaceChildren(el('p', created ? 'Saved to the log.' : 'Saved (updated the entry this file made before).', 'saved'));
        save.textContent = 'Update log entry';
        deps.saved(entry);
      } catch (error) {
        result.replaceChildren(el('p', `Not saved: ${error instanceof Error ? error.message : String(error)}`, 'error'));
      } finally {
        save.disabled = false;
      }
    }
  }

  async function process(parts: ReturnType<typeof card>, name: string, read: () => Promise<Read>) {
    try {
      const { record, source, body } = await recordOf(await read(), name);
      showEditor(parts, record, source, body);
    } catch (error) {
      fail(parts.item, parts.state, error instanceof Error ? error.message : String(error));
    }
  }

  function addFiles(files: readonly File[]) {
    for (const file of files) void process(card(file.name), file.name, () => convertInWorker(file, file.name));
  }

  function addText(text: string) {
    const bytes = new TextEncoder().encode(text);
    void process(card('Pasted text'), '', () => {
      checkSize(bytes.byteLength, 'The pasted text');
      return Promise.resolve({ input: { kind: 'pasted', text }, bytes });
    });
  }

  return { element, addFiles, addText };
}
