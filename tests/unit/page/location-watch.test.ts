import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '../../../utils/page/location-watch';

// The every-page script re-reads a single-page site after it changes the URL without a load.

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { navigation?: unknown }).navigation;
  history.replaceState(null, '', '/');
});

describe('watchLocation', () => {
  it('uses the Navigation API where there is one, and ignores a navigation to the same URL', () => {
    let listener: ((event: { destination: { url: string } }) => void) | undefined;
    (globalThis as { navigation?: unknown }).navigation = { addEventListener: (_: string, l: typeof listener) => (listener = l) };
    const changed = vi.fn();
    watchLocation(changed, () => true);
    listener?.({ destination: { url: location.href } });
    expect(changed).not.toHaveBeenCalled();
    listener?.({ destination: { url: new URL('/newsroom/releases/42', location.href).href } });
    listener?.({ destination: { url: new URL('/newsroom/releases/42', location.href).href } });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('without it, notices a pushState within a second, and stops polling once the copy is orphaned', () => {
    vi.useFakeTimers();
    const changed = vi.fn();
    let alive = true;
    watchLocation(changed, () => alive);
    history.pushState(null, '', '/newsroom/releases/7');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledTimes(1);
    alive = false;
    vi.advanceTimersByTime(1000);
    history.pushState(null, '', '/newsroom/releases/8');
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
