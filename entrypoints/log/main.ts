import { browser } from 'wxt/browser';
import { createRecordForm } from '../../components/record-editor/record-form';
import { send, type Transport } from '../../utils/messaging/send';
import { EntryFieldsSchema, type LogEntry } from '../../utils/schema/entry';
import { downloadJson, exportFileName } from './download';

// Minimal inquiry log (core flow): the list newest first, one entry opened for editing, Export JSON.
// The triage desk replaces this page; it talks to the background through the same messages.

const transport: Transport = (message) => browser.runtime.sendMessage(message);
const app = document.querySelector<HTMLElement>('#app')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const list = el('ul', undefined, 'entries');
const detail = el('section', undefined, 'detail');
const message = el('p', undefined, 'message');
message.setAttribute('aria-live', 'polite');

function fail(error: unknown) {
  message.textContent = error instanceof Error ? error.message : String(error);
}

async function exportLog() {
  const { document: doc } = await send(transport, 'log:export', {});
  downloadJson(doc, exportFileName(new Date(doc.exportedAt)));
}

function renderDetail(entry: LogEntry) {
  const heading = el('h2', entry.record.headline ?? entry.record.url);
  const form = createRecordForm(entry.record);
  const notesLabel = el('label', 'Notes');
  const notes = el('textarea');
  notes.value = entry.notes;
  notes.id = 'entry-notes';
  notesLabel.htmlFor = notes.id;
  const save = el('button', 'Save changes');
  save.type = 'submit';
  const wrapper = el('form');
  wrapper.noValidate = true;
  wrapper.append(heading, form.element, notesLabel, notes, save);
  wrapper.addEventListener('submit', (event) => {
    event.preventDefault();
    const { record: _old, ...triage } = entry;
    const parsed = EntryFieldsSchema.safeParse({ ...triage, record: form.read(), notes: notes.value });
    if (!parsed.success) {
      form.showIssues(parsed.error.issues.map((i) => ({ ...i, path: i.path[0] === 'record' ? i.path.slice(1) : i.path })));
      message.textContent = 'Not saved: fix the marked fields.';
      return;
    }
    void send(transport, 'log:update', { id: entry.id, fields: parsed.data, expectedUpdatedAt: entry.updatedAt })
      .then(({ entry: saved }) => {
        message.textContent = 'Saved';
        return refresh(saved.id);
      })
      .catch(fail);
  });
  detail.replaceChildren(wrapper);
}

function renderList(entries: LogEntry[], openId: string | null) {
  list.replaceChildren(
    ...entries.map((entry) => {
      const item = el('li');
      const link = el('a', entry.record.headline ?? entry.record.url);
      link.href = `#${encodeURIComponent(entry.id)}`;
      const meta = el('span', ` — ${entry.record.issuer ?? 'unknown issuer'} · ${entry.status} · ${entry.updatedAt.slice(0, 10)}`);
      item.append(link, meta);
      if (entry.id === openId) item.setAttribute('aria-current', 'true');
      return item;
    }),
  );
  if (entries.length === 0) list.replaceChildren(el('li', 'Nothing saved yet. Clip a press release from the toolbar.'));
}

async function refresh(openId: string | null) {
  const { entries } = await send(transport, 'log:list', {});
  renderList(entries, openId);
  const open = entries.find((e) => e.id === openId);
  if (open) renderDetail(open);
  else detail.replaceChildren();
}

const currentId = () => (location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : null);

const exportButton = el('button', 'Export JSON');
exportButton.type = 'button';
exportButton.addEventListener('click', () => void exportLog().catch(fail));

app.replaceChildren(el('h1', 'PressClip inquiry log'), exportButton, message, list, detail);
window.addEventListener('hashchange', () => void refresh(currentId()).catch(fail));
void refresh(currentId()).catch(fail);
