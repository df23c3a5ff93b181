// One labelled input with a slot for its error. Values go in through `.value` and labels through
// textContent only: everything shown here may come from a hostile page.

export interface Field {
  element: HTMLElement;
  path: string;
  read(): string;
  showError(message: string | null): void;
}

export interface FieldOptions {
  multiline?: boolean;
  type?: 'text' | 'date' | 'url' | 'datetime-local';
  hint?: string;
  placeholder?: string;
}

let nextId = 0;

export function createField(label: string, path: string, value: string, options: FieldOptions = {}): Field {
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  wrapper.dataset.path = path;
  const id = `field-${++nextId}`;

  const labelEl = document.createElement('label');
  labelEl.htmlFor = id;
  labelEl.textContent = label;

  const input = options.multiline ? document.createElement('textarea') : document.createElement('input');
  if (input instanceof HTMLInputElement) input.type = options.type ?? 'text';
  else input.rows = 3;
  input.id = id;
  input.name = path;
  input.value = value;
  if (options.placeholder) input.placeholder = options.placeholder;

  const error = document.createElement('p');
  error.className = 'error';
  error.setAttribute('role', 'alert');
  error.hidden = true;
  input.setAttribute('aria-describedby', `${id}-error`);
  error.id = `${id}-error`;

  wrapper.append(labelEl, input);
  if (options.hint) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = options.hint;
    wrapper.append(hint);
  }
  wrapper.append(error);

  return {
    element: wrapper,
    path,
    read: () => input.value,
    showError(message) {
      error.textContent = message ?? '';
      error.hidden = message === null;
      input.toggleAttribute('aria-invalid', message !== null);
    },
  };
}

// Empty inputs mean "not known", which the record stores as null.
export const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

// Lists (emails, phones) are edited one per line.
export const lines = (s: string): string[] =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
