import { el } from '../log-page/dom';

// Plain named controls for the settings and welcome forms; values go in as values, never as markup.

export function input(name: string, value: string, type = 'text'): HTMLInputElement {
  const i = el('input');
  i.name = name;
  i.type = type;
  i.value = value;
  return i;
}

export function textarea(name: string, value: string, rows: number): HTMLTextAreaElement {
  const t = el('textarea');
  t.name = name;
  t.rows = rows;
  t.value = value;
  return t;
}
