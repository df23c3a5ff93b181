import type { HolderFilter } from '../../utils/log/assignment';
import { el, option } from '../log-page/dom';

// "Mine / unassigned / everyone's" above the log table. "Mine" is what this browser's journalist holds, by the
// name changes are recorded under (Settings, else the newsroom-log user name), asked of the background once.

export interface HolderFilterControl {
  element: HTMLElement;
  state(): { filter: HolderFilter; me: string | null };
}

export function createHolderFilter(whoAmI: () => Promise<string | null>, changed: () => void): HolderFilterControl {
  const select = el('select', undefined, 'holder-filter');
  select.name = 'holder';
  select.setAttribute('aria-label', 'Who holds the entry');
  select.append(option('everyone', 'Everyone’s'), option('mine', 'Mine'), option('unassigned', 'Unassigned'));
  let me: string | null = null;
  const element = el('label', undefined, 'field holder-filter-field');
  element.append(el('span', 'Held by', 'field-label'), select);
  select.addEventListener('change', () => {
    // Asked again each time: the name may have been set in Settings since the page opened.
    void whoAmI()
      .catch(() => null)
      .then((name) => {
        me = name;
        select.title = name ? `Mine: held by ${name}` : 'Set your name in Settings for "Mine"';
        changed();
      });
  });
  return { element, state: () => ({ filter: select.value as HolderFilter, me }) };
}
