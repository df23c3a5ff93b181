import { describe, expect, it } from 'vitest';
import { createSyncStatus, type Ask } from '../../../components/sync-status/sync-status';
import type { SyncStatus } from '../../../utils/sync/messages';

const base: SyncStatus = { state: 'ready', detail: '', port: 17373, paired: true, pending: 0, lastSyncAt: null, lastWrittenAt: null, bodyProblems: [], bodyProblemsAt: null };

function fakeAsk(statuses: SyncStatus[]) {
  let i = 0;
  const calls: string[] = [];
  const ask = (async (type: string) => {
    calls.push(type);
    if (type === 'sync:status') return statuses[Math.min(i++, statuses.length - 1)];
    if (type === 'sync:now') return { report: { pushed: 2, pulled: 1, written: 1, conflicts: 0, rejected: 0, error: null } };
    throw new Error(type);
  }) as Ask;
  return { ask, calls };
}

describe('sync status line', () => {
  it('hides "Sync now" until paired and shows the waiting count', async () => {
    const { ask } = fakeAsk([{ ...base, paired: false, state: 'unpaired', pending: 0 }]);
    const view = createSyncStatus({ ask, syncNowButton: true, refreshMs: 60_000 });
    await view.refresh();
    expect(view.element.querySelector<HTMLButtonElement>('.sync-now')!.hidden).toBe(true);
    expect(view.element.dataset.state).toBe('unpaired');
    view.stop();

    const paired = createSyncStatus({ ask: fakeAsk([{ ...base, state: 'unreachable', pending: 2 }]).ask, syncNowButton: true, refreshMs: 60_000 });
    await paired.refresh();
    expect(paired.element.querySelector<HTMLButtonElement>('.sync-now')!.hidden).toBe(false);
    expect(paired.element.dataset.pending).toBe('2');
    expect(paired.element.querySelector('.sync-pending')!.textContent).toBe('2 changes waiting to sync.');
    paired.stop();
  });

  it('tells the page when a round wrote other browsers\' changes, not on the first look', async () => {
    // The view looks once on creation, then on each refresh.
    const { ask } = fakeAsk([
      { ...base, lastWrittenAt: '2026-03-04T10:00:00.000Z' },
      { ...base, lastWrittenAt: '2026-03-04T10:00:00.000Z' },
      { ...base, lastWrittenAt: '2026-03-04T10:00:00.000Z' },
      { ...base, lastWrittenAt: '2026-03-04T10:05:00.000Z' },
    ]);
    let written = 0;
    const view = createSyncStatus({ ask, refreshMs: 60_000, written: () => written++ });
    await view.refresh();
    await view.refresh();
    expect(written).toBe(0);
    await view.refresh();
    expect(written).toBe(1);
    view.stop();
  });

  it('"Sync now" runs a round and reports it', async () => {
    const { ask, calls } = fakeAsk([base]);
    const view = createSyncStatus({ ask, syncNowButton: true, refreshMs: 60_000 });
    await view.refresh();
    view.element.querySelector<HTMLButtonElement>('.sync-now')!.click();
    await expect.poll(() => view.element.querySelector('.sync-message')!.textContent).toBe('Synced: 2 sent, 1 updated here.');
    expect(calls).toContain('sync:now');
    view.stop();
  });
});

describe('release texts a round did not sync', () => {
  it('shows their count and the list behind it, as text only; hidden while there are none', async () => {
    const hostile = 'The release text of entry <img src=x onerror="window.__pwned=1"> was not sent: The log service answered 413.';
    const { ask } = fakeAsk([base, base, { ...base, bodyProblems: [hostile, 'A release text from the target for entry e-2 was refused: it holds a <script> element'], bodyProblemsAt: '2026-03-04T10:05:00.000Z' }]);
    // The view looks once on creation, then on each refresh.
    const view = createSyncStatus({ ask, refreshMs: 60_000, formatTime: (iso) => `<${iso}>` });
    await view.refresh();
    const details = view.element.querySelector<HTMLDetailsElement>('details.sync-body-problems')!;
    expect(details.hidden).toBe(true);
    await view.refresh();
    expect(details.hidden).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('2 release texts were not synced (<2026-03-04T10:05:00.000Z>):');
    expect([...details.querySelectorAll('li')].map((li) => li.textContent)).toEqual([hostile, 'A release text from the target for entry e-2 was refused: it holds a <script> element']);
    expect(view.element.querySelector('img, script')).toBeNull();
    view.stop();
  });
});
