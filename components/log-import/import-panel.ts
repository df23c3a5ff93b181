import type { ImportSummary } from '../../utils/sync/messages';
import { DEFAULT_IMPORT_LIMITS } from '../../utils/sync/limits';
import type { Ask } from '../sync-status/sync-status';

// Log page → "Import JSON": pick a file, see what it would do (new / updated / unchanged / conflict /
// invalid, each invalid entry with its reason), then Confirm or Cancel. The preview changes nothing; a
// file that cannot be read at all says exactly why and offers no Confirm. The file's text is hostile
// input: every string from it or about it goes in through textContent. The page never reads the file: it
// hands the background a blob: URL of it, and the background reads and validates it once and keeps it
// (staged, under a session) until Confirm writes it or Cancel drops it, so a 100,000-entry export (~150 MB,
// over Chrome's 64 MiB cap on one message) imports in one go.

const COUNT_LABELS: Array<[keyof Extract<ImportSummary, { ok: true }>['counts'], string]> = [
  ['new', 'New'],
  ['updated', 'Updated'],
  ['unchanged', 'Unchanged'],
  ['conflict', 'Conflict (both kept; the other version becomes a revision)'],
  ['invalid', 'Invalid (skipped)'],
];

function node<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

function action(text: string, onClick: () => void, className?: string): HTMLButtonElement {
  const b = node('button', text, className);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export interface ImportPanel {
  element: HTMLElement;
  // The same path as choosing a file in the picker.
  importFile(file: File): Promise<void>;
}

export function createImportPanel(ask: Ask, imported: () => void): ImportPanel {
  const element = node('section', undefined, 'log-import');
  const picker = node('input');
  picker.type = 'file';
  picker.accept = '.json,application/json';
  picker.hidden = true;
  picker.name = 'import-file';
  const open = action('Import JSON', () => picker.click(), 'import-open');
  const panel = node('div', undefined, 'import-preview');
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-live', 'polite');
  element.append(open, picker, panel);

  const close = () => {
    panel.replaceChildren();
    delete element.dataset.phase;
  };

  function showFailure(fileName: string, reason: string) {
    element.dataset.phase = 'refused';
    panel.replaceChildren(
      node('h3', `Cannot import ${fileName}`),
      node('p', reason, 'import-error'),
      node('p', 'Nothing was changed in your log.'),
      action('Close', close),
    );
  }

  function showPreview(fileName: string, session: string, preview: Extract<ImportSummary, { ok: true }>) {
    element.dataset.phase = 'preview';
    const counts = node('ul', undefined, 'import-counts');
    for (const [key, label] of COUNT_LABELS) {
      const item = node('li', `${label}: ${preview.counts[key]}`);
      item.dataset.count = key;
      counts.append(item);
    }
    const invalid = node('ol', undefined, 'import-invalid');
    for (const problem of preview.invalid) {
      invalid.append(node('li', `Entry ${problem.index + 1}${problem.id ? ` (${problem.id})` : ''}: ${problem.reason}`));
    }
    const confirm = action(preview.writes > 0 ? `Confirm import (${preview.writes} to write)` : 'Nothing to import', () => void apply(), 'primary import-confirm');
    confirm.disabled = preview.writes === 0;
    const cancel = action(
      'Cancel',
      () => {
        void ask('log:import-discard', { session }).catch(() => undefined);
        close();
      },
      'import-cancel',
    );
    const version = preview.fromVersion > 0 ? node('p', `File format version ${preview.fromVersion}; older versions are converted on import.`) : null;
    panel.replaceChildren(
      node('h3', `Import ${fileName}?`),
      ...(version ? [version] : []),
      counts,
      ...(preview.invalid.length > 0 ? [node('p', 'These entries are invalid and will be skipped:'), invalid] : []),
      confirm,
      cancel,
    );

    async function apply() {
      confirm.disabled = true;
      cancel.disabled = true;
      // 100,000 entries take IndexedDB several seconds (one write each, all in one transaction).
      element.dataset.phase = 'writing';
      panel.append(node('p', `Writing ${preview.writes} entr${preview.writes === 1 ? 'y' : 'ies'} to your log…`, 'import-writing'));
      try {
        const { result } = await ask('log:import-apply', { session });
        if (!result.ok) {
          showFailure(fileName, result.reason);
          return;
        }
        element.dataset.phase = 'done';
        panel.replaceChildren(
          node('p', `Imported ${fileName}: ${result.writes} written (${result.counts.new} new, ${result.counts.updated} updated, ${result.counts.conflict} conflicts).`, 'import-done'),
          action('Close', close),
        );
        imported();
      } catch (error) {
        showFailure(fileName, error instanceof Error ? error.message : String(error));
      }
    }
  }

  async function importFile(file: File) {
    const fileName = file.name || 'the file';
    if (file.size > DEFAULT_IMPORT_LIMITS.maxBytes) {
      showFailure(fileName, `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${DEFAULT_IMPORT_LIMITS.maxBytes / 1024 / 1024} MB.`);
      return;
    }
    element.dataset.phase = 'reading';
    panel.replaceChildren(node('p', `Reading ${fileName}…`));
    // Valid only while the background reads it: revoked as soon as the preview answers.
    const url = URL.createObjectURL(file);
    try {
      const { preview, session } = await ask('log:import-preview', { file: url });
      if (preview.ok && session !== undefined) showPreview(fileName, session, preview);
      else showFailure(fileName, preview.ok ? 'PressClip did not keep the file for importing; choose it again.' : preview.reason);
    } catch (error) {
      showFailure(fileName, error instanceof Error ? error.message : String(error));
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void importFile(file);
  });

  return { element, importFile };
}
