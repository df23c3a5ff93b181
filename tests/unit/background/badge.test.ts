import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../utils/toolbar/badge-view';

describe('badgeFor', () => {
  it('shows PR with the confidence and the top signal', () => {
    const view = badgeFor({ isPressRelease: true, score: 0.874, signals: ['Wire dateline', 'Media contact block'], incomplete: false });
    expect(view.text).toBe('PR');
    expect(view.title).toBe('PressClip: press release (87%) — Wire dateline');
  });

  it('shortens a long signal and flattens its whitespace', () => {
    const view = badgeFor({ isPressRelease: true, score: 1, signals: [`a\n\n${'b'.repeat(300)}`], incomplete: false });
    expect(view.title.length).toBeLessThan(170);
    expect(view.title).toMatch(/\(100%\) — a b+…$/);
  });

  it('has no signal suffix when there are no signals', () => {
    expect(badgeFor({ isPressRelease: true, score: 0.6, signals: [], incomplete: false }).title).toBe(
      'PressClip: press release (60%)',
    );
  });

  it('is empty for a page that is not a release', () => {
    const view = badgeFor({ isPressRelease: false, score: 0.1, signals: ['Quotes a spokesperson'], incomplete: false });
    expect(view.text).toBe('');
    expect(view.title).toMatch(/doesn't look like a press release/);
  });

  it('shows ? when the detector could not finish', () => {
    const view = badgeFor({ isPressRelease: false, score: 0, signals: [], incomplete: true });
    expect(view.text).toBe('?');
    expect(view.title).toBe('PressClip: could not analyse this page');
  });

  it('clears to the plain title with no detection', () => {
    expect(badgeFor(null)).toEqual({ text: '', color: expect.any(String), title: 'PressClip' });
  });
});
