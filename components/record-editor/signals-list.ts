// "Why PressClip thinks this is a press release": the detector's reasons, for a person to judge.

export function createSignalsList(signals: readonly string[], confidence: number): HTMLElement {
  const section = document.createElement('section');
  section.className = 'signals';
  const heading = document.createElement('h2');
  heading.textContent = 'Why PressClip thinks this is a press release';
  const score = document.createElement('p');
  score.className = 'confidence';
  score.textContent = `Confidence: ${Math.round(confidence * 100)}%`;
  section.append(heading, score);
  if (signals.length === 0) {
    const none = document.createElement('p');
    none.textContent = 'No signals found.';
    section.append(none);
    return section;
  }
  const list = document.createElement('ul');
  for (const signal of signals) {
    const item = document.createElement('li');
    item.textContent = signal;
    list.append(item);
  }
  section.append(list);
  return section;
}
