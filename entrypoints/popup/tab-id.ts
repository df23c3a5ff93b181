// popup.html?tabId=123 targets a given tab (used by the e2e, which cannot open a real toolbar popup);
// anything else falls back to the active tab.
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
