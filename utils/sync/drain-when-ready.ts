// A status request that finds the target ready and changes waiting starts one sync round in the background (a
// popup or log page asks for the status every few seconds, so the outbox drains while one is open, without waiting
// for the next alarm); a round already running is not started twice. Shared by the companion's and the desk's
// handlers.
export function drainWhenReady(syncRound: () => Promise<unknown>): (ready: boolean, pending: number) => void {
  let draining = false;
  return (ready, pending) => {
    if (!ready || pending === 0 || draining) return;
    draining = true;
    void syncRound()
      .catch(() => undefined)
      .finally(() => {
        draining = false;
      });
  };
}
