// Addresses written so that harvesters miss them: "presse(at)jugend-forscht.de", "support [at] fairkom.eu",
// "name (at) domain (dot) org", "name{at}domain.de", and invisible characters inside addresses
// ("pressestelle@&shy;mluk.brandenburg.de", zero-width spaces).

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// "(at)", "[at]", "{at}", "<at>", "(ät)", "[@]" between two word characters, optional spaces around.
const AT = /(?<=[\w.-])\s*[[({<]\s*(?:at|ät|AT|Ät|@)\s*[\])}>]\s*(?=[\w-])/g;
const DOT = /(?<=\w)\s*[[({<]\s*(?:dot|DOT|punkt|point|\.)\s*[\])}>]\s*(?=\w)/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

// Rewrites obfuscated "at"/"dot" markers to "@"/"." so the plain e-mail pattern finds the address.
// "(dot)" is only rewritten in text that had an "(at)", so prose like "the (dot) com era" is left alone.
export function deobfuscateEmails(text: string): string {
  const visible = stripInvisible(text);
  const withAt = visible.replace(AT, '@');
  return withAt === visible ? visible : withAt.replace(DOT, '.');
}
