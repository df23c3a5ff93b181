// Entries are ordered and conflict-checked by `updatedAt`, so two writes in the same millisecond
// must still get distinct, increasing instants (the popup's "Save" followed at once by an edit does that).
export function nextInstant(now: Date, previous: string | null): string {
  const prev = previous ? Date.parse(previous) : Number.NaN;
  const ms = Number.isFinite(prev) && prev >= now.getTime() ? prev + 1 : now.getTime();
  return new Date(ms).toISOString();
}
