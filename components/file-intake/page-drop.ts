import { isTyping } from '../log-page/dom';
import type { IntakePanel } from './intake-panel';

// Files dropped anywhere on the log page, and Ctrl+V outside a text field (text, or files copied in a file
// manager), go to the intake panel. A drop that is not files (a dragged link) is left to the browser.
export function listenForReleases(doc: Document, intake: IntakePanel): void {
  // While dragging, browsers list only the types ("Files"); at the drop the files themselves are there.
  const carriesFiles = (event: DragEvent) => (event.dataTransfer?.types.includes('Files') ?? false) || (event.dataTransfer?.files.length ?? 0) > 0;
  doc.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    doc.body.classList.add('dropping');
  });
  doc.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) doc.body.classList.remove('dropping');
  });
  doc.addEventListener('drop', (event) => {
    doc.body.classList.remove('dropping');
    if (!carriesFiles(event)) return;
    event.preventDefault();
    intake.addFiles([...(event.dataTransfer?.files ?? [])]);
  });
  doc.addEventListener('paste', (event) => {
    if (isTyping(event.target)) return;
    const data = event.clipboardData;
    if (!data) return;
    const files = [...data.files];
    const text = data.getData('text/plain');
    if (files.length === 0 && text.trim() === '') return;
    event.preventDefault();
    if (files.length > 0) intake.addFiles(files);
    else intake.addText(text);
  });
}
