// Page <title> split into its parts: "Headline | Section | Site" / "Site - Headline" / "Headline – Site".
// Separators need spaces around them so "Baden-Württemberg" or "10-H" stay whole.
const SEPARATORS = /\s+(?:\||-|–|—|::|·|«|»|\/\/)\s+/u;

export function titleParts(title: string): string[] {
  return title
    .replace(/\s+/g, ' ')
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
}

// The title without the site name at either end: drop short trailing parts (≤ 40 chars) while more than one
// part remains, and a short leading part without spaces ("BMWK - …").
export function titleCore(title: string, siteName: string | null = null): string {
  const parts = titleParts(title);
  const site = siteName?.toLowerCase().trim() ?? '';
  while (parts.length > 1) {
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    if (site && last.toLowerCase() === site) parts.pop();
    else if (site && first.toLowerCase() === site) parts.shift();
    else if (last.length <= 40 && last.length < (parts.slice(0, -1).join(' ').length)) parts.pop();
    else if (first.length <= 15 && !first.includes(' ')) parts.shift();
    else break;
  }
  return parts.join(' - ');
}
