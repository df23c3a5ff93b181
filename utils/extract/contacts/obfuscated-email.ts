// Addresses written so that harvesters miss them: "presse(at)jugend-forscht.de", "support [at] fairkom.eu",
// "name (at) domain (dot) org", "name{at}domain.de", and invisible characters inside addresses
// ("pressestelle@&shy;mluk.brandenburg.de", zero-width spaces).

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const DOT_WORD = String.raw`\s*[[({<]\s*(?:dot|punkt|point|\.)\s*[\])}>]\s*`;
// local "(at)" domain, where the domain has at least one "." or "(dot)": "Meet us (at) the fair" is prose.
const OBFUSCATED = new RegExp(
  String.raw`([\w.+-]+)\s*[[({<]\s*(?:at|ät|@)\s*[\])}>]\s*([\w-]+(?:(?:\.|${DOT_WORD})[\w-]+)+)`,
  'giu',
);
const DOT = new RegExp(DOT_WORD, 'giu');

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

// Rewrites obfuscated addresses to plain ones so the e-mail pattern finds them. Idempotent.
export function deobfuscateEmails(text: string): string {
  return stripInvisible(text).replace(OBFUSCATED, (_m, local: string, domain: string) => `${local}@${domain.replace(DOT, '.')}`);
}
