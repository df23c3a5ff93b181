import { describe, expect, it } from 'vitest';
import { createShowBadge, type BadgeAction } from '../../../entrypoints/background/show-badge';
import { badgeFor } from '../../../utils/toolbar/badge-view';

function recordingAction() {
  const calls: Array<[string, object]> = [];
  const action: BadgeAction = {
    setBadgeText: async (d) => void calls.push(['text', d]),
    setBadgeBackgroundColor: async (d) => void calls.push(['color', d]),
    setTitle: async (d) => void calls.push(['title', d]),
  };
  return { action, calls };
}

describe('showBadge', () => {
  it('sets text, color and title for a press release', async () => {
    const { action, calls } = recordingAction();
    const view = badgeFor({ isPressRelease: true, score: 0.9, signals: ['Wire dateline'], incomplete: false });
    await createShowBadge(action)(3, view);
    expect(calls).toEqual([
      ['text', { tabId: 3, text: 'PR' }],
      ['color', { tabId: 3, color: view.color }],
      ['title', { tabId: 3, title: 'PressClip: press release (90%) — Wire dateline' }],
    ]);
  });

  it('lets a tab with nothing to say inherit the global badge (text null, no color)', async () => {
    const { action, calls } = recordingAction();
    await createShowBadge(action)(3, badgeFor(null));
    expect(calls).toEqual([
      ['text', { tabId: 3, text: null }],
      ['title', { tabId: 3, title: 'PressClip' }],
    ]);
  });
});
