import type { LogEntry, Revision } from '../../utils/schema/entry';

// The entry detail's "Earlier versions": each kept revision (lost a sync merge, overwritten by a
// concurrent edit, replaced by a re-clip, merged duplicate) with its date and reason and a "Restore".
// Restoring keeps the current version as a revision, so it can be undone the same way.

function when(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16);
}

export function createRevisionsList(entry: LogEntry, restore: (entry: LogEntry, revision: Revision) => Promise<void>): HTMLElement {
  const section = document.createElement('section');
  section.className = 'detail-revisions';
  const heading = document.createElement('h3');
  heading.textContent = `Earlier versions (${entry.revisions.length})`;
  section.append(heading);
  if (entry.revisions.length === 0) {
    const none = document.createElement('p');
    none.className = 'hint';
    none.textContent = 'None kept.';
    section.append(none);
    return section;
  }
  const list = document.createElement('ol');
  // Newest first: the version just replaced is the one most often wanted back.
  for (const revision of [...entry.revisions].reverse()) {
    const item = document.createElement('li');
    item.className = 'revision';
    const text = document.createElement('span');
    text.textContent = `${when(revision.savedAt)} — ${revision.reason} — “${revision.fields.record.headline ?? '(no headline)'}”, ${revision.fields.status}, version of ${when(revision.updatedAt)}${revision.by ? ` by ${revision.by}` : ''}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Restore';
    button.className = 'restore';
    button.addEventListener('click', () => {
      button.disabled = true;
      void restore(entry, revision).finally(() => {
        button.disabled = false;
      });
    });
    item.append(text, ' ', button);
    list.append(item);
  }
  section.append(list);
  return section;
}
