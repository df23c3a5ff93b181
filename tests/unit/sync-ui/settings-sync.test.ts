import { describe, expect, it } from 'vitest';
import { createSettingsSync } from '../../../components/settings-sync/settings-sync';
import type { Ask } from '../../../components/sync-status/sync-status';
import type { SyncStatus } from '../../../utils/sync/messages';

const unpaired: SyncStatus = { state: 'unpaired', detail: '', port: 17373, paired: false, pending: 0, lastSyncAt: null, lastWrittenAt: null, bodyProblems: [], bodyProblemsAt: null };

function fakeAsk(pair: (payload: { code: string; port?: number }) => Promise<SyncStatus>) {
  const asked: Array<[string, unknown]> = [];
  const ask = (async (type: string, payload: unknown) => {
    asked.push([type, payload]);
    if (type === 'sync:status') return unpaired;
    if (type === 'sync:pair') return pair(payload as { code: string; port?: number });
    throw new Error(`unexpected ${type}`);
  }) as Ask;
  return { ask, asked };
}

const q = <T extends Element>(root: Element, selector: string) => root.querySelector<T>(selector)!;

describe('Settings → Local log file', () => {
  it('shows the installed command to start the service, not a command from a source checkout', () => {
    const { ask } = fakeAsk(async () => unpaired);
    const view = createSettingsSync(ask, (iso) => iso);
    expect(q(view.element, 'pre.companion-command code').textContent).toBe('npx pressclip-log-server --file ~/PressClip/inquiry-log.json');
    expect(view.element.textContent).not.toContain('npm run');
  });

  it('shows the status, refuses a bad port without asking, and pairs with port and code', async () => {
    const { ask, asked } = fakeAsk(async () => ({ ...unpaired, state: 'ready', paired: true, port: 40001 }));
    const view = createSettingsSync(ask, (iso) => iso);
    document.body.replaceChildren(view.element);
    await expect.poll(() => q(view.element, '.sync-connection').textContent).toMatch(/not paired/);

    q<HTMLInputElement>(view.element, 'input[name="companion-port"]').value = '70000';
    q<HTMLInputElement>(view.element, 'input[name="pairing-code"]').value = 'ABCD-EFGH';
    q<HTMLFormElement>(view.element, 'form').requestSubmit();
    expect(q(view.element, '.pair-message').textContent).toMatch(/1 to 65535/);
    expect(asked.filter(([type]) => type === 'sync:pair')).toHaveLength(0);

    q<HTMLInputElement>(view.element, 'input[name="companion-port"]').value = '40001';
    q<HTMLFormElement>(view.element, 'form').requestSubmit();
    await expect.poll(() => q(view.element, '.pair-message').textContent).toBe('Paired. Your log now syncs with the file.');
    expect(asked).toContainEqual(['sync:pair', { code: 'ABCD-EFGH', port: 40001 }]);
    expect(view.element.dataset.state).toBe('connected');
    expect(q<HTMLInputElement>(view.element, 'input[name="pairing-code"]').value).toBe('');
  });

  it('a refused code says why, as text', async () => {
    const { ask } = fakeAsk(async () => {
      throw new Error('The log service answered 403: <b>wrong code</b>');
    });
    const view = createSettingsSync(ask, (iso) => iso);
    document.body.replaceChildren(view.element);
    q<HTMLInputElement>(view.element, 'input[name="pairing-code"]').value = 'nope';
    q<HTMLFormElement>(view.element, 'form').requestSubmit();
    await expect.poll(() => q(view.element, '.pair-message').textContent).toBe('Not paired: The log service answered 403: <b>wrong code</b>');
    expect(view.element.querySelector('b')).toBeNull();
  });
});
