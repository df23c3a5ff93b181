// Building log-page elements. Text goes in through textContent only: entries hold hostile page text.

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string | null,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// A form control with its visible label ("field" / "field-label", styled by each page).
export function labelled(label: string, control: HTMLElement): HTMLLabelElement {
  const wrap = el('label', undefined, 'field');
  wrap.append(el('span', label, 'field-label'), control);
  return wrap;
}

export function button(text: string, onClick: () => void, className?: string): HTMLButtonElement {
  const b = el('button', text, className);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export function option(value: string, label: string): HTMLOptionElement {
  const o = el('option', label);
  o.value = value;
  return o;
}

// Keys typed into a field belong to the field, not to the table's shortcuts.
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
