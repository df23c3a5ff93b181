import { createSignalsList } from '../record-editor/signals-list';

// "Press release · 65% · why?": the detector's verdict as a small chip; the reasons open under it on demand.

export function confidenceChip(isPressRelease: boolean, confidence: number, signals: readonly string[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'confidence-chip';
  const chip = document.createElement('button');
  chip.type = 'button';
  chip.className = 'chip';
  const percent = new Intl.NumberFormat(undefined, { style: 'percent' }).format(confidence);
  chip.textContent = `${isPressRelease ? 'Press release' : 'Not a release'} · ${percent} · why?`;
  const reasons = createSignalsList(signals, confidence);
  reasons.id = `signals-${Math.random().toString(36).slice(2)}`;
  reasons.hidden = true;
  chip.setAttribute('aria-expanded', 'false');
  chip.setAttribute('aria-controls', reasons.id);
  chip.addEventListener('click', () => {
    reasons.hidden = !reasons.hidden;
    chip.setAttribute('aria-expanded', String(!reasons.hidden));
  });
  box.append(chip, reasons);
  return box;
}
