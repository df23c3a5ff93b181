import { describe, expect, it } from 'vitest';
import { describeSyncStatus, pendingText } from '../../../utils/sync/status-text';

const base = { state: 'ready' as const, detail: '', port: 17373, paired: true, pending: 0, lastSyncAt: '2026-03-04T10:00:00.000Z', lastWrittenAt: null, bodyProblems: [], bodyProblemsAt: null };
const at = (iso: string) => `<${iso}>`;

describe('describeSyncStatus', () => {
  it('connected, with the port and last sync', () => {
    expect(describeSyncStatus(base, at)).toEqual({
      light: 'connected',
      connection: 'Local log file: connected (127.0.0.1:17373), last synced <2026-03-04T10:00:00.000Z>.',
      pending: 'No changes waiting to sync.',
    });
  });

  it('not paired, whatever the service says', () => {
    expect(describeSyncStatus({ ...base, paired: false, state: 'unreachable', pending: 0 }, at).light).toBe('unpaired');
  });

  it('unreachable since the last successful sync, or never synced', () => {
    const down = describeSyncStatus({ ...base, state: 'unreachable', pending: 2 }, at);
    expect(down).toMatchObject({ light: 'unreachable', pending: '2 changes waiting to sync.' });
    expect(down.connection).toMatch(/^Local log file: unreachable since <2026-03-04T10:00:00.000Z>/);
    expect(describeSyncStatus({ ...base, state: 'unreachable', lastSyncAt: null }, at).connection).toMatch(/never synced/);
  });

  it('a token the service no longer accepts asks to pair again', () => {
    expect(describeSyncStatus({ ...base, state: 'unpaired' }, at)).toMatchObject({ light: 'error', connection: expect.stringMatching(/pair again/) });
  });

  it('counts changes in words', () => {
    expect([0, 1, 5].map(pendingText)).toEqual(['No changes waiting to sync.', '1 change waiting to sync.', '5 changes waiting to sync.']);
  });
});
