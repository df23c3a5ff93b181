import { FIRST_NAMES } from './first-names';

// Is this word a given name in one of the languages of first-names.ts ("olivia", "jörg", "maría")? Evidence
// that a short capitalised piece names a person; the set is built on first use (the extractor runs on demand).

let names: Set<string> | null = null;

export function isGivenName(word: string): boolean {
  names ??= new Set(FIRST_NAMES.split('|'));
  const w = word.toLowerCase().replace(/[’]/g, "'");
  if (names.has(w)) return true;
  // "Anna-Lena", "Jean-Pierre": every part a given name.
  const parts = w.split('-');
  return parts.length > 1 && parts.every((p) => names?.has(p));
}
