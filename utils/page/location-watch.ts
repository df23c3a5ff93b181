// Calls `changed` when a single-page site moves to another URL without a load (pushState, replaceState,
// history traversal): through the Navigation API where the browser has it (Chrome), else by comparing
// location.href once a second (Firefox ESR), the way WXT's own content-script watcher does.

interface NavigateEvent {
  destination: { url: string };
}

interface NavigationApi {
  addEventListener(type: 'navigate', listener: (event: NavigateEvent) => void): void;
}

const POLL_MS = 1000;

// `alive()` is asked before each poll: an orphaned copy (the extension was reloaded) stops polling.
export function watchLocation(changed: () => void, alive: () => boolean): void {
  let last = location.href;
  const check = (next: string) => {
    if (next === last) return;
    last = next;
    changed();
  };
  const navigation = (globalThis as { navigation?: NavigationApi }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('navigate', (event) => check(event.destination.url));
    return;
  }
  const timer = setInterval(() => {
    if (!alive()) clearInterval(timer);
    else check(location.href);
  }, POLL_MS);
}
