import { el } from '../log-page/dom';

// A table that only renders the rows on screen (plus a small margin), so 100,000 entries scroll like 100.
// Rows have a fixed height; a spacer gives the scrollbar the full length.

export interface VirtualTableOptions<T> {
  rowHeight: number;
  renderRow(item: T, index: number, row: HTMLElement): void;
  onRowClick(index: number, event: MouseEvent): void;
  onRowOpen(index: number): void;
}

export interface VirtualTable<T> {
  element: HTMLElement;
  setItems(items: readonly T[]): void;
  // Re-render what is on screen (selection changed, a countdown ticked).
  refresh(): void;
  scrollToIndex(index: number): void;
  renderedCount(): number;
}

const OVERSCAN = 8;

export function createVirtualTable<T>(options: VirtualTableOptions<T>): VirtualTable<T> {
  const viewport = el('div', undefined, 'vt-viewport');
  viewport.tabIndex = -1;
  viewport.setAttribute('role', 'grid');
  const spacer = el('div', undefined, 'vt-spacer');
  viewport.append(spacer);
  let items: readonly T[] = [];
  let scheduled = false;

  function render() {
    scheduled = false;
    const height = viewport.clientHeight || 600;
    const first = Math.max(0, Math.floor(viewport.scrollTop / options.rowHeight) - OVERSCAN);
    const last = Math.min(items.length, Math.ceil((viewport.scrollTop + height) / options.rowHeight) + OVERSCAN);
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i += 1) {
      const row = el('div', undefined, 'vt-row');
      row.setAttribute('role', 'row');
      row.setAttribute('aria-rowindex', String(i + 1));
      row.dataset.index = String(i);
      row.style.top = `${i * options.rowHeight}px`;
      row.style.height = `${options.rowHeight}px`;
      options.renderRow(items[i]!, i, row);
      rows.push(row);
    }
    spacer.replaceChildren(...rows);
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(render);
  }

  viewport.addEventListener('scroll', schedule);
  spacer.addEventListener('click', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.vt-row');
    if (row?.dataset.index) options.onRowClick(Number(row.dataset.index), event);
  });
  spacer.addEventListener('dblclick', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.vt-row');
    if (row?.dataset.index) options.onRowOpen(Number(row.dataset.index));
  });
  new ResizeObserver(schedule).observe(viewport);

  return {
    element: viewport,
    setItems(next) {
      items = next;
      spacer.style.height = `${items.length * options.rowHeight}px`;
      viewport.setAttribute('aria-rowcount', String(items.length));
      render();
    },
    refresh: render,
    scrollToIndex(index) {
      const top = index * options.rowHeight;
      const bottom = top + options.rowHeight;
      if (top < viewport.scrollTop) viewport.scrollTop = top;
      else if (bottom > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = bottom - viewport.clientHeight;
      render();
    },
    renderedCount: () => spacer.childElementCount,
  };
}
