import type { LogEntry } from '../../utils/schema/entry';
import { currentAssignment, describeHolder, rivalClaims, type HoldAction } from '../../utils/log/assignment';
import type { ResponseOf } from '../../utils/messaging/contract';
import { writeStamp } from '../../utils/log/write-stamp';
import { button, el } from '../log-page/dom';

// The entry detail's desk section: who holds the entry ("Anna is contacting this press officer since 10:14"),
// a warning when two colleagues claimed it without seeing each other's claim, who last changed it, and Claim /
// Assign to… / Release. Names come from colleagues' documents: text only, through textContent.

export interface HolderPanelOptions {
  hold(action: HoldAction, expectedAt: string | null, force: boolean): Promise<ResponseOf<'log:hold'>>;
  // The page shows the entry as the background wrote it.
  written(entry: LogEntry): void;
  // Names seen on the desk (holders and authors), offered when assigning.
  knownNames(): string[];
  confirm(question: string): boolean;
  formatTime(iso: string): string;
}

export function createHolderPanel(entry: LogEntry, options: HolderPanelOptions): HTMLElement {
  const section = el('section', undefined, 'detail-holder');
  section.setAttribute('aria-label', 'Who holds this entry');
  const current = currentAssignment(entry);
  const holder = el('p', describeHolder(entry, options.formatTime), 'holder');
  section.append(holder);
  for (const rival of rivalClaims(entry)) {
    section.append(
      el('p', `${rival.by} also claimed it at ${options.formatTime(rival.at)}, before either claim reached the other: agree who calls.`, 'holder-rival'),
    );
  }
  if (entry.changedBy) section.append(el('p', `Last changed by ${entry.changedBy}, ${options.formatTime(entry.updatedAt)}.`, 'changed-by'));
  const message = el('span', '', 'holder-message');
  message.setAttribute('role', 'status');

  async function act(action: HoldAction) {
    try {
      let answer = await options.hold(action, current?.at ?? null, false);
      if (answer.refused !== null) {
        const now = answer.entry ? describeHolder(answer.entry, options.formatTime) : answer.refused;
        if (!answer.entry || !options.confirm(`${now} Take it over anyway?`)) {
          message.textContent = `Not changed: ${now}`;
          // Shown again only if it moved on since this panel was drawn (which redraws the panel).
          if (answer.entry && writeStamp(answer.entry) !== writeStamp(entry)) options.written(answer.entry);
          return;
        }
        answer = await options.hold(action, currentAssignment(answer.entry)?.at ?? null, true);
      }
      if (answer.entry) options.written(answer.entry);
    } catch (error) {
      message.textContent = `Not changed: ${(error as Error).message}`;
    }
  }

  const name = el('input', undefined, 'assign-to');
  name.name = 'assignTo';
  name.placeholder = 'Colleague';
  name.setAttribute('aria-label', 'Assign to colleague');
  const names = el('datalist');
  names.id = `desk-names-${Math.random().toString(36).slice(2)}`;
  name.setAttribute('list', names.id);
  // Filled when the field is first used: reading every entry's names is not worth it for a glance at the entry.
  name.addEventListener('focus', () => names.replaceChildren(...options.knownNames().map((known) => Object.assign(el('option'), { value: known }))), { once: true });
  const assign = button('Assign to…', () => void act({ kind: 'assign', to: name.value }), 'assign');
  name.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void act({ kind: 'assign', to: name.value });
  });
  const actions = el('div', undefined, 'holder-actions');
  actions.append(button('Claim', () => void act({ kind: 'claim' }), 'claim'), ' ', name, names, assign);
  if (current?.to) actions.append(' ', button('Release', () => void act({ kind: 'release' }), 'release'));
  section.append(actions, message);
  return section;
}
