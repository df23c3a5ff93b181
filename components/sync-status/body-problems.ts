import { bodyProblemsSummary } from '../../utils/sync/body-problems';
import { localTime } from '../../utils/sync/status-text';
import { el } from '../log-page/dom';

// "2 release texts were not synced (…)" with the list behind it, in the local log file's and the newsroom log's
// status lines. The problems carry entry ids and reasons from a page or a server: text only through textContent.
// Hidden while there are none.

export interface BodyProblemsView {
  element: HTMLDetailsElement;
  show(problems: readonly string[], at: string | null): void;
}

export function createBodyProblems(formatTime: (iso: string) => string = localTime): BodyProblemsView {
  const element = el('details', undefined, 'sync-body-problems');
  element.hidden = true;
  const summary = el('summary');
  const list = el('ul');
  element.append(summary, list);
  let shown = '';
  return {
    element,
    show(problems, at) {
      element.hidden = problems.length === 0;
      element.dataset.count = String(problems.length);
      summary.textContent = bodyProblemsSummary(problems.length, at, formatTime);
      // Rebuilt only when the problems change, so a refresh every few seconds keeps the list open and scrolled.
      const key = JSON.stringify(problems);
      if (key === shown) return;
      shown = key;
      list.replaceChildren(...problems.map((problem) => el('li', problem)));
    },
  };
}
