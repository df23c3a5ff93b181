import type { EntryStatus, LogEntry } from '../../utils/schema/entry';
import { statusForKey } from '../../utils/triage/workflow';
import { firstEmailContact } from '../log-interview/request-interview';
import { isTyping } from './dom';

// The log page's keyboard: j/k or ↓/↑ move, x or Space select, 1–9 set a status (of the selection, else of the
// entry under the cursor), r request an interview, Enter open, / search, Esc close what is open. A key change is
// made here and in the help line (app.ts).

export interface LogKeysContext {
  cursorEntry(): LogEntry | undefined;
  moveCursor(delta: number): void;
  focusSearch(): void;
  openDetail(id: string): void;
  closeDetail(): void;
  detailOpen(): boolean;
  selectionSize(): number;
  clearSelection(): void;
  toggleSelected(id: string): void;
  bulkStatus(to: EntryStatus): void;
  setStatus(entry: LogEntry, to: EntryStatus): void;
  request(entry: LogEntry, contactIndex: number): void;
  say(text: string): void;
}

export function bindLogKeys(doc: Document, ctx: LogKeysContext): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (doc.querySelector('dialog[open]')) return;
      if (isTyping(event.target)) (event.target as HTMLElement).blur();
      else if (ctx.detailOpen()) ctx.closeDetail();
      else if (ctx.selectionSize() > 0) ctx.clearSelection();
      return;
    }
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    // Enter and Space on a focused button or link belong to it ("Request interview" by keyboard).
    if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement).closest?.('button, a, summary')) return;
    if (doc.querySelector('dialog[open]')) return;
    const entry = ctx.cursorEntry();
    const setTo = statusForKey(event.key);
    if (event.key === 'j' || event.key === 'ArrowDown') ctx.moveCursor(1);
    else if (event.key === 'k' || event.key === 'ArrowUp') ctx.moveCursor(-1);
    else if (event.key === '/') ctx.focusSearch();
    else if (event.key === 'Enter' && entry) ctx.openDetail(entry.id);
    else if ((event.key === 'x' || event.key === ' ') && entry) ctx.toggleSelected(entry.id);
    else if (setTo && ctx.selectionSize() > 0) ctx.bulkStatus(setTo);
    else if (setTo && entry) ctx.setStatus(entry, setTo);
    else if (event.key === 'r' && entry) {
      const contact = firstEmailContact(entry);
      if (contact < 0) ctx.say('No contact with an email address in this entry.');
      else ctx.request(entry, contact);
    } else return;
    event.preventDefault();
  });
}
