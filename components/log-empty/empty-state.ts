// The log page before the first clip: what PressClip does, how to clip a first page, and the keys. Shown instead
// of an empty table; hidden as soon as the log has an entry.

function node<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const n = document.createElement(tag);
  if (text !== undefined) n.textContent = text;
  return n;
}

function keys(...parts: Array<string | [string]>): HTMLElement {
  const li = node('li');
  for (const part of parts) li.append(typeof part === 'string' ? part : node('kbd', part[0]));
  return li;
}

export function createEmptyState(): HTMLElement {
  const box = node('section');
  box.className = 'log-empty';
  box.setAttribute('aria-labelledby', 'log-empty-title');
  const title = node('h2', 'Your inquiry log is empty');
  title.id = 'log-empty-title';
  const what = node('p', 'PressClip spots press releases as you read, pulls out the headline, issuer, date, embargo and media contacts, and keeps them here with your triage, notes and interview requests, on this machine.');
  const how = node('h3', 'Clip a first page');
  const steps = node('ol');
  steps.append(
    node('li', 'Open a press release: the PressClip icon shows "PR" when it recognises one.'),
    keys('Click the icon (or press ', ['Alt'], '+', ['Shift'], '+', ['L'], '), check the card, and press Save (', ['Ctrl'], '+', ['Enter'], ').'),
    node('li', 'Or drop a PDF, Word file or e-mail on this page, or paste the text of a release.'),
  );
  const keyTitle = node('h3', 'Keys on this page');
  const keyList = node('ul');
  keyList.append(
    keys(['j'], ' / ', ['k'], ' or ', ['↓'], ' / ', ['↑'], ' move, ', ['Enter'], ' opens, ', ['Esc'], ' closes'),
    keys(['x'], ' selects, ', ['1'], '–', ['9'], ' set the status, ', ['r'], ' requests an interview, ', ['/'], ' searches'),
  );
  box.append(title, what, how, steps, keyTitle, keyList);
  return box;
}
