import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerTabLifecycle } from '../../../entrypoints/background/tab-lifecycle';
import type { BadgeView } from '../../../utils/toolbar/badge-view';
import { createTabStateStore } from '../../../utils/toolbar/tab-state';

const detection = { isPressRelease: true, score: 0.9, signals: ['Wire dateline'], incomplete: false };

async function setup() {
  const state = createTabStateStore(undefined);
  const badges: Array<[number, BadgeView]> = [];
  const rescans: number[] = [];
  registerTabLifecycle(fakeBrowser.tabs, state, async (tabId, view) => void badges.push([tabId, view]), async (tabId) => {
    rescans.push(tabId);
    // As when no detector listens in the tab: the lifecycle must not let this escape.
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  await state.set(1, { url: 'https://wire.example/r/1', detection });
  await state.set(2, { url: 'https://wire.example/r/2', detection });
  return { state, badges, rescans };
}

describe('tab lifecycle', () => {
  it('clears a tab verdict and badge when the tab starts loading a new page, and asks its detector to read again', async () => {
    const { state, badges, rescans } = await setup();
    const tab = await fakeBrowser.tabs.create({ url: 'https://wire.example/r/1' });
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'complete' }, tab);
    expect(await state.get(1)).not.toBeNull();
    expect(rescans).toEqual([]);
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, tab);
    expect(await state.get(1)).toBeNull();
    expect(await state.get(2)).not.toBeNull();
    expect(badges).toEqual([[1, { text: '', color: expect.any(String), title: 'PressClip' }]]);
    expect(rescans).toEqual([1]);
  });

  it('forgets a closed tab', async () => {
    const { state } = await setup();
    await fakeBrowser.tabs.onRemoved.trigger(2, { windowId: 1, isWindowClosing: false });
    expect(await state.get(2)).toBeNull();
    expect(await state.get(1)).not.toBeNull();
  });
});
