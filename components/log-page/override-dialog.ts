import { button, el } from './dom';

// Asks for the reason to break a workflow rule (filing before an embargo lifts). Resolves to the reason,
// or null when the journalist cancels. The rule's explanation is page-derived text: textContent only.
export function askOverride(explanation: string): Promise<string | null> {
  return new Promise((resolve) => {
    const dialog = el('dialog', undefined, 'override-dialog');
    const input = el('input');
    input.type = 'text';
    input.maxLength = 300;
    input.placeholder = 'e.g. the issuer lifted the embargo early';
    input.setAttribute('aria-label', 'Reason for overriding');
    const finish = (value: string | null) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    const ok = button('Override', () => finish(input.value.trim() || null), 'primary');
    const cancel = button('Cancel', () => finish(null));
    const form = el('form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      finish(input.value.trim() || null);
    });
    form.append(el('p', explanation), el('p', 'Override and record why?'), input, el('div', undefined, 'dialog-buttons'));
    form.lastElementChild!.append(ok, cancel);
    dialog.append(form);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
