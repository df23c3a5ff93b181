// ISO instants with offsets ("2026-03-03T00:01:00-05:00") do not sort as strings, so compare the
// instant first and the text only to break ties deterministically (both browsers must pick the same).
export function compareInstants(a: string, b: string): number {
  const diff = Date.parse(a) - Date.parse(b);
  if (diff !== 0 && Number.isFinite(diff)) return diff < 0 ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function laterInstant(a: string, b: string): string {
  return compareInstants(a, b) >= 0 ? a : b;
}

export function earlierInstant(a: string, b: string): string {
  return compareInstants(a, b) <= 0 ? a : b;
}
