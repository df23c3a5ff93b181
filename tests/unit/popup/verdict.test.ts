import { describe, expect, it } from 'vitest';
import { verdictFor } from '../../../entrypoints/popup/verdict';

const url = 'https://wire.example/r/1';
const detection = (over: Partial<{ isPressRelease: boolean; score: number; incomplete: boolean }>) => ({
  isPressRelease: false,
  score: 0.2,
  signals: [],
  incomplete: false,
  ...over,
});

describe('verdictFor', () => {
  it('reads a detected press release at once, with its confidence', () => {
    expect(verdictFor({ url, detection: detection({ isPressRelease: true, score: 0.874 }), savedEntryId: null })).toEqual({
      text: 'This looks like a press release (87%).',
      detected: true,
      readable: true,
    });
  });

  it('offers Clip anyway on a page that is not a release, not analysed yet, or not analysable', () => {
    const texts = [
      verdictFor({ url, detection: detection({}), savedEntryId: null }),
      verdictFor({ url, detection: null, savedEntryId: null }),
      verdictFor({ url: null, detection: null, savedEntryId: null }),
      verdictFor({ url, detection: detection({ incomplete: true }), savedEntryId: null }),
    ];
    expect(texts.map((v) => [v.detected, v.readable])).toEqual([
      [false, true],
      [false, true],
      [false, true],
      [false, true],
    ]);
    expect(texts.map((v) => v.text)).toEqual([
      "This page doesn't look like a press release.",
      "PressClip hasn't analysed this page (it may still be loading).",
      "PressClip hasn't analysed this page (it may still be loading).",
      'PressClip could not analyse this page.',
    ]);
  });

  it('offers nothing on browser pages, extension pages and local files', () => {
    for (const other of ['chrome://settings/', 'chrome-extension://abc/log.html', 'about:addons', 'file:///tmp/release.html']) {
      expect(verdictFor({ url: other, detection: null, savedEntryId: null }).readable).toBe(false);
    }
  });
});
