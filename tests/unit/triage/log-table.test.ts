import { describe, expect, it } from 'vitest';
import { createVirtualTable } from '../../../components/log-table/virtual-table';
import { renderEntryRow } from '../../../components/log-table/entry-row';
import { makeEntry } from './make-entry';

describe('log table', () => {
  it('renders only the rows on screen, even for 100,000 entries', () => {
    const table = createVirtualTable<number>({
      rowHeight: 30,
      renderRow: (item, _i, row) => void (row.textContent = String(item)),
      onRowClick: () => undefined,
      onRowOpen: () => undefined,
    });
    document.body.append(table.element);
    table.setItems(Array.from({ length: 100_000 }, (_, i) => i));
    expect(table.renderedCount()).toBeGreaterThan(0);
    expect(table.renderedCount()).toBeLessThan(60);
    table.scrollToIndex(50_000);
    const shown = [...table.element.querySelectorAll<HTMLElement>('.vt-row')].map((r) => Number(r.textContent));
    expect(shown).toContain(50_000);
    expect(shown.length).toBeLessThan(60);
    table.element.remove();
  });

  it('shows flags and page text as text', () => {
    const row = document.createElement('div');
    const entry = makeEntry('e', {
      status: 'requested',
      followUpAt: '2026-03-02T08:00:00.000Z',
      record: { headline: '<img src=x onerror=alert(1)>', embargo: { until: '2026-03-02T13:30:00Z', text: 'Embargo' } },
    });
    renderEntryRow(entry, row, { cursor: true, selected: false, duplicate: true }, new Date('2026-03-02T12:00:00Z'));
    expect(row.querySelector('.cell-headline .headline > span')?.textContent).toBe('<img src=x onerror=alert(1)>');
    // The headline's link to the page: a web address only, opened in a new tab without an opener.
    const link = row.querySelector<HTMLAnchorElement>('.cell-headline a.page-link')!;
    expect(link.getAttribute('href')).toBe(entry.record.url);
    expect(link.rel).toBe('noopener noreferrer');
    expect(row.querySelector('img')).toBeNull();
    expect(row.querySelector('.cell-flags')?.textContent).toBe('Embargoed: 1h 30m · Follow-up due · Possible duplicate');
    expect(row.querySelector('.cell-status')?.textContent).toBe('Requested');
    expect(row.classList.contains('cursor')).toBe(true);
  });

  it('shows where each entry came from, a web page when the entry does not say', () => {
    const source = (entry: ReturnType<typeof makeEntry>) => {
      const row = document.createElement('div');
      renderEntryRow(entry, row, { cursor: false, selected: false, duplicate: false }, new Date('2026-03-02T12:00:00Z'));
      return row.querySelector('.cell-source')?.textContent;
    };
    expect(source(makeEntry('a'))).toBe('Web page');
    expect(source({ ...makeEntry('b'), source: 'pdf' })).toBe('PDF');
    expect(source({ ...makeEntry('c'), source: 'email' })).toBe('E-mail');
  });

  it('names the first contact to call, and how many more there are', () => {
    const contact = (contacts: unknown[]) => {
      const row = document.createElement('div');
      const entry = makeEntry('c', { record: { contacts } } as never);
      renderEntryRow(entry, row, { cursor: false, selected: false, duplicate: false }, new Date('2026-03-02T12:00:00Z'));
      return row.querySelector('.cell-contact')?.textContent;
    };
    const person = (name: string | null, emails: string[] = []) => ({ name, role: null, organization: null, emails, phones: [] });
    expect(contact([])).toBe('');
    expect(contact([person('Jane Doe'), person('Tom Roe')])).toBe('Jane Doe +1');
    expect(contact([person(null, ['press@acme.example'])])).toBe('press@acme.example');
  });
});
