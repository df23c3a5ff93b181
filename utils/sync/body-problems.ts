// What the status lines keep of a round's release-text problems (SyncReport.bodyProblems). A round reports a
// refused or unsent text once (it is not tried again until the text changes), so the next round, 30 s later, has
// none to say: the problems of the last round that had any are kept, with when it ran, until a round has new ones.

export interface KeptBodyProblems {
  bodyProblems: string[];
  bodyProblemsAt: string | null;
}

export function keepBodyProblems(previous: Partial<KeptBodyProblems>, round: readonly string[], at: string): KeptBodyProblems {
  return round.length > 0 ? { bodyProblems: [...round], bodyProblemsAt: at } : keptBodyProblems(previous);
}

// Settings stored before the problems were kept have neither field.
export function keptBodyProblems(stored: Partial<KeptBodyProblems>): KeptBodyProblems {
  return { bodyProblems: stored.bodyProblems ?? [], bodyProblemsAt: stored.bodyProblemsAt ?? null };
}

// The status line's summary of them: "2 release texts were not synced (Mar 4, 2026, 10:05)".
export function bodyProblemsSummary(count: number, at: string | null, formatTime: (iso: string) => string): string {
  const when = at ? ` (${formatTime(at)})` : '';
  return `${count} release text${count === 1 ? ' was' : 's were'} not synced${when}:`;
}
